"""Two reports of one happening anchored by a name both write (issue 16, h23b): the second outlet adds details of its
own ("which dragged on for two weeks before ..., had left schools struggling ..., the city said"), which pull its
cosine with the first below `assertion_min_cosine`; where both name one place or body, their doers are not two groups
of one kind, and one measured variable (not an age) is given two values, the slot aligned, the candidate gate lets the
pair in (`findings._anchored_pairs`) and the judge weighs the slot (`judge.anchored_together`). A duration "to" or
"for" a span before a clause ("stretched to three weeks before the offer was accepted") is read as one."""
import pytest


@pytest.mark.parametrize("text, duration", [
    ("The walkout, which stretched to three weeks before a new offer was accepted, closed the port.", "three weeks"),
    ("The strike dragged on for two weeks before the new rota was agreed on Monday.", "two weeks"),
])
def test_a_duration_to_or_for_a_span_before_a_clause_is_read(text, duration):
    from crosscheck.claims import claim_from_text
    from crosscheck.frames import frame_of

    assert duration in [m.text for m in frame_of(claim_from_text(text)).measures if m.unit == "hour"]


@pytest.mark.parametrize("a, b", [
    # a duration in a relative clause, the attribution last, a consequence added (cosine 0.48)
    ("Bus drivers in Ghent ended a stoppage that had lasted nine days after accepting a new rota on Monday.",
     "The strike by Ghent's bus drivers, which dragged on for two weeks before the new rota was agreed on Monday, had "
     "left schools struggling to get pupils to class, the city said."),
    # a tally, each report with a detail of its own ("with the mayor saying", "after a debate")
    ("The council in Aarhus approved the harbour plan by 21 votes to 10, with the mayor saying building would start in "
     "May.",
     "Aarhus councillors backed the harbour plan 25-6 on Monday after a debate that lasted into the night, the "
     "council's minutes show."),
])
def test_reports_anchored_to_one_happening_conflict(compared_together, a, b):
    result = compared_together(a, b)
    assert result is not None and result.contradiction


@pytest.mark.parametrize("a, b", [
    # two groups of one kind at one place: two strikes
    ("Tram drivers in Ghent ended a strike that lasted four days on Monday.",
     "Bus drivers in Ghent, whose walkout stretched to two weeks, went back to work on Monday, the city said."),
    # two votes of one council on one day
    ("Aarhus councillors backed the harbour plan 25-6 on Monday, the minutes show.",
     "The Aarhus council rejected a proposal to raise parking fees by 16 votes to 15 on Monday, with opposition members "
     "saying the fees were too low."),
    # two people's ages at one place
    ("The 62-year-old mayor of Ghent said on Monday she would not stand again.",
     "Ghent's 38-year-old deputy mayor said on Monday he would run for the top job, promising cheaper buses."),
    # a tranche against the total
    ("The European Commission released 500 million euros to Moldova on Tuesday, the first payment from its aid "
     "package.",
     "Moldova will receive 4 billion euros from the European Commission over four years, officials in Chisinau said on "
     "Tuesday."),
])
def test_look_alikes_anchored_to_one_place_stay_no_contradiction(compared_together, a, b):
    result = compared_together(a, b)
    assert result is None or not result.contradiction
