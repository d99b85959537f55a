"""Two acts of one doer, each with its own figure (issue 16, the twenty-sixth stop): where each figure is in the
object of its claim's main verb and the verbs are no one act ("planted 40,000 trees" / "cut down 12,000 trees";
"forecast sales of 2 million" / "reported sales of 1.6 million"), the doer named in both does not tie the figures to
one variable. And an inquiry's or an audit's initiator told by "ordered" ("was ordered by the transport minister" /
"opened on its own initiative"). With the conflicts that must stay: one act by a verb and its synonym."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("The city council planted 40,000 trees in its parks last year, its annual report showed.",
     "The city council cut down 12,000 diseased trees in its parks last year, the report said."),
    ("In March the carmaker forecast sales of 2 million vehicles for the year.",
     "The carmaker reported sales of 1.6 million vehicles for the year on Tuesday."),
    ("The charity collected 300 tonnes of food last winter, its director said.",
     "The charity distributed 180 tonnes of food last winter, its director said."),
    ("The inquiry into the bridge collapse was ordered by the transport minister, officials said.",
     "The audit of the rail company's accounts was requested by the finance ministry, officials said."),
])
def test_two_acts_are_no_contradiction(verdict, a, b):
    assert not verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("The charity collected 300 tonnes of food last winter, its director said.",
     "Its director said the charity gathered 180 tonnes of food last winter."),
    ("The inquiry into the bridge collapse was ordered by the transport minister, officials said.",
     "The national rail regulator opened the inquiry into the bridge collapse on its own initiative, officials said."),
    ("The regional governor ordered the audit of the hospital's accounts, a spokesman said.",
     "The audit of the hospital's accounts was requested by the health ministry, a spokesman said."),
])
def test_one_act_told_apart_conflicts(verdict, a, b):
    assert verdict(a, b).contradiction


def test_one_initiator_told_twice_agrees(verdict):
    found = verdict("The inquiry into the bridge collapse was ordered by the transport minister, officials said.",
                    "Officials said the transport minister had ordered the inquiry into the bridge collapse.")
    assert found.relation == "agree"
