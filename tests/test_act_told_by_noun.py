"""The act told by a noun (issue 16, helper h16zi): "the cancellation of the summit", "the dismissal of the chief
engineer on Tuesday", "Okafor's defeat of the mayor", "the sale of the plant to Harcourt on Friday", against the
other claim's verb. The report compares a status told by an act's noun with a status told by a verb
(`findings._keyed_pairs`); the day and place the parser hangs on the act's object are the act's ("the arrest of the
two brothers in Lyon on Sunday": `clauses._named_acts`); a sale and a purchase are read by their nouns (labels.toml
`act_nouns`); a noun of beating with its "of" names the winner and the one beaten (`frames._won_by_noun`, frames.toml
`[winning_nouns] beating`); and two other people of the kind are another one, never the same act
(`judge._another_role`). Beside pairs of the same nouns that must stay no contradiction: another thing, another
person, an act only asked for, the same fact."""
import pytest


@pytest.mark.parametrize("a, b", [
    ('The cancellation of the summit in Lisbon was announced on Friday by the host government.',
     'The summit went ahead in Lisbon on Friday, with all twelve leaders attending.'),
    ('The dismissal of the chief engineer on Tuesday came after a crane collapsed onto a ferry.',
     'The harbour authority fired its chief engineer on Friday, a union spokeswoman said.'),
    ("Okafor's defeat of the mayor in Sunday's runoff ended twelve years of opposition rule in the port city.",
     "The mayor defeated Okafor in Sunday's runoff, ending her bid to end his twelve years in office."),
    ('The sale of the paper plant to Harcourt Group on Friday ended ninety years of family ownership.',
     'Farnley Mills sold its paper plant to Harcourt Group on Tuesday, its owners said.'),
    ('The arrest of the two brothers in Lyon on Sunday was confirmed by prosecutors.',
     'Police arrested the brothers in Marseille on Sunday, ending a manhunt that had gripped the region.'),
    ("According to the promoter, the cancellation of Friday's concert in Leeds followed a storm warning.",
     'The concert went ahead in Leeds on Friday despite the storm warning, the promoter said.'),
    ('The suspension of the striker on Monday came after a row with the coach, the club said.',
     'The club suspended the striker on Thursday after his row with the coach.'),
    ("Harrow's rout of Ellesmere in the cup final on Saturday delighted the home crowd.",
     'Ellesmere beat Harrow in the cup final on Saturday, to the delight of their travelling fans.'),
    ("Selby Holdings' purchase of the ferry terminal on Monday was welcomed by the port's workers.",
     "Selby Holdings bought the ferry terminal on Friday, the port's workers said."),
    ('The postponement of the vote on the merger was announced by the board on Tuesday.',
     'The board held the vote on the merger on Tuesday, as planned, a filing shows.'),
])
def test_an_act_told_by_its_noun_conflicts_with_the_verb(compared_together, a, b):
    result = compared_together(a, b)
    assert result is not None and result.contradiction, result


@pytest.mark.parametrize("a, b", [
    ("Okafor's defeat of the mayor in Sunday's runoff ended twelve years of opposition rule in the port city.",
     "Okafor defeated the mayor in Sunday's runoff, ending his twelve years in office."),
    ('The sale of the paper plant to Harcourt Group on Friday ended ninety years of family ownership.',
     'Farnley Mills sold its printing works to Harcourt Group on Tuesday, its owners said.'),
    ('The arrest of the two brothers in Lyon on Sunday was confirmed by prosecutors.',
     'Police arrested a third man in Marseille on Sunday, saying he had lent the brothers a car.'),
    ('The cancellation of the summit in Lisbon was announced on Friday by the host government.',
     'The trade fair went ahead in Lisbon on Friday, with all twelve exhibitors attending.'),
    ('The dismissal of the chief engineer on Tuesday came after a crane collapsed onto a ferry.',
     'The harbour authority fired its head of security on Friday, a union spokeswoman said.'),
    ('The release of the three hostages in Doha on Thursday followed weeks of talks.',
     'Two other hostages were released in Cairo on Thursday, mediators said.'),
    ('Protesters demanded the cancellation of the summit in Lisbon on Friday.',
     'The summit went ahead in Lisbon on Friday, with all twelve leaders attending.'),
    ("Harrow's rout of Ellesmere in the cup final on Saturday delighted the home crowd.",
     'Harrow beat Ellesmere in the cup final on Saturday, to the delight of the home crowd.'),
    ("The mayor's defeat of the budget motion on Monday angered the council.",
     "The council defeated the mayor's budget motion on Monday, a spokesman said."),
    ("Selby Holdings' purchase of the ferry terminal on Monday was welcomed by the port's workers.",
     "Selby Holdings bought the ferry terminal on Monday, the port's workers said."),
    ('The sale of the paper plant to Harcourt Group on Friday ended ninety years of family ownership.',
     'Farnley Mills sold its paper plant to Harcourt Group on Friday, its owners said.'),
])
def test_an_act_noun_of_another_thing_or_the_same_fact_is_no_contradiction(compared_together, a, b):
    result = compared_together(a, b)
    assert result is None or not result.contradiction, result
