"""One body by its full name, its initials and its short forms (issue 16, h16zd): "the Centers for Disease Control and
Prevention" / "the CDC" / "the CDC's order", "F.B.I." / "Federal Bureau of Investigation", "the Fed" / "the Federal
Reserve", in every role the comparator compares (agent, recipient, partner, owner); two bodies whose initials differ,
or two full names whose initials collide, stay apart. Each tried in other phrasings (passive, a relative clause, the
attribution first or last, a possessive)."""
import pytest

from crosscheck.compare.bodies import initialisms, initials_of, one_body, spelled_out


@pytest.mark.parametrize("short, name", [
    ("the CDC", "The Centers for Disease Control and Prevention"),  # initials of the name up to its last "and"
    ("the CDC's", "the Centers for Disease Control"),
    ("F.B.I.", "the Federal Bureau of Investigation"),
    ("the SEC", "The Securities and Exchange Commission"),
    ("DOL", "the Department of Labor"),  # the small words counted
    ("USDA", "the U.S. Department of Agriculture"),  # a word written as initials gives all its letters
    ("U.S.", "the United States"),
    ("CDC", "C.D.C."),
])
def test_initials_stand_for_the_name(short, name):
    assert initials_of(short, name) and one_body(name, short)


@pytest.mark.parametrize("x, y", [
    ("the CDC", "the FDA"),
    ("the Fed", "the FBI"),
    ("the CDC", "the Food and Drug Administration"),
    ("the American Medical Association", "the American Marketing Association"),  # both written out: not by initials
    ("the Centers for Disease Control", "the Council for Democratic Change"),
])
def test_other_bodies_are_not_one(x, y):
    assert not one_body(x, y) and not one_body(y, x)


def test_a_name_is_read_with_and_without_its_small_words_and_its_last_part():
    assert {"cdcp", "cfdcap", "cdc", "cfdc"} <= initialisms("Centers for Disease Control and Prevention")


def test_initials_a_statement_spells_out_stand_for_that_name_alone():
    assert spelled_out(["The Council for Democratic Change", "CDC"]) == ["The Council for Democratic Change"]
    assert spelled_out(["CDC"]) == ["CDC"]


@pytest.mark.parametrize("a, b", [
    ("The Centers for Disease Control and Prevention extended the eviction moratorium on Tuesday.",
     "The eviction moratorium was extended by the CDC on Tuesday."),
    ("The suspect, who was arrested by the F.B.I. on Monday, appeared in court.",
     "The suspect, whom the Federal Bureau of Investigation arrested on Monday, appeared in court."),
    ("The Fed, officials said, cut rates on Wednesday.", "Officials said the Federal Reserve cut rates on Wednesday."),
    ("The Justice Department charged the former official on Monday.",
     "The former official was charged by the Department of Justice on Monday."),
    ("The Securities and Exchange Commission sued the company on Thursday.",
     "The company was sued on Thursday by the SEC."),
    ("The CDC's order, which was issued on Tuesday, extends the moratorium until June.",
     "The order issued on Tuesday by the Centers for Disease Control and Prevention extends the moratorium until June."),
    ("The CDC's order extends the moratorium until June.",
     "The order from the Centers for Disease Control and Prevention extends the moratorium until June."),
    ("The company sold the unit to the Department of Energy on Monday.", "The unit was sold to the DOE on Monday."),
    ("The senator sent the letter to the Food and Drug Administration on Tuesday.",
     "The senator sent the letter to the FDA on Tuesday."),
    ("The governor met with the International Monetary Fund on Monday.",
     "On Monday the governor met with the IMF, aides said."),
])
def test_one_body_by_its_name_and_its_short_form_agrees(verdict, a, b):
    result = verdict(a, b)
    assert result.relation == "agree", result.reason


@pytest.mark.parametrize("a, b", [
    ("The CDC extended the moratorium until June 30.",
     "The moratorium was extended by the Centers for Disease Control and Prevention until July 31."),
    ("The FBI arrested 12 people on Monday.", "The Federal Bureau of Investigation arrested 20 people on Monday."),
])
def test_one_body_by_its_short_form_still_conflicts_on_another_slot(verdict, a, b):
    assert verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("The CDC extended the eviction moratorium on Tuesday.",
     "The eviction moratorium was extended by the FDA on Tuesday."),
    ("The Fed raised interest rates on Wednesday, officials said.",
     "Officials said the FBI raised interest rates on Wednesday."),
    ("The Federal Bureau of Investigation arrested the suspect on Monday.",
     "The suspect was arrested by the FDA on Monday."),
    ("The CDC's order extends the moratorium until June.", "The FDA's order extends the moratorium until June."),
    ("The senator sent the letter to the FDA on Tuesday.", "The senator sent the letter to the CDC on Tuesday."),
    ("The order was issued by the Council for Democratic Change (CDC) on Tuesday.",
     "The order was issued by the Centers for Disease Control on Tuesday."),
    ("The American Medical Association issued the guidance on Monday.",
     "The guidance was issued by the American Marketing Association on Monday."),
])
def test_two_bodies_stay_apart(verdict, a, b):
    result = verdict(a, b)
    assert result.relation != "agree" and not result.contradiction, result.reason
