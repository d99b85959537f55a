"""A date in a past-perfect relative clause dates what came before, not the claim's act (issue 16, the twenty-seventh
stop): "seized a container that had arrived on Monday" does not say the seizure was on Monday. A relative clause in the
simple past is left as it was read (it often dates the act itself: "in a recall that started on Friday"), and the
act's own day still conflicts."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("Customs officers seized a container that had arrived on Monday from Rotterdam, the agency said.",
     "The agency said customs officers seized the container from Rotterdam on Thursday."),
    ("Inspectors closed a restaurant that had failed a hygiene check on Monday, the council said.",
     "The council said its inspectors closed the restaurant on Wednesday."),
    ("Coastguards towed in a trawler whose engine had failed on Saturday, the harbour master said.",
     "The trawler was towed into port by coastguards on Sunday, the harbour master said."),
])
def test_an_earlier_happening_s_day_is_not_the_act_s(verdict, a, b):
    assert not verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("Police on Tuesday arrested a man who had escaped from prison on Sunday.",
     "The man, who escaped from prison on Sunday, was arrested on Wednesday, police said."),
    ("The painting, which had been stolen in March, was recovered by police on Friday.",
     "Police recovered the stolen painting on Saturday, the museum said."),
])
def test_the_act_s_own_day_still_conflicts(verdict, a, b):
    assert verdict(a, b).contradiction
