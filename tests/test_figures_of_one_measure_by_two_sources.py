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
])
def test_two_sources_figures_of_one_measure_differ(verdict, a, b):
    result = verdict(a, b)
    assert result.relation == "differ" and not result.contradiction, result.reason


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
])
def test_no_difference_of_sources(verdict, a, b):
    assert "two sources" not in verdict(a, b).reason
