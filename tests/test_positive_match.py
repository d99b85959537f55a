"""An agreement is a positive match (issue 16: "similar wording alone is never agreement"): a specific each claim
states that no slot compared keeps the pair from agreeing (a denial in one claim only, an ordinal each gives one
noun, a figure told of the other rival in a score), while pairs whose specifics all match stay agreements
(rounding, units, date granularity, active and passive). Each tried in other phrasings: passive, a relative
clause, the attribution first or last."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("The union said its members had not accepted the pay offer, which the company made on Friday.",
     "The pay offer that the company made on Friday was accepted by union members, the union said."),
    ("According to the union, the pay offer the company made on Friday was not accepted by its members.",
     "Union members accepted the pay offer that the company made on Friday, the union said."),
    ("Union members, who met on Friday, did not accept the company's pay offer, a spokesman said.",
     "A spokesman said union members, who met on Friday, accepted the company's pay offer."),
])
def test_a_denial_in_one_claim_only_is_no_agreement(verdict, a, b):
    assert verdict(a, b).relation != "agree"


@pytest.mark.parametrize("a, b", [
    # both deny it
    ("Citizens flown out of the country will not be charged for the flights, the department said.",
     "The department said citizens flown out of the country won't have to pay for the flights."),
    # the denied act's opposite
    ("The jury found the former mayor not guilty of bribery on Friday.",
     "On Friday the former mayor was acquitted of bribery by the jury."),
    # a denial of another thing, in a relative clause
    ("Senate Democrats released their budget plan on Monday, which does not include a rise in the debt limit.",
     "Senate Democrats unveiled their budget plan on Monday, a plan that includes a rise in spending."),
    # "not only" denies nothing
    ("The storm flooded not only the harbour but the old town on Sunday, officials said.",
     "Officials said the storm flooded the harbour and the old town on Sunday."),
])
def test_a_denial_matched_or_no_denial_stays_an_agreement(verdict, a, b):
    assert "polarities" not in verdict(a, b).reason


@pytest.mark.parametrize("a, b", [
    ("The Growth Fund has also endorsed Patel - the first time it has weighed in during a primary contest.",
     "The endorsement of Patel by the Growth Fund is the third time the group has taken sides in a primary contest."),
    ("Patel, whom the Growth Fund endorsed on Monday, is the second candidate it has backed in a primary.",
     "The Growth Fund endorsed Patel on Monday, the fourth candidate the group has backed in a primary."),
])
def test_an_ordinal_each_claim_gives_one_noun_is_no_agreement(verdict, a, b):
    # (no contradiction either, until h19c2: one endorsement told with its doer and the one endorsed alike, ranked two
    # ways, is one fact told two ways, test_one_fact_told_two_ways)
    assert verdict(a, b).relation != "agree"


@pytest.mark.parametrize("a, b", [
    ("The Growth Fund has also endorsed Patel - the first time it has weighed in during a primary contest.",
     "For the first time in a primary contest, Patel was endorsed by the Growth Fund."),
    ("The Growth Fund endorsed Patel, its first endorsement in a primary, on Monday.",
     "On Monday Patel won the Growth Fund's backing, the first time it has backed anyone in a primary."),
])
def test_one_ordinal_told_twice_stays_an_agreement(verdict, a, b):
    assert "ordinals" not in verdict(a, b).reason


@pytest.mark.parametrize("a, b", [
    ("The bridge reopened to traffic after repairs that took about two hours, the city said.",
     "Repairs to the bridge took 120 minutes before it reopened to traffic, the city said."),
    ("The company said it cut 4,950 jobs in March.",
     "About 5,000 jobs were cut by the company on March 3, it said."),
    ("The council approved the new budget of $2.1 million on Tuesday.",
     "The new $2.1 million budget was approved by the council on Tuesday."),
])
def test_same_facts_in_other_words_stay_agreements(verdict, a, b):
    assert verdict(a, b).relation == "agree"


@pytest.mark.parametrize("a, b", [
    ("A new poll shows Patel with 47 percent against Moreno, who has 44 percent.",
     "Moreno leads Patel 47 percent to 44 percent in the new poll."),
    ("In the new poll Patel trails Moreno 44% to 47%, its authors said.",
     "Patel's 47% is ahead of the 44% Moreno gets in the new poll, its authors said."),
])
def test_a_score_told_of_the_other_rival_is_no_agreement(verdict, a, b):
    assert verdict(a, b).relation != "agree"


@pytest.mark.parametrize("a, b", [
    ("Moreno leads Patel 47 percent to 44 percent in the new poll.",
     "The new poll shows Moreno with 47 percent against Patel, who has 44 percent."),
    ("Patel trails Moreno 44 percent to 47 percent in the new poll.",
     "Moreno leads Patel 47% to 44% in the new poll."),
])
def test_one_score_of_the_same_rivals_stays_an_agreement(verdict, a, b):
    assert "holders" not in verdict(a, b).reason


@pytest.mark.parametrize("a, b", [
    ("The two sides held direct talks in Oman on Saturday, officials said.",
     "Officials said the talks the two sides held in Oman on Saturday were indirect."),
    ("Police said the two armed men were detained outside the bank on Friday.",
     "The two men, who were unarmed, were detained by police outside the bank on Friday."),
    ("The council approved the plan in a closed session on Monday, a spokesman said.",
     "A spokesman said the plan was approved by the council on Monday in an open session."),
])
def test_opposite_qualities_of_more_kinds_are_no_agreement(verdict, a, b):
    assert verdict(a, b).relation != "agree"


@pytest.mark.parametrize("a, b", [
    ("The two sides held direct talks in Oman on Saturday, officials said.",
     "Direct talks between the two sides took place in Oman on Saturday, according to officials."),
])
def test_one_quality_told_twice_stays_an_agreement(verdict, a, b):
    assert verdict(a, b).relation == "agree"


@pytest.mark.parametrize("a, b", [
    ("Patel raised $3 million in the quarter, twice as much as Moreno.",
     "Moreno raised $3 million in the quarter, twice as much as Patel."),
    ("According to the filings, Patel raised $3 million in the quarter, twice as much as Moreno.",
     "Moreno raised $3 million in the quarter, twice as much as Patel, the filings show."),
    ("The filings show that $3 million was raised by Patel in the quarter, double the amount Moreno raised.",
     "Moreno, who raised $3 million in the quarter, took in double the amount Patel raised, the filings show."),
])
def test_one_act_whose_named_doers_differ_is_no_agreement(verdict, a, b):
    assert verdict(a, b).relation != "agree"


@pytest.mark.parametrize("a, b", [
    ("Patel raised $3 million in the quarter, twice as much as Moreno.",
     "In the quarter, $3 million was raised by Patel, twice as much as Moreno."),
    ("Advisers to the Food and Drug Administration voted unanimously on Thursday to back the booster.",
     "The Food and Drug Administration's advisers voted 19-0 on Thursday to back the booster."),
    # one of two parallel acts has the same doer in both
    ("The count showed Patel had received 49.8 percent while Moreno received 49.6 percent.",
     "Patel appears to have won the caucuses with 49.8 percent of the vote to Moreno's 49.6 percent."),
])
def test_one_doer_told_twice_stays_an_agreement(verdict, a, b):
    assert "doers" not in verdict(a, b).reason


@pytest.mark.parametrize("a, b", [
    ("Following the vote in parliament, the minister resigned on Thursday.",
     "The minister resigned on Thursday ahead of the vote in parliament."),
    ("The audit report was released prior to the hearing on Tuesday, officials said.",
     "Officials said the audit report was released after the hearing on Tuesday."),
    ("In the wake of the vote, the minister, who had led the party since 2019, resigned.",
     "The minister, who had led the party since 2019, resigned before the vote."),
])
def test_an_order_told_by_a_word_and_its_preposition_is_read(verdict, a, b):
    assert verdict(a, b).relation != "agree"


@pytest.mark.parametrize("a, b", [
    ("The minister resigned on Thursday ahead of the vote in parliament.",
     "Before the vote in parliament, the minister resigned on Thursday."),
    ("The audit report was released prior to the hearing on Tuesday.",
     "Ahead of the hearing on Tuesday, the audit report was released."),
])
def test_one_order_told_by_other_words_stays_an_agreement(verdict, a, b):
    assert verdict(a, b).relation == "agree"


@pytest.mark.parametrize("a, b", [
    ("Klobuchar has 63 delegates and Buttigieg has 136, according to the count.",
     "According to the count, Buttigieg has 63 delegates and Klobuchar has 136."),
    ("Klobuchar won 63 delegates, while Buttigieg won 136, the party said.",
     "The party said Buttigieg won 63 delegates and Klobuchar won 136."),
])
def test_counts_listed_for_two_rivals_told_of_the_other_are_no_agreement(verdict, a, b):
    assert verdict(a, b).relation != "agree"


def test_counts_listed_for_two_rivals_in_another_order_stay_an_agreement(verdict):
    result = verdict("Klobuchar has 63 delegates and Buttigieg has 136, according to the count.",
                     "According to the count, Buttigieg has 136 delegates and Klobuchar has 63.")
    assert result.relation == "agree"


@pytest.mark.parametrize("a, b", [
    ("The company fired its chief executive on Monday, then reported a quarterly loss.",
     "The company reported a quarterly loss on Monday and then fired its chief executive."),
    ("Its chief executive was fired by the company on Monday, and it then reported a quarterly loss.",
     "The company reported a quarterly loss on Monday, then fired its chief executive, a spokesman said."),
])
def test_acts_joined_by_then_in_two_orders_are_no_agreement(verdict, a, b):
    assert verdict(a, b).relation != "agree"


@pytest.mark.parametrize("a, b", [
    ("The company fired its chief executive on Monday and then reported a quarterly loss.",
     "On Monday the company fired its chief executive, before reporting a quarterly loss."),
    ("Police arrested the suspect on Friday and then charged him with murder.",
     "The suspect was arrested on Friday and charged with murder, police said."),
])
def test_acts_joined_by_then_in_one_order_stay_an_agreement(verdict, a, b):
    assert verdict(a, b).relation == "agree"


@pytest.mark.parametrize("a, b", [
    ("It was China that asked for the call, according to the readout.",
     "According to the readout, the call was requested by the United States."),
    ("It was Judge Maria Ortega who dismissed the case on Monday.",
     "The case was dismissed on Monday by Judge Daniel Whitfield."),
])
def test_a_doer_put_first_by_a_cleft_is_read(verdict, a, b):
    assert verdict(a, b).relation != "agree"


def test_one_doer_put_first_by_a_cleft_stays_an_agreement(verdict):
    assert verdict("It was China that asked for the call, according to the readout.",
                   "China asked for the call, the readout said.").relation == "agree"


@pytest.mark.parametrize("a, b", [
    ("Microsoft, which bought Activision for $69 billion, closed the deal on Friday.",
     "Activision's $69 billion acquisition of Microsoft closed on Friday."),
    ("Activision was bought by Microsoft for $69 billion, the companies said on Friday.",
     "The companies said on Friday that Activision's purchase of Microsoft for $69 billion was complete."),
])
def test_an_act_whose_doer_and_object_a_noun_trades_is_no_agreement(verdict, a, b):
    result = verdict(a, b)
    assert result.relation != "agree"


def test_an_act_and_its_noun_with_one_doer_stay_an_agreement(verdict):
    assert "roles" not in verdict("Microsoft, which bought Activision for $69 billion, closed the deal on Friday.",
                                  "Microsoft's $69 billion acquisition of Activision closed on Friday.").reason


@pytest.mark.parametrize("a, b", [
    # the parse reads no doer of "rejected" in the first: the names written beside the verb decide
    ("State Republicans balked at joining the state committee that is investigating the riot on Wednesday after "
     "Assembly Speaker Ann Patel rejected two of the five Republicans Assembly Minority Leader Tom Moreno had tapped "
     "for the panel.",
     "Two of the five Republicans that Speaker Ann Patel had named to the riot committee were rejected on Wednesday "
     "by Minority Leader Tom Moreno."),
])
def test_doers_written_beside_one_verb_that_differ_are_no_agreement(verdict, a, b):
    assert verdict(a, b).relation != "agree"


@pytest.mark.parametrize("text, entities, doers", [
    ("after Speaker Ann Patel rejected two of the five Republicans Tom Moreno had tapped",
     ("Ann Patel", "Tom Moreno"), {"rejected": {"Ann Patel"}, "tapped": {"Tom Moreno"}}),
    ("Two of the five were rejected on Wednesday by Minority Leader Tom Moreno.", ("Tom Moreno",),
     {"rejected": {"Tom Moreno"}}),
    ("The plan, which was approved by the council, was praised.", ("Tom Moreno",), {}),
])
def test_doers_are_read_beside_their_verb(text, entities, doers):
    from crosscheck.compare.unmatched import _doers_written
    assert _doers_written(text, entities) == doers
