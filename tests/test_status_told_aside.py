"""A happening's status told in a relative clause set off after its noun (issue 16, h24e): "queued for the reopening
of the museum, which went ahead as planned" tells the reopening happened, whatever the main verb tells, against a claim
that it was put off or called off (`clauses._status_told_aside`, `align._status_told`). Look-alikes stay uncalled: one
happening put off on one day and held on another, two happenings, two things of one kind, a plan."""
import pytest


@pytest.mark.parametrize("a, b", [
    # put off by the main verb / went ahead in a relative clause on the event noun, the parser hanging it on the
    # last noun of the "of" phrase
    ("The opening of the new Harbour Bridge in Aarhus was called off on Sunday after engineers found cracks, the city "
     "said.", "Crowds lined the quays for the opening of Aarhus's new Harbour Bridge, which took place on Sunday "
     "despite the rain."),
    # attribution first, a delay against "went ahead"
    ("The city council said Thursday's vote on the tram extension had been delayed by a week.",
     "Councillors cheered after Thursday's vote on the tram extension, which went ahead despite a legal challenge."),
    # called off in the active, held in a passive relative clause
    ("Heavy snow forced organisers to cancel the Oslo marathon on Sunday.",
     "Thousands of runners took part in the Oslo marathon, which was held on Sunday in freezing conditions."),
    # the relative clause in the first claim
    ("Fans filled the square for the unveiling of the Kaunas war memorial, which went ahead as planned on Friday.",
     "The unveiling of the war memorial in Kaunas was postponed on Friday because of a storm, officials said."),
])
def test_status_in_a_relative_clause_conflicts(verdict, a, b):
    judged = verdict(a, b)
    assert judged.contradiction, judged.reason
    assert judged.reason.startswith("status cannot both hold"), judged.reason


@pytest.mark.parametrize("a, b", [
    # put off on one day, held on another: one vote put off to a later day
    ("The shareholder vote on the merger was postponed on Monday.",
     "Shareholders packed the hall for the vote on the merger, which went ahead on Friday."),
    # two happenings: the final and the semi-final; two concerts in two towns
    ("The final was postponed because of fog, the league said.",
     "Fans queued outside the stadium for the semi-final, which went ahead as planned."),
    ("The concert in Bergen was cancelled on Saturday.",
     "Fans flocked to the concert in Oslo, which went ahead on Saturday."),
    # a relative clause of no status ("held up as a model")
    ("The opening of the new wing was postponed.",
     "Staff prepared the museum, which was held up as a model of renovation."),
    # a plan is no status that conflicts
    ("The opening of the new wing was postponed.",
     "Staff are preparing for the opening of the new wing, which is scheduled for May."),
])
def test_look_alikes_are_not_called(verdict, a, b):
    judged = verdict(a, b)
    assert not judged.contradiction, judged.reason
    assert judged.relation != "agree", judged.reason
