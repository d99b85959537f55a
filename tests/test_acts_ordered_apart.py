"""One act placed before a happening in one claim and after it in the other, wherever the parse puts either verb
(issue 16, writer23 row of kind `event-order`): "had fled before officers arrived" / "when officers reached the
shop, the suspect was still inside and only fled afterwards". An adverb of order ("afterwards", "later") places its
act after the act it is joined to and after the time that act is told at ("when ..."): readings.ordered_acts. Never
an agreement; one order told from either end still agrees."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("Police said the thief had escaped before guards arrived at the jewellery shop in Ghent where the alarm went off.",
     "When guards reached the Ghent jewellery shop where the alarm went off, the thief was still inside and only "
     "escaped afterwards, police said."),
    ("The gunman escaped before police reached the bank in Lille, witnesses said.",
     "When police reached the bank in Lille, the gunman was still inside and only escaped later, witnesses said."),
    ("The minister resigned before the report was published, officials said.",
     "When the report was published the minister was still in office, and she resigned afterwards."),
])
def test_one_act_ordered_apart_is_no_agreement(verdict, a, b):
    assert verdict(a, b).relation != "agree"


@pytest.mark.parametrize("a, b", [
    ("The suspect had fled before officers arrived at the shop in Braga.",
     "Officers arrived at the Braga shop after the suspect had fled."),
    ("The crowd dispersed after police fired tear gas in the square.",
     "When police fired tear gas in the square, the crowd dispersed soon afterwards."),
    ("The mayor resigned after the charges were announced.",
     "The charges were announced, and the mayor resigned afterwards."),
])
def test_one_order_told_two_ways_agrees(verdict, a, b):
    assert verdict(a, b).relation == "agree"


def test_an_adverb_of_order_places_its_act_after_the_time_told():
    from crosscheck.compare.readings import ordered_acts

    acts = ordered_acts("When the police came, the gunman surrendered and was later taken to hospital.")
    assert [(act, relation, head) for act, _, relation, _, head in acts] == [("take", "after", "come")]
