"""Pairs the gate never compared (issue 16, helper h19c1): one measurement told twice in other words, a figure of
one measured variable in each (one counted thing by one verb or its synonym, or a duration), the two values apart,
tied by another numeral or a calendar day both write ("Three people were killed and more than 260 were injured" /
"an attack in which five people died and more than 260 were wounded"; "will last 60 days, expiring on Oct. 3" / "a
90-day order ... runs out on Oct. 3"). The report now judges such a pair at any similarity
(`findings._one_variable_pairs`) and the judge weighs its figures as one variable's (`judge.one_specific_alike`), as
it weighs a pair writing two figures alike. Beside pairs that write the same numeral or day and must stay no
contradiction: another thing counted, another act, a figure alike of two things ("a levy of 5 percent" / "fares
will rise by 5 percent")."""
import pytest


@pytest.mark.parametrize("a, b", [
    ('The curfew will last for 30 days, expiring on Nov. 14, the mayor said.',
     "The governor's 45-day order, which covers every county hit by the riots, runs out on Nov. 14."),
    ("Expiring on Nov. 14, the city's 30-day curfew was imposed after two nights of riots.",
     "A 45-day state of emergency declared by the governor after the riots ends on Nov. 14, his office confirmed."),
    ('The suspension of the railway strike, announced on March 2, will last 14 days.',
     'Union leaders, who on March 2 called off the walkout, said the pause in the action would run for three weeks.'),
    ('The order will remain in force for 60 days, expiring on Sept. 30, the agency said.',
     "The agency's narrower ban, a 90-day measure aimed at the worst-hit districts, runs out on Sept. 30."),
    ("Expiring on Sept. 30, the 60-day ban was the agency's last tool.",
     'Critics say the narrower 90-day measure, which lapses on Sept. 30, covers only the worst-hit districts.'),
    ('A 10-day trial, which opened on May 3, ended with a conviction.',
     'Jurors took only four days of hearings, starting May 3, to weigh the case against the former minister and '
     'the two aides charged with him.'),
    ('Police say 11 passengers were killed and more than 90 injured.',
     'The ferry sinking off the cape, a disaster in which 15 passengers died and more than 90 were hurt, prompted a '
     'review of licences.'),
    ('The stay of execution will last 30 days, lapsing on Feb. 8, the court said.',
     'Lawyers for the inmate, whose 45-day reprieve lapses on Feb. 8, have filed a new appeal.'),
    ('The agency said the freeze would remain in place for 120 days, until Aug. 31.',
     "Exporters are bracing for the end of the six-month ban, which is due to expire on Aug. 31 under the "
     "ministry's order."),
    ('Lasting 21 days, the blockade ended on April 6.',
     'The rebels lifted their two-month siege of the town on April 6, aid groups said.'),
])
def test_one_variable_beside_a_specific_alike_is_compared(compared_together, a, b):
    result = compared_together(a, b)
    assert result is not None and result.contradiction, result


@pytest.mark.parametrize("a, b", [
    ('The levy of 5 percent will be charged for 18 months, starting on Jan. 1.',
     'Starting on Jan. 1, bus fares will rise by 5 percent for a year, the council said.'),
    ('The curfew will last for 30 days, expiring on Nov. 14, the mayor said.',
     'The mayor said 45 people had been arrested under the new rules by Nov. 14.'),
    ('The order will remain in force for 60 days, expiring on Sept. 30, the agency said.',
     "The agency's head will leave on Sept. 30 after 90 days in the post."),
    ('The pause will last two weeks, ending on June 12, the union confirmed.',
     "The union's leader, elected on June 12 last year, has served a month-long suspension for misconduct."),
    ('The stay of execution will last 30 days, lapsing on Feb. 8, the court said.',
     "The inmate's lawyers said on Feb. 8 that they had 45 days to file a new appeal."),
    ('On Dec. 2 the port was shut for 48 hours, officials said.',
     'The storm on Dec. 2 cut power to 48,000 homes for a full week.'),
    ('Nine workers died on Jan. 20 when the scaffolding gave way, the contractor said.',
     'The contractor, which employs nine hundred workers, said on Jan. 20 that five sites would close for '
     'inspection.'),
    ('Nine people were killed and 140 were injured in the blast.',
     'The depot, which employed 140 people, had been fined nine times for safety breaches since it opened.'),
])
def test_a_specific_alike_of_another_thing_ties_nothing(compared_together, a, b):
    result = compared_together(a, b)
    assert result is None or not result.contradiction, result
