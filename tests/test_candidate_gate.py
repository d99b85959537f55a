"""Planted conflicts the report never compared (issue 16, h16z): a figure of one variable that one doer, named in
both claims, is told to have done is compared however far apart the rest of the wording (`findings._one_doer_pairs`),
and the judge weighs it as one variable (`align.one_doers_figures`). Each in other phrasings (passive, a relative
clause, the attribution first or last), beside pairs that must stay no contradiction."""
import pytest


@pytest.fixture(scope="module")
def compared(embedder, settings):
    """The judge's verdict where a report would compare the two claims (`candidate_pairs`), else None."""
    from crosscheck.claims import claim_from_text
    from crosscheck.compare import candidate_pairs, judge

    def run(a_text, b_text):
        claims = [claim_from_text(a_text), claim_from_text(b_text)]
        vectors = embedder.embed([c.text for c in claims])
        for _, _, cosine, similarity in candidate_pairs(claims, vectors, settings):
            return judge(*claims, cosine, settings, similarity)
        return None
    return run


@pytest.mark.parametrize("a, b", [
    # the figure in a passive relative clause against the active, each with talk of its own around it (cosine 0.49)
    ("The 1920s carousel, for which 640,000 dollars was donated by volunteers of the Elm Park society, was dismantled "
     "last spring after rot and woodworm were found throughout its wooden horses and its frame.",
     "Volunteers of the Elm Park society donated 910,000 dollars over that time, the society's treasurer told a "
     "meeting of members on Thursday evening."),
    # one act told by two verbs of one doer, the attribution last (cosine 0.42)
    ("The old theatre, for which 2.3 million crowns were set aside by the regional arts trust in March, has stood "
     "empty since its roof collapsed in a storm two winters ago.",
     "The regional arts trust granted 3.1 million crowns, the board said in a statement on Monday, and carpenters "
     "from Aalborg are due to start work once the summer festival season is over."),
])
def test_one_doers_figure_worded_apart_is_compared_and_conflicts(compared, a, b):
    result = compared(a, b)
    assert result is not None and result.contradiction and result.basis == "figures"


@pytest.mark.parametrize("a, b", [
    # two doers
    ("The 1920s carousel, for which 640,000 dollars was donated by volunteers of the Elm Park society, was dismantled "
     "last spring after rot and woodworm were found throughout its wooden horses and its frame.",
     "The city's lottery fund donated 910,000 dollars over that time, the mayor's office told a meeting of members "
     "on Thursday evening."),
    # the doer is what the figure counts
    ("Two of the derailed wagons were tankers carrying fertilizer, the railway said.",
     "Residents were told to leave after a dozen wagons of a freight train jumped the tracks near the river."),
    # one figure only planned
    ("The regional arts trust will grant 3.1 million crowns, the board said in a statement on Monday, and carpenters "
     "from Aalborg are due to start work once the summer festival season is over.",
     "The old theatre, for which 2.3 million crowns were set aside by the regional arts trust in March, has stood "
     "empty since its roof collapsed in a storm two winters ago."),
])
def test_figures_not_of_one_doers_act_are_no_contradiction(compared, a, b):
    result = compared(a, b)
    assert result is None or not result.contradiction


@pytest.mark.parametrize("a, b", [
    ("The protest march, which ended with 14 arrests outside the harbour gates, drew about 3,000 people, organisers "
     "said.",
     "Police detained twenty-three demonstrators on Saturday after the protest march reached the harbour gates."),
    ("At the harbour rally, according to the police chief, officers made 31 arrests.",
     "Nineteen protesters were arrested by officers at the harbour rally, the police chief said."),
])
def test_a_count_of_arrests_is_the_count_of_people_arrested(compared, a, b):
    result = compared(a, b)
    assert result is not None and result.contradiction and result.basis == "figures"


@pytest.mark.parametrize("a, b", [
    # a count at a named place may be a part of the count everywhere
    ("In Denver, 40 people were shot over the holiday weekend, resulting in 9 deaths, police said.",
     "At least 120 people were killed in shootings nationwide over the holiday weekend."),
    # another act's people
    ("The protest march, which ended with 14 arrests outside the harbour gates, drew about 3,000 people.",
     "Twenty-three demonstrators were injured after the protest march reached the harbour gates."),
])
def test_counts_of_other_people_or_places_are_no_contradiction(compared, a, b):
    result = compared(a, b)
    assert result is None or not result.contradiction
