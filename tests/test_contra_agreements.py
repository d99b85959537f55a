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


# -- what a status is told of: the subject of "took place", the "with" phrase of "went ahead with", an act's noun
# -- that a done act brought about --------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("The summit took place in Lisbon on Friday despite the protests.",
     "The cancellation of the summit in Lisbon on Friday came after the protests."),
    ("The mayor said the city would go ahead with the parade on Sunday.",
     "The city's cancellation of Sunday's parade was announced by the mayor."),
    ("The storm forced the postponement of Saturday's match in Leeds.",
     "Saturday's match in Leeds went ahead as planned despite the storm."),
    ("The union's strike led to the cancellation of the concert on Friday.",
     "The concert took place on Friday despite the union's strike."),
    ("The postponement of the vote was announced on Monday by the council.",
     "The council went ahead with the vote on Monday."),
    ("Officials said the hearing went ahead on Tuesday.",
     "The hearing, which was scheduled for Tuesday, was called off, officials said."),
    ("The council proceeded with the vote on the budget on Monday.",
     "The council postponed the vote on the budget on Monday."),
])
def test_held_against_called_off_conflicts(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and result.basis == "status", result.reason


@pytest.mark.parametrize("a, b", [
    ("The summit took place in Lisbon on Friday despite the protests.",
     "The summit was held in Lisbon on Friday despite the protests."),
    ("Officials said the hearing went ahead on Tuesday.", "The hearing took place on Tuesday, officials said."),
    ("The storm forced the postponement of Saturday's match in Leeds.",
     "Saturday's match in Leeds was postponed because of the storm."),
    ("The union's strike led to the cancellation of the concert on Friday.",
     "The concert on Friday was called off because of the union's strike."),
    ("The council proceeded with the vote on the budget on Monday.",
     "The council held the vote on the budget on Monday."),
    ("The meeting took place on Monday, a spokesman said.", "A spokesman said Monday's meeting went ahead."),
])
def test_one_status_in_other_words_stays_an_agreement(verdict, a, b):
    result = verdict(a, b)
    assert result.relation == "agree", result.reason


@pytest.mark.parametrize("a, b", [
    # an act's noun not brought about: denied, or asked for
    ("The protests did not lead to the cancellation of the summit in Lisbon on Friday.",
     "The summit took place in Lisbon on Friday despite the protests."),
    ("Critics demanded the cancellation of the summit in Lisbon on Friday.",
     "The summit took place in Lisbon on Friday despite critics."),
])
def test_an_act_noun_not_told_as_done_is_no_status(verdict, a, b):
    assert not verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    # the subject is what went ahead; the "with" phrase tells how it went
    ("The festival went ahead with a reduced crowd on Saturday.", "Organisers postponed the festival on Saturday."),
    ("The annual meeting of the cooperative went ahead on Saturday, with about 60 members making the journey.",
     "The board postponed the annual meeting of the cooperative on Saturday."),
    ("Organisers went ahead with the festival on Saturday despite the storm warning.",
     "The festival was postponed on Saturday because of the storm warning."),
])
def test_what_went_ahead_is_the_subject_unless_someone_went_ahead_with_it(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and result.basis == "status", result.reason


# -- a comparison told by a verb of multiplying in any form, or by a change by a share ----------------------------

@pytest.mark.parametrize("a, b", [
    ("The agency will more than double the number of inspectors at the border by next year.",
     "The agency will halve the number of inspectors at the border by next year."),
    ("Ridership on the line, which was down by about a third from 2019, reached 40,000 a day.",
     "Ridership on the line reached 40,000 a day, a 30% increase from 2019."),
    ("Sales of the drug were up by 15% from last year, the company said.",
     "The company said sales of the drug were down by 15% from last year."),
])
def test_more_against_less_is_no_agreement(verdict, a, b):
    result = verdict(a, b)
    assert result.relation != "agree" and "comparisons" in result.reason, result.reason


@pytest.mark.parametrize("a, b", [
    ("The agency will more than double the number of inspectors at the border by next year.",
     "The number of inspectors at the border will more than double by next year, the agency said."),
    ("Ridership on the line was down by about a third from 2019.",
     "Ridership on the line fell by roughly a third from 2019."),
    ("Sales of the drug were up by 15% from last year, the company said.",
     "The company said sales of the drug rose 15% from last year."),
    ("The agency plans to halve the backlog of cases by June.",
     "The backlog of cases will be cut in half by June under the agency's plan."),
    ("The union said the walkout was a double blow to the airline.",
     "The airline suffered a double blow from the walkout, the union said."),
])
def test_one_comparison_in_other_words_stays_an_agreement(verdict, a, b):
    result = verdict(a, b)
    assert result.relation == "agree", result.reason


# -- an order told by an adverb on a joined act ("and the governor subsequently signed it", "shortly thereafter") --

@pytest.mark.parametrize("a, b", [
    ("The company announced the merger on Monday, and the regulator opened an inquiry almost immediately.",
     "The regulator's inquiry into the merger opened a day before the company announced it on Monday."),
    ("The minister resigned on Friday and the prime minister dissolved parliament shortly thereafter.",
     "The prime minister dissolved parliament on Friday, a day before the minister resigned."),
    ("The senate passed the bill in May, and the governor subsequently signed it.",
     "The governor signed the bill before the senate passed it in May."),
])
def test_two_acts_told_in_opposite_order_conflict(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and result.basis == "order", result.reason


@pytest.mark.parametrize("a, b", [
    ("The company announced the merger on Monday, and the regulator opened an inquiry almost immediately.",
     "The regulator opened an inquiry into the merger shortly after the company announced it on Monday."),
    ("The minister resigned on Friday and the prime minister dissolved parliament shortly thereafter.",
     "The prime minister dissolved parliament on Friday, soon after the minister resigned."),
    ("The senate passed the bill in May, and the governor subsequently signed it.",
     "The governor signed the bill after the senate passed it in May."),
    # one happening, each claim's act after it, the other's act not told
    ("The agency gave final approval on Friday hours after a key panel unanimously voted to endorse the shots.",
     "The panel voted unanimously on Friday to endorse the shots, and the agency director signed off almost "
     "immediately."),
    ("The mayor resigned on Friday, hours after the council voted to censure him.",
     "The council voted on Friday to censure the mayor, and he stepped down shortly thereafter."),
])
def test_one_order_told_from_either_end_stays_an_agreement(verdict, a, b):
    result = verdict(a, b)
    assert result.relation == "agree", result.reason


# -- a contest a verb of taking wins ("carrying the primary", "swept the caucuses") --------------------------------

@pytest.mark.parametrize("a, b", [
    ("The Ohio Republican primary was carried by Duncan on Tuesday, the AP said.",
     "Rivera won Tuesday's Republican primary in Ohio, the AP said."),
    ("Rivera, who swept the Iowa caucuses on Monday, thanked her volunteers.",
     "Duncan won the Iowa caucuses on Monday and thanked her volunteers."),
])
def test_two_winners_of_one_contest_conflict(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and result.basis == "winner", result.reason


@pytest.mark.parametrize("a, b", [
    ("The Ohio Republican primary was carried by Rivera on Tuesday, the AP said.",
     "Rivera won Tuesday's Republican primary in Ohio, the AP said."),
    ("Rivera, who swept the Iowa caucuses on Monday, thanked her volunteers.",
     "Rivera won the Iowa caucuses on Monday and thanked her volunteers."),
])
def test_one_winner_told_by_another_verb_stays_an_agreement(verdict, a, b):
    result = verdict(a, b)
    assert result.relation == "agree", result.reason


# -- an order held by "until" ("pushed the forum back until after the primary") -----------------------------------

@pytest.mark.parametrize("a, b", [
    ("The candidates' forum came a week before the state primary in June.",
     "Organizers pushed the candidates' forum back until after the state primary in June."),
    ("The candidates' forum was pushed back until after the state primary in June by organizers.",
     "The candidates' forum came a week before the state primary in June, organizers said."),
])
def test_an_order_held_by_until_conflicts_with_the_other_side(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and result.basis == "order", result.reason


def test_an_order_held_by_until_told_again_stays_an_agreement(verdict):
    result = verdict("The council delayed the hearing until after the holidays.",
                     "The hearing was postponed by the council until after the holidays.")
    assert result.relation == "agree", result.reason


# -- how long before or after the happening it is placed by an act was ---------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("The debate came 15 days before the state caucuses, a key test for both candidates.",
     "Held just five days ahead of the state caucuses, the debate was a key test for both candidates."),
    ("The summit took place two days after the election in Lisbon.",
     "The summit was held a week after the election in Lisbon."),
    ("Held two weeks before the vote, the rally drew thousands of supporters.",
     "The rally, which drew thousands of supporters, came three days before the vote."),
])
def test_one_act_at_two_distances_from_one_happening_conflicts(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and result.basis == "dates", result.reason


@pytest.mark.parametrize("a, b", [
    ("The debate came two weeks before the caucuses.", "The debate was held 14 days before the caucuses."),
    ("The minister resigned three days after the vote on the budget.",
     "Three days after the budget vote, the minister resigned."),
    ("The summit took place two days after the election in Lisbon.",
     "Two days after the election, the summit was held in Lisbon."),
])
def test_one_distance_in_other_words_stays_an_agreement(verdict, a, b):
    result = verdict(a, b)
    assert result.relation == "agree", result.reason


# -- an act parties do together, credited to another doer ------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("The state's governor signed the bill on Friday.", "The city's mayor signed the bill on Friday."),
    ("On Friday the bill was signed by the governor.", "The mayor signed the bill on Friday, his office said."),
    ("Biden met Xi in Bali on Monday.", "Harris met Xi in Bali on Monday."),
    ("The treaty was signed on Tuesday by the prime minister, officials said.",
     "The president signed the treaty on Tuesday."),
])
def test_another_doer_of_an_act_done_together_is_a_difference(verdict, a, b):
    """Both may have done it (two signatures on one treaty; two meetings), so never a contradiction; but the like
    words never make it the same fact."""
    result = verdict(a, b)
    assert result.relation == "differ" and not result.contradiction and "different agent" in result.reason, \
        result.reason


@pytest.mark.parametrize("a, b", [
    ("Biden met Xi in Bali.", "Xi met Biden in Bali."),
    ("Secretary Blinken met Wang Yi on Friday, the State Department said.", "Wang Yi met Secretary Blinken on Friday."),
    ("On Tuesday Macron met Scholz in Berlin.", "Scholz met Macron in Berlin on Tuesday, officials said."),
])
def test_the_parties_of_an_act_done_together_told_from_either_side_agree(verdict, a, b):
    result = verdict(a, b)
    assert result.relation == "agree", result.reason


def test_shares_told_of_the_other_rival_are_named_as_the_first_claim_writes_them(verdict):
    """The reason names the figures in the first claim's order, not a set's (which changes with the hash seed)."""
    result = verdict("A Fox News poll shows Sanders with 47 percent versus Clinton, who has 44 percent.",
                     "Clinton, who drew 47 percent, holds a narrow edge over Sanders at 44 percent in the survey.")
    assert "holders of one figure cannot both hold: 47 (Sanders) vs 47 (Clinton)" in result.reason, result.reason
