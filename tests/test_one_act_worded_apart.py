"""Contra pairs the gate never compared (issue 16, point 2; helper h16zi): one act told by another verb of its group
("detained" / "were arrested", "dismissed" / "fired") or from the other end of one transfer ("sold ... to Harcourt" /
"Harcourt bought"), below the same-fact threshold. The report now compares two claims whose acts align as the judge
aligns them (`readings.acts_align`), and the judge compares the slots of one act whose roles name the same things
(`judge._one_act_of_one_roles`, `align.one_transfer`) as it compares one fact's. Each in other phrasings (passive, a
relative clause, the attribution first or last), beside pairs of the same verbs that must stay no contradiction:
another party, another thing, another act, a hedge, the same fact."""
import pytest


_BROTHERS = ("Police detained the two brothers in Lyon late on Sunday, ending a manhunt that had closed schools across "
             "the region for three days.")
_ENGINEER = ("The harbour authority dismissed its chief engineer on Tuesday after a crane collapsed onto a moored "
             "ferry, injuring two deckhands.")
_COACH = "The club fired its coach on Monday after a run of eight defeats, the chairman told the local paper."
_PLANT = ("Farnley Mills sold its paper plant to Harcourt Group for 40 million pounds, ending ninety years of family "
          "ownership.")
_TERMINAL = "The port authority sold the old ferry terminal to Selby Holdings for 12 million pounds last year."


@pytest.mark.parametrize("a, b", [
    # one arrest, two cities: a synonym in the passive, with a relative clause on the subject (new: "different facts")
    (_BROTHERS, "The brothers, who had been on the run since the bank raid, were arrested in Marseille late on Sunday, "
                "according to the interior ministry."),
    # the attribution first, the passive against the active
    ("According to the interior ministry, the two brothers were detained in Lyon on Sunday night after a three-day "
     "manhunt that closed schools across the region.",
     "Officers arrested the brothers in Marseille on Sunday night, the interior ministry said, bringing to an end a "
     "search that had gripped the south."),
    # one dismissal on two days, told in a relative clause on the person (new: never compared_together)
    (_ENGINEER, "The chief engineer, whom the harbour authority fired on Friday, had warned about the crane for "
                "months, a spokeswoman for the dockworkers' union said."),
    # a participle in the passive, the attribution last
    (_COACH, "The coach, dismissed by the club on Thursday after eight straight defeats, said he was stunned by the "
             "decision."),
    # the attribution first
    ("According to the chairman, the club fired its coach on Monday after a run of eight defeats.",
     "The club dismissed the coach on Thursday, following eight straight defeats, and named his assistant as "
     "caretaker."),
    # one sale told from either end, at two prices (new: "figures that match nowhere")
    (_PLANT, "Harcourt Group, the packaging maker, bought the paper plant from Farnley Mills for 55 million pounds "
             "last week, its chief executive told shareholders."),
    # from either end, the buyer described in an apposition, the record last
    (_TERMINAL, "Selby Holdings, a property developer, bought the old ferry terminal from the port authority for 19 "
                "million pounds, records show."),
    ("The Halden museum sold the painting to a private collector for 3 million euros in a sale criticised by its own "
     "curators.",
     "A private collector bought the painting from the Halden museum for 5 million euros, the museum's curators said "
     "in an open letter."),
    # one defeat on two days, the loser's side in a passive participle
    ("The ruling party's candidate defeated the mayor in the runoff on Sunday, ending twelve years of opposition rule "
     "in the port city.",
     "The mayor, beaten by the ruling party's candidate in the runoff on Saturday, conceded late at night, his "
     "campaign said."),
    # one firing, another verb of the group, on two days
    ("The company's board dismissed the chief executive on Wednesday, the day after the accounting scandal broke, a "
     "spokesman said.",
     "The chief executive was ousted by the board on Monday, according to two people familiar with the matter, as the "
     "accounting scandal deepened."),
])
def test_one_act_told_by_another_verb_conflicts(compared_together, a, b):
    result = compared_together(a, b)
    assert result is not None and result.contradiction, result


