"""Specifics in side clauses (issue 16, h16za): a specific a claim tells outside its main clause, read as a slot tied
to its own verb or noun. Each rule tried in other phrasings (a relative clause, the attribution first or last), beside
pairs that must not conflict."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("The mayor took questions from reporters on Friday following a meeting with the transit workers' union.",
     "The mayor's meeting with the transit workers' union, which had been scheduled for Friday, was postponed, city "
     "officials said."),
    ("After talks with the transit workers' union on Friday, the mayor took questions from reporters.",
     "City officials said the talks between the mayor and the transit workers' union set for Friday had been called "
     "off."),
    ("The mayor, who had a meeting with the transit workers' union on Friday, later took questions from reporters.",
     "The meeting between the mayor and the transit workers' union was cancelled on Friday, according to city "
     "officials."),
    ("According to city officials, the mayor had talks with union leaders at city hall on Friday.",
     "The mayor's planned talks with union leaders at city hall on Friday were called off."),
])
def test_a_happening_told_as_held_by_its_noun_conflicts_with_its_cancellation(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and result.basis == "status", result.reason


@pytest.mark.parametrize("a, b", [
    # both put off: one status told twice
    ("The mayor took questions from reporters after the postponed meeting with the transit workers' union.",
     "The mayor's meeting with the transit workers' union was postponed, city officials said."),
    # talks to come, or denied, tell nothing held
    ("The mayor will have talks with union leaders on Friday, officials said.",
     "The mayor's talks with union leaders on Friday were called off, officials said."),
    ("The mayor did not have a meeting with union leaders on Friday.",
     "The mayor's meeting with union leaders on Friday was called off."),
    # what follows the meeting is itself to come or hoped for: the meeting is not told as held
    ("The mayor will speak to reporters on Friday following a meeting with the transit workers' union.",
     "The mayor's meeting with the transit workers' union, set for Friday, was postponed, city officials said."),
    ("The mayor is expected to speak to reporters on Friday after talks with the transit workers' union.",
     "The mayor's talks with the transit workers' union on Friday were called off, city officials said."),
    ("The mayor plans to have talks with the transit workers' union on Friday.",
     "The mayor's talks with the transit workers' union on Friday were called off, city officials said."),
    # a meeting with others
    ("The mayor took questions from reporters on Friday following a meeting with the transit workers' union.",
     "The mayor's meeting with the teachers' union, which had been scheduled for Friday, was postponed, city "
     "officials said."),
])
def test_a_happening_not_told_as_held_does_not_conflict(verdict, a, b):
    assert not verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("The two foreign ministers discussed the ceasefire, meeting in Geneva on Friday.",
     "The two foreign ministers, meeting in Vienna on Friday, discussed the ceasefire."),
    ("The two foreign ministers discussed the ceasefire, meeting in Geneva on Friday.",
     "Meeting in Vienna on Friday, the two foreign ministers discussed the ceasefire."),
    ("The two foreign ministers discussed the ceasefire, meeting in Geneva on Friday.",
     "According to officials, the two foreign ministers met in Vienna on Friday and discussed the ceasefire."),
])
def test_a_participle_tells_its_own_place_of_the_subject_it_hangs_on(verdict, a, b):
    result = verdict(a, b)
    assert result.contradiction and result.basis == "place", result.reason


@pytest.mark.parametrize("a, b", [
    ("The two foreign ministers discussed the ceasefire, meeting in Geneva on Friday.",
     "The two foreign ministers, meeting in Geneva on Friday, discussed the ceasefire."),
])
def test_a_participle_told_alike_stays_an_agreement(verdict, a, b):
    assert verdict(a, b).relation == "agree"


@pytest.mark.parametrize("text, counted", [
    ("The mayor's approval rating, which a new poll put at 38 percent, has fallen since spring.", "rating"),
    ("The council cited the repair bill, which engineers estimated at $4 million.", "bill"),
    ("According to the survey, which put turnout at 61 percent, interest was high.", "turnout"),
])
def test_a_figure_valued_in_a_relative_clause_counts_the_clause_noun(text, counted):
    from crosscheck.frames import frame_of
    from crosscheck.claims import claim_from_text

    assert counted in {m.counts for m in frame_of(claim_from_text(text)).measures}


@pytest.mark.parametrize("a, b", [
    ("Okafor met the governor on Monday.", "Okafor met union leaders on Wednesday, officials said."),
    ("The governor was met by Okafor on Monday.", "Union leaders, officials said, were met by Okafor on Wednesday."),
    ("The governor signed the budget on Monday.", "The governor signed the executive order on Wednesday."),
])
def test_one_act_on_two_objects_described_apart_is_two_acts_on_two_days(verdict, a, b):
    result = verdict(a, b)
    assert not result.contradiction and result.relation != "agree", result.reason


@pytest.mark.parametrize("a, b", [
    ("Okafor met the governor on Monday.", "Okafor met the governor on Wednesday, officials said."),
    ("Biden met Xi on Monday.", "Biden met the Chinese leader on Tuesday."),  # a name may be the other's description
    ("The governor signed the budget on Monday.", "On Wednesday, the governor signed the state budget, aides said."),
])
def test_one_act_on_one_object_on_two_days_conflicts(verdict, a, b):
    assert verdict(a, b).contradiction


def test_doers_of_acts_on_two_things_are_no_doers_of_one_act(verdict):
    # "passed" and "advancing" are one synonym group, told of a budget and of a vision
    result = verdict("The Senate passed a $2 trillion budget outline early Tuesday.",
                     "Democrats pushed a $2 trillion spending outline through the Senate early Tuesday, advancing the "
                     "president's agenda for the coming year.")
    assert "doers" not in result.reason


@pytest.mark.parametrize("a", [
    "The ministry dismissed as false reports that troops had crossed the border on Sunday.",
    "Reports that troops had crossed the border on Sunday were dismissed as baseless by the ministry.",
    "According to the spokesman, the ministry branded as false reports that troops had crossed the border on Sunday.",
    "The ministry described reports that troops had crossed the border on Sunday as inaccurate.",
])
def test_a_report_called_false_in_other_words_is_a_denial(verdict, a):
    result = verdict(a, "Troops crossed the border on Sunday, the ministry said.")
    assert result.contradiction and result.basis == "negation", result.reason


@pytest.mark.parametrize("a, b", [
    ("The ministry dismissed as false reports that troops had crossed the border on Sunday.",
     "The ministry dismissed reports that troops had crossed the border on Sunday as untrue."),
    ("The ministry welcomed as encouraging reports that troops had left the border area on Sunday.",
     "Troops left the border area on Sunday, the ministry said."),
    # one report called false, the other the act denied: both deny it
    ("The ministry dismissed as false reports that troops had crossed the border on Sunday.",
     "Troops did not cross the border on Sunday, the ministry said."),
    ("Critics dismissed as baseless claims that the vote was rigged.",
     "The vote was not rigged, election officials said."),
])
def test_a_report_called_false_twice_or_welcomed_is_no_denial(verdict, a, b):
    assert not verdict(a, b).contradiction


# -- a figure with its own direction word, beside another variable's verb -------------------------------------------

@pytest.mark.parametrize("text, counted, direction", [
    ("Profits fell 7% in the second quarter, with sales up 12%.", "sale", "rise"),
    ("Profits fell 7% in the second quarter, with sales down 12%.", "sale", "fall"),
    ("Exports fell 4% last month, with imports up 6%, the agency said.", "import", "rise"),
    ("With imports up 6%, exports fell 4% last month.", "import", "rise"),
    ("Prices rose 3%, with energy costs down 4%.", "cost", "fall"),
])
def test_a_figure_told_with_its_own_direction_is_that_nouns_change(text, counted, direction):
    from crosscheck.claims import claims_read_together
    from crosscheck.frames import frame_of

    claim, _ = claims_read_together([text, "The report came out on Friday."])
    assert (counted, direction) in {(m.counts, m.predicate) for m in frame_of(claim).measures}


@pytest.mark.parametrize("a, b", [
    ("Sales rose 12% in the second quarter, the company said.", "Profits fell 7% in the second quarter, with sales up 12%."),
    ("Imports rose 6% last month.", "According to the agency, exports fell 4% last month, with imports up 6%."),
])
def test_another_variables_fall_is_no_conflict_with_a_rise(verdict, a, b):
    result = verdict(a, b)
    assert not result.contradiction, result.reason
