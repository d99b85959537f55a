"""Two sources' figures win over "one fact told two ways" (issue 16, writer25 row of kind `measure-source`): where the
claims' one differing specific is a figure each source gives on its own ("Police said about 6,000 people rallied in
Lima on Sunday" / "Organisers of Sunday's rally in Lima said 25,000 people attended"), the pair is a difference
(unmatched.sources_apart), not one fact's conflict (judge._told_two_ways). One source's two figures still conflict."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("Police said about 6,000 people rallied in central Lima on Sunday against the mining law.",
     "Organisers of Sunday's rally against the mining law in Lima, the largest this year, said 25,000 people attended."),
    ("About 6,000 people rallied in central Lima on Sunday against the mining law, according to police.",
     "Organisers of Sunday's rally against the mining law in Lima, the largest this year, said 25,000 people attended."),
    ("Police said roughly 3,500 farmers rallied with their tractors in Brussels on Thursday against the trade deal.",
     "Farm unions behind Thursday's tractor protest in Brussels, which blocked the ring road, said 9,000 farmers joined it."),
])
def test_two_sources_figures_are_a_difference(verdict, a, b):
    result = verdict(a, b)
    assert not result.contradiction and result.relation == "differ", result.reason


def test_one_sources_two_figures_still_conflict(verdict):
    result = verdict("Organisers said about 6,000 people rallied in central Lima on Sunday against the mining law.",
                     "Organisers of Sunday's rally against the mining law in Lima, the largest this year, said 25,000 "
                     "people attended.")
    assert result.contradiction


@pytest.mark.parametrize("a, b", [
    ("Three people died when the footbridge in Porto collapsed on Monday, the city's fire chief said.",
     "Five people were killed in Monday's footbridge collapse in Porto, a civil protection spokesperson said."),
    ("The driver, 27, was arrested at the scene in Galway on Friday, police said.",
     "Gardai said the 34-year-old driver was detained at the scene in Galway on Friday."),
])
def test_two_voices_telling_one_tally_still_conflict(verdict, a, b):
    assert verdict(a, b).contradiction
