"""One fact told two ways (issue 16, h19c2): two claims of one act that state alike what a second fact would not (the
same other figures, names, dates) and state exactly one specific two ways conflict on that specific, not "two facts
that match nowhere". Each kind tried in other phrasings (passive, a relative clause, the attribution first or last, the
act told by a noun), beside pairs of like material that stay apart or agree."""
import pytest


@pytest.mark.parametrize("a, b, basis", [
    # money, the holder and month alike (attribution last); the fund named in one and described in the other
    # ("the Liberty Fund" / "the pro-Hale group"): no rule ties the two, and the pair passed only while a possessive's
    # "s" counted as a word both names write
    pytest.param("Shipping heir Paul Dorsey was the Liberty Fund's top donor in March, contributing $4 million.",
                 "Filings show the pro-Hale group's biggest March donor was Harbor Lines chief executive Paul Dorsey, "
                 "whose check that month came to $2 million.", "figures",
                 marks=pytest.mark.xfail(strict=True, reason="a body named in one claim, described in the other")),
    # a count left once a transfer is told, the act told by a noun in one
    ("The ministry said on Monday that it had moved its first inmate out of the Harlow camp, a Danish man held since "
     "2011, bringing the number held there down to 62.",
     "The release of a Danish inmate held since 2011, the first move out of the Harlow camp, leaves 48 inmates at the "
     "site, the ministry said Monday.", "figures"),
    # the dead of two attacks, one of them told otherwise (a relative clause)
    ("Since the attacks that killed 90 in Lyon last May and 21 in Ghent in June, few cities have been more heavily "
     "patrolled.", "Few cities have been patrolled more heavily since the June bombing in Ghent, which left 21 dead, "
     "and the May attacks in Lyon, in which 70 people were killed.", "figures"),
    # two deadlines of one warning, the day it was given alike
    ("Finance Minister Ruth Okoye on Tuesday told parliament that the state will run out of cash on Nov. 4.",
     "Lawmakers now face a deadline of Nov. 14, the day by which Okoye told parliament on Tuesday that the state "
     "will run out of cash.", "dates"),
    # one endorsement's place in a series: the act told by a noun, a passive
    ("The Harbor Alliance has endorsed Mendez, the first time it has weighed in on a mayoral race.",
     "The endorsement of Mendez by the Harbor Alliance is the third time the group has taken sides in a mayoral race.",
     "ordinal"),
    ("The Farm Bureau has endorsed Reyes, the group said, the first time since 1990 it has taken a side in a "
     "governor's race.", "Reyes was endorsed by the Farm Bureau, only the third time since 1990 the group has "
     "picked a side in a race for governor.", "ordinal"),
    # one crowd's rank, the attribution first and last
    ("The Hale Museum said on Friday that its Monet show drew 52,000 visitors, the second-largest crowd in its "
     "history.", "With 52,000 visitors, the Hale Museum's Monet show drew the fourth-largest crowd in its history, "
     "the museum said Friday.", "ordinal"),
    # one signing's place, a relative clause
    ("The treaty, signed by 48 countries last month at the United Nations offices in Vienna, is a model of "
     "cooperation.", "The accord, which was formally signed by 48 nations at the United Nations headquarters in "
     "Brussels last month, is a model of cooperation.", "place"),
    # one letter's addressee, a relative clause
    ("In a letter to Finance Minister Anna Berg, first reported by Radio North, envoy Peter Holm said he was "
     "resigning at once.", "Holm's resignation letter, which was addressed to Interior Minister Carl Dahl and first "
     "reported by Radio North, said he was leaving his post at once.", "agent"),
    ("According to Radio North, which first reported it, envoy Peter Holm wrote to Finance Minister Anna Berg that "
     "he was resigning at once.", "In a letter to Interior Minister Carl Dahl, first reported by Radio North, Holm "
     "said he was resigning at once.", "agent"),
])
def test_one_fact_told_two_ways_conflicts(verdict, a, b, basis):
    result = verdict(a, b)
    assert result.relation == "differ" and result.basis == basis and "told two ways" in result.reason, result.reason


@pytest.mark.parametrize("a, b", [
    # conflicts a slot already finds stay conflicts
    ("The ministry said Monday that 62 inmates remain at the Harlow camp after a Danish man held since 2011 was "
     "moved out, the first such transfer.",
     "A Danish man held since 2011 was moved out of the Harlow camp in the first such transfer, leaving 48 inmates "
     "there, the ministry said on Monday."),
    ("Mayor Ortiz received 58 percent of the vote to win eleven of the 20 seats at stake.",
     "Voters abroad handed nine of their 20 seats to Mayor Ortiz, who took 58 percent of the ballots cast overseas, "
     "party officials said."),
    ("Senator Cole won all 44 of Nevada's delegates to the convention, the party said.",
     "All 36 of Nevada's convention delegates were won by Cole, whose home state handed him his first victory, "
     "according to the Associated Press."),
    ("Kline revealed the $40 million plan during an interview with Channel 9's Morning Desk on Sunday, May 5, 2019.",
     "It was in a Thursday night interview with Channel 9's Morning Desk that Kline revealed the $40 million plan."),
    ("Premier Lund spoke by telephone with Chancellor Weber on October 2, 2018, the premier's office said.",
     "According to the chancellery, Weber and Lund spoke by phone on October 6, 2018."),
])
def test_conflicts_found_by_a_slot_stay(verdict, a, b):
    assert verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    # two votes: the tallies and the figures of each differ, one figure alike
    ("Senators voted 61-38 to open debate, with 11 Republicans joining all 50 Democrats.",
     "The final vote was 64 to 35, with 14 Republicans joining all 50 Democrats in voting for passage."),
    # one man beating another in two states: names alone alike
    ("Okafor's victory over Lindgren in Ohio surprised the party.",
     "Okafor beat Lindgren in Texas, a result that surprised the party."),
    # another variable of one contest: supporters of one candidate, everyone who took part
    ("In Ohio's Republican caucuses, 21,000 people supported Reyes.",
     "About 60,000 people took part in Ohio's Republican caucuses."),
    # two members of a series on one day, nothing else alike
    ("The second fire broke out near the plant on Monday.", "The first fire broke out near the plant on Monday."),
    # two groups of two office holders on one day: "two" alike counts two offices
    ("The two presidents held talks in Ankara on Monday.", "The two foreign ministers talked in Istanbul on Monday."),
    ("On Monday the two prime ministers met in Oslo, officials said.",
     "The two finance ministers, who met on Monday, gathered in Bergen."),
    # one told only as possible
    ("The panel, created by Ross and Adler on Friday, could issue its report by June 30.",
     "The panel Ross and Adler created on Friday is to issue its report by Dec. 31."),
])
def test_like_material_of_two_facts_stays_apart(verdict, a, b):
    result = verdict(a, b)
    assert not result.contradiction and "told two ways" not in result.reason, result.reason


@pytest.mark.parametrize("a, b", [
    # one fact told two ways with every specific alike is an agreement
    ("Okafor received 55 percent of the vote to win eight of the 12 delegates.",
     "Okafor took 55 percent of the ballots and eight of the 12 delegates at stake."),
    ("Shipping heir Paul Dorsey was the Liberty Fund's top donor in March, giving $4 million.",
     "The Liberty Fund's biggest March donor was Paul Dorsey, whose check that month came to $4 million."),
])
def test_one_fact_told_alike_agrees(verdict, a, b):
    result = verdict(a, b)
    assert result.relation == "agree", result.reason
