"""Contra pairs the comparator called "same fact" (issue 16, h16zf): a specific the frames did not read, so nothing
opposed the pair. Each rule tried in other phrasings (passive, a relative clause, a noun for the act, the attribution
first or last), beside paraphrases that must stay agreements."""
import pytest


# -- whose a share is, where a poll lists it ---------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("In the new survey, Lopez trounced Park, 48 percent to 41 percent.",
     "In the new survey, 48 percent picked Park and 41 percent Lopez."),
    ("The poll put the governor's challenger, Diaz, at 44 percent, with Moreno at 38 percent.",
     "The poll showed Moreno at 44 percent and Diaz at 38 percent."),
    ("According to the Emerson poll, 55% of likely voters backed Harris, while Warren drew 30%.",
     "The Emerson poll found that Warren led with 55% of likely voters, ahead of Harris at 30%."),
    ("Ortiz's approval, at 61 percent, tops the 35 percent Grant is getting.",
     "Grant's 61% approval rating is far above Ortiz's 35%."),
])
def test_shares_told_of_the_other_rival_are_no_agreement(verdict, a, b):
    result = verdict(a, b)
    assert result.relation != "agree" and "holders of one figure" in result.reason, result.reason


@pytest.mark.parametrize("a, b", [
    ("In the new survey, Lopez trounced Park, 48 percent to 41 percent.",
     "Lopez beat Park 48 percent to 41 percent in the new survey."),
    ("The poll put Diaz at 44 percent, with Moreno at 38 percent.",
     "Diaz led the poll with 44 percent, while Moreno drew 38 percent."),
    ("According to the Emerson poll, 55% of likely voters backed Harris, while Warren drew 30%.",
     "Harris was at 55% among likely voters in the Emerson poll, with Warren at 30%."),
    ("Ortiz's approval, at 61 percent, tops the 35 percent Grant is getting.",
     "Ortiz's 61% approval rating is far above Grant's 35%."),
    ("Turnout in March, at 62 percent, was the highest in a decade.",
     "Turnout reached 62 percent in March, the highest in a decade."),
])
def test_shares_told_of_one_rival_stay_agreements(verdict, a, b):
    result = verdict(a, b)
    assert result.relation == "agree", result.reason
