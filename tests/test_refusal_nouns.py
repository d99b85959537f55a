"""An act refused or failed, told by its noun (issue 16, helper h16zi; the brief's "Beijing's refusal to"):
"Beijing's refusal to sign the pact", "the company's failure to pay the fine" say the owner did not do it
(`clauses._refused_by_noun`, certainty.toml `governor_nouns`), so the act told as done by the same party conflicts;
and a verb's past participle read as a state is that verb ("remains committed to" / "refusal to commit to":
`judge._participle_of`). Each in other phrasings (a relative clause, the attribution first or last), beside pairs
that must stay no contradiction: another party, another thing, a refusal no one owns, a hedge, the same denial told
by "not" or "failed"."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("Beijing's refusal to sign the fisheries pact on Monday stunned the other delegations.",
     'Beijing signed the fisheries pact on Monday, the other delegations said.'),
    ("The delegates recorded the minister's refusal to approve the budget, according to the minutes.",
     'The minister approved the budget, the minutes said.'),
    ("The company's failure to pay the fine by March led to a second lawsuit.",
     'The company paid the fine in full before March, its lawyers said.'),
    ("According to the referee's report, the captain's refusal to leave the pitch delayed the restart.",
     "The captain left the pitch at once when told to, the referee's report said."),
    ("The council's failure to repair the bridge, which collapsed in May, angered residents.",
     'Residents said the council repaired the bridge months before it collapsed in May.'),
    ("Officials blamed the airline's refusal to refund the passengers for the protest at the terminal.",
     'The airline refunded the passengers in full, officials said, days before the protest at the terminal.'),
    ("Tehran's refusal to admit the inspectors, which the agency reported on Friday, deepened the standoff.",
     'Tehran admitted the inspectors on Friday, the agency said, easing the standoff.'),
    ("The union's refusal to accept the pay offer prolonged the strike into a third week.",
     'The union accepted the pay offer, ending the strike after two weeks.'),
    ("The board's failure to disclose the loans was cited by regulators in their fine.",
     'Regulators said the board disclosed the loans in its annual report.'),
])
def test_a_refusal_told_by_its_noun_conflicts_with_the_act_done(compared_together, a, b):
    result = compared_together(a, b)
    assert result is not None and result.contradiction, result


@pytest.mark.parametrize("a, b", [
    ("Beijing's refusal to sign the fisheries pact on Monday stunned the other delegations.",
     'Seoul signed the fisheries pact on Monday, the other delegations said.'),
    ("Beijing's refusal to sign the fisheries pact on Monday stunned the other delegations.",
     'Beijing did not sign the fisheries pact on Monday, the other delegations said.'),
    ("The delegates recorded the minister's refusal to approve the budget, according to the minutes.",
     'The minister approved the spending review, the minutes said.'),
    ("The company's failure to pay the fine by March led to a second lawsuit.",
     'The company paid its suppliers in full before March, its lawyers said.'),
    ('A refusal to sign the fisheries pact would isolate Beijing, the other delegations warned.',
     'Beijing signed the fisheries pact on Monday, the other delegations said.'),
    ("The union's refusal to accept the pay offer prolonged the strike into a third week.",
     "The employers accepted the union's counter-offer, ending the strike after three weeks."),
    ("Officials blamed the airline's refusal to refund the passengers for the protest at the terminal.",
     'The airline may refund the passengers in full, officials said, after the protest at the terminal.'),
    ("The board's failure to disclose the loans was cited by regulators in their fine.",
     'The board failed to disclose the loans, regulators said as they announced the fine.'),
    ("Tehran's refusal to admit the inspectors, which the agency reported on Friday, deepened the standoff.",
     'Tehran admitted journalists to the site on Friday, the agency said.'),
    ("The captain was committed to finishing the match, the referee's report said.",
     "The captain refused to commit to a new contract, the referee's report said."),
])
def test_a_refusal_of_another_party_or_thing_or_the_same_denial_is_no_contradiction(compared_together, a, b):
    result = compared_together(a, b)
    assert result is None or not result.contradiction, result