@pytest.mark.parametrize("a, b", [
    # another person arrested
    (_BROTHERS, "Police arrested a third man in Marseille on Sunday on suspicion of lending the brothers a car, "
                "according to the interior ministry."),
    # someone else the brothers had to do with
    ("The two brothers, whom police detained in Lyon on Sunday night, had been on the run since the bank raid, "
     "prosecutors said.",
     "Prosecutors said officers arrested the brothers' driver on Sunday night in Marseille, three days after the bank "
     "raid that set off the manhunt."),
    # a hedge
    ("According to the interior ministry, the two brothers were detained in Lyon on Sunday night after a three-day "
     "manhunt that closed schools across the region.",
     "Officers may have arrested the brothers in Marseille on Sunday night, an unconfirmed report said, bringing to an "
     "end a search that had gripped the south."),
    # another act done to the same person
    (_ENGINEER, "The chief engineer, whom the harbour authority hired on Friday, had worked on cranes for decades, a "
                "spokeswoman for the dockworkers' union said."),
    (_COACH, "The coach, hired by the club on Thursday after the run of eight defeats, said he was thrilled by the "
             "decision."),
    # another person of the same kind
    ("Troops detained the opposition leader at his home in Kano on Saturday, hours before a planned rally, his party "
     "said.",
     "Troops detained the opposition leader's spokesman in Abuja on Saturday, his party said, hours before the rally."),
    # another thing sold, by other parties
    (_PLANT, "Harcourt Group, the packaging maker, bought a printing works from Deane & Sons for 55 million pounds "
             "last week, its chief executive told shareholders."),
    ("Novak Shipping sold two tankers to Aurel Lines for $30 million, the broker said, as freight rates slumped.",
     "Aurel Lines bought two bulk carriers from Brenner Maritime for $45 million, its annual report shows."),
    # a purchase only possible
    ("Novak Shipping sold two tankers to Aurel Lines for $30 million, the broker said, as freight rates slumped.",
     "Aurel Lines may buy the two tankers from Novak Shipping for $45 million, its annual report says."),
    # the same facts, told from either end or by another verb of the group
    (_TERMINAL, "Selby Holdings, a property developer, bought the old ferry terminal from the port authority for about "
                "12 million pounds, records show."),
    ("The envoys began the talks in Geneva on Monday, a week after the ceasefire collapsed.",
     "The envoys started the talks in Geneva on Monday, a week after the collapse of the ceasefire, diplomats said."),
    ("The storm killed 14 people in the coastal villages, where rivers burst their banks overnight and swept away "
     "bridges and cars.",
     "Fourteen people died in the coastal villages when the storm sent rivers over their banks, officials said."),
])
def test_one_verb_group_of_other_parties_or_acts_is_no_contradiction(compared_together, a, b):
    result = compared_together(a, b)
    assert result is None or not result.contradiction, result


@pytest.mark.parametrize("a, b", [
    ("Former patients in Ohio and Michigan filed lawsuits against him on Monday.",
     "He filed the lawsuit against the surgeon, Dr. Mark Hale, in Dallas."),
    ("Former patients in Ohio and Michigan filed lawsuits against the clinic on Monday.",
     "He filed the lawsuit against the clinic in Dallas on Monday."),
    # a county the gazetteer does not hold beside two states: "places differ" without the guard
    ("Former lawyers in Oregon and Iowa filed lawsuits against him on Monday.",
     "He filed the lawsuit against the physician, Dr. Mark Hale, in Harris County."),
])
def test_a_pronoun_doer_against_named_doers_is_not_one_act(compared_together, a, b):
    """A doer told by a pronoun is not shown to be the other's named doers: their places are not one act's
    (`_pronoun_against_name`; the last pair is a difference without it, as an AllSides pair was)."""
    result = compared_together(a, b)
    assert result is None or result.relation != "differ", result
