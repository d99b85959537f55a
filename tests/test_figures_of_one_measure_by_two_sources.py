"""Two sources' figures for one measure of one happening ("... had a magnitude of 6.4, the Japan Meteorological Agency
said" / "... measured 6.1, according to the US Geological Survey"; "Police put the number of farmers at around 3,000" /
"Organisers said some 10,000 farmers took part"): each source measures or counts on its own, so the pair is a
difference (issue 16, writer24 rows of kinds `measure-source`, `estimate-source`), not two facts and not a
contradiction, though the added details keep the two below one fact. A source is the claim's attributed voice, or the
doer of a verb of valuing that puts the figure "at" (readings.figures_of_two_sources). One source's two figures still
conflict; a forecast against an outcome, a target against a count, two places or other counted things are no
difference of sources."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("Police estimated that about 4,000 nurses marched through central Lisbon on Tuesday.",
     "Some 15,000 nurses joined Tuesday's march in Lisbon against hospital closures, which ended outside parliament, "
     "the union said."),
    ("The tremor that shook northern Chile on Friday registered 5.9, according to the national seismology centre.",
     "Friday's earthquake in northern Chile had a magnitude of 6.3, the US Geological Survey said, adding that no "
     "damage was reported in Antofagasta."),
    ("Organisers said about 20,000 cyclists took part in Sunday's climate ride through Copenhagen.",
     "Copenhagen police put the number of cyclists in Sunday's climate ride at 8,000, saying traffic was diverted for "
     "three hours."),
    # a source told as the doer of a verb of measuring, its noun apart from the other's though a word is shared
    ("The heatwave pushed temperatures in Athens to 43.2 degrees Celsius on Tuesday, the national weather agency said.",
     "A private weather network recorded 45.0 degrees Celsius in Athens on Tuesday as the heatwave peaked."),
    ("The earthquake off the coast of Crete on Thursday had a magnitude of 5.9, according to the US Geological Survey.",
     "Greece's geodynamic institute measured Thursday's quake off Crete at magnitude 6.2."),
])
def test_two_sources_figures_of_one_measure_differ(verdict, a, b):
    result = verdict(a, b)
    assert result.relation == "differ" and not result.contradiction, result.reason


def test_one_source_named_two_ways_still_conflicts(verdict):
    assert verdict("Flooding forced the closure of 12 schools in Bangor on Monday, Gwynedd council said.",
                   "Twenty schools in Bangor were shut by floodwater on Monday, according to the local "
                   "council.").relation != "differ" or "two sources" not in verdict(
        "Flooding forced the closure of 12 schools in Bangor on Monday, Gwynedd council said.",
        "Twenty schools in Bangor were shut by floodwater on Monday, according to the local council.").reason


def test_one_sources_two_figures_still_conflict(verdict):
    assert verdict("Police said about 4,000 nurses marched through central Lisbon on Tuesday.",
                   "About 9,000 nurses marched through central Lisbon on Tuesday, police said.").contradiction


@pytest.mark.parametrize("a, b", [
    ("Police said about 4,000 nurses marched through Lisbon on Tuesday.",
     "The union said 15,000 teachers will strike in Lisbon next month, closing most of the city's schools."),
    ("The weather service forecast up to 30 centimetres of snow for Oslo on Monday.",
     "Oslo received 12 centimetres of snow on Monday, city officials said."),
    ("Police said about 4,000 nurses marched through Lisbon on Tuesday.",
     "The union said about 9,000 nurses marched through Porto on Tuesday."),
    # a value inside the other's bound: one measure told alike
    ("The meteorite found near Tartu weighed 2.46 kilograms, scientists at the university said.",
     "Museum staff in Tartu said the meteorite weighed just under 2.5 kilograms."),
])
def test_no_difference_of_sources(verdict, a, b):
    assert "two sources" not in verdict(a, b).reason
