"""A stoppage's length told beside a clause (issue 16, the twenty-seventh stop): "for three days after the crash"
lasts three days, though the parser hangs the days on "after" (a time point only without the "for"); and the thing
halted is named by its noun, not by a relative clause on it ("Rail services, which stayed halted for five days"), so
two things of one storm halted for two lengths are two halts, while one thing told with a relative clause still
conflicts. A length a noun's work takes ("Repairs to the bridge took a full week") is that work's, not the
closure's."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("The motorway bridge was closed for three days after the crash, the police said.",
     "The police said the bridge carrying the motorway was shut for a week after the crash."),
    ("The airport was shut for two days after the eruption, officials said.",
     "Officials kept the airport closed for five days following the eruption."),
    ("The harbour, which was damaged by the storm, was closed for two days.",
     "The harbour stayed shut for six days after the storm, the port authority said."),
    ("The ski lift was halted for an hour after the power cut.",
     "The ski lift, which stopped after the power cut, was out of action for three hours, the resort said."),
])
def test_one_stoppage_of_two_lengths_conflicts(verdict, a, b):
    assert verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("Flights at the regional airport were suspended for two days after the storm, officials said.",
     "Rail services, which stayed halted for five days, resumed on Sunday after the storm, the operator said."),
    ("Ferries to the island were suspended for a day after the storm, the operator said.",
     "Bus services, which were halted for four days after the storm, resumed on Monday."),
])
def test_two_things_halted_by_one_storm_are_no_contradiction(verdict, a, b):
    assert not verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("Repairs to the bridge took three days, the council said.",
     "The council said the repairs to the bridge took a full week."),
])
def test_one_work_of_two_lengths_conflicts(verdict, a, b):
    assert verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("The lighthouse was closed for two days, the coastguard said.",
     "Repainting the lighthouse's lantern room took a week, the coastguard said."),
    ("The ski lift was shut for three days after the storm.",
     "Repairs to the storm-damaged ski lift took a full week, the resort said."),
])
def test_a_closure_and_a_work_s_length_are_no_contradiction(verdict, a, b):
    assert not verdict(a, b).contradiction
