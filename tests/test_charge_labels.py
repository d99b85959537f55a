"""Round 21 of event labels: a headline whose verb judges its object for an act ("Parents slam school board for
covering up an assault") states one side's charge as fact; where no other article's lede tells that act, the event is
named by the charge as a charge ("Parents accuse school board of covering up an assault"). And made-up events of every
kind of title, named as a person would, or marked where the tool still names one outlet's angle."""
import pytest

from crosscheck.headlines import title_headlines
from crosscheck.nlp import parse_one
from tests.test_plain_labels import _label


def _charges(title: str) -> list[tuple[str, str]]:
    return [(h.charge, h.charged) for h in title_headlines(parse_one(f"{title}\nA lede."))]


@pytest.mark.parametrize("title, charge", [
    ("Parents slam Hillview school board for hiding the assault report",
     ("Parents accuse Hillview school board of hiding the assault report", "hide")),
    ("Glenn Greenwald whacks the Beacon for attacking reporters covering protests",
     ("Glenn Greenwald accuses the Beacon of attacking reporters covering protests", "attack")),
    ("Senator Cole blasts Mayor Ruiz for hiding the city audit",
     ("Senator Cole accuses Mayor Ruiz of hiding the city audit", "hide")),
    # with a source after it
    ("Critics rip the agency for approving the drug, report says",
     ("Critics accuse the agency of approving the drug, report says", "approve")),
    # praise; a thing judged, not an act; a passive, which frames its subject (no headline)
    ("Trump hails Arizona Senate for conducting audit at Phoenix rally", ("", "")),
    ("Mayor slams council over budget", ("", "")),
])
def test_a_headline_that_judges_its_object_for_an_act_makes_a_charge(title, charge):
    assert _charges(title) == [charge]


def test_a_passive_of_judging_states_no_charge():
    assert all(charge == "" for charge, _ in _charges("Ruiz slammed for hiding audit"))


CHARGED = ("Parents slam Hillview school board for hiding the assault report",
           "Parents accused the Hillview school board at a meeting on Tuesday of hiding a report on an assault.")


def test_one_sides_charge_is_named_as_a_charge():
    assert _label(CHARGED, ("Silence on Hillview assault claim",
                            "Television networks ignored a father's claim that his daughter was assaulted.")) \
        == "Parents accuse Hillview school board of hiding the assault report"
    # one article alone: no other to tell the act either way
    assert _label(CHARGED) == "Parents slam Hillview school board for hiding the assault report"


def test_an_act_another_article_tells_is_no_charge():
    done = ("Brandt vetoes school budget", "Governor Lena Brandt on Monday vetoed the state school budget.")
    assert _label(("Senator Cole slams Governor Brandt for vetoing the school budget",
                   "Senator Ben Cole criticized Governor Lena Brandt on Monday for vetoing the school budget."),
                  ("Why the school budget matters", "The school budget pays for 40,000 teachers.")) \
        == "Senator Cole accuses Governor Brandt of vetoing the school budget"
    assert "accuse" not in _label(("Senator Cole slams Governor Brandt for vetoing the school budget",
                                   "Senator Ben Cole criticized Governor Lena Brandt on Monday for her veto."), done)
    # a synonym another lede writes ("concealed" of "hiding")
    assert _label(CHARGED, ("Hillview board kept report from parents",
                            "The Hillview school board concealed the report from parents for weeks.")) \
        != "Parents accuse Hillview school board of hiding the assault report"


# Made-up events of two or three articles, each kind of title an outlet writes, and the label a person would give.
# Before this round (main at 853c95d) -> now: "Parents slam Hillview school board for hiding the assault report" ->
# "Parents accuse Hillview school board of hiding the assault report"; every other label of these and of STILL_ANGLED
# the same.
MADE_UP = {
    "responses to a seizure": (
        [("Western allies voice anger as Norland accused of seizing tanker",
          "Norland's navy seized a Greek-flagged oil tanker in the Strait of Vell on Sunday, officials said."),
         ("Norland faces global outcry after navy seizes tanker",
          "Norland's navy boarded and seized an oil tanker in the Strait of Vell on Sunday."),
         ("US condemns Norland over tanker seizure",
          "The United States on Monday condemned Norland for seizing an oil tanker in the Strait of Vell.")],
        "Norland faces global outcry after navy seizes tanker"),
    "a charge one side makes": (
        [CHARGED, ("Silence on Hillview assault claim",
                   "Television networks ignored a father's claim that his daughter was assaulted.")],
        "Parents accuse Hillview school board of hiding the assault report"),
    "a charge the others report as done": (
        [("Senator Cole slams Governor Brandt for vetoing the school budget",
          "Senator Ben Cole criticized Governor Lena Brandt on Monday for vetoing the school budget."),
         ("Brandt vetoes school budget", "Governor Lena Brandt vetoed the state school budget on Monday.")],
        "Brandt vetoes school budget"),
    "an opinion title beside a report": (
        [("Mayor Ruiz's transit plan is a gift to developers",
          "The Dover city council approved Mayor Ana Ruiz's $2 billion transit plan on Tuesday."),
         ("Dover council approves $2 billion transit plan",
          "The Dover city council on Tuesday approved a $2 billion transit plan proposed by Mayor Ana Ruiz.")],
        "Dover council approves $2 billion transit plan"),
    "quotes": (
        [("'We will not back down': Governor Brandt vows to fight teachers' strike",
          "Governor Lena Brandt said on Monday she would not raise her offer as the teachers' strike went on."),
         ("'A betrayal': Teachers' union slams Brandt's pay offer",
          "The Oregon teachers' union said on Monday the governor's offer was a betrayal.")],
        "Governor Brandt vows to fight teachers' strike"),
    "a title naming two events": (
        [("Senate passes farm bill as House stalls on budget", "The Senate passed the farm bill on Thursday, 68-32."),
         ("Farm bill heads to president's desk", "The farm bill the Senate passed Thursday now heads to the president.")],
        "Senate passes farm bill"),
    "no verb": (
        [("Farm bill: the winners and losers", "The Senate passed the farm bill on Thursday, 68-32."),
         ("The farm bill's fine print", "The farm bill the Senate passed on Thursday holds $20 billion for insurance.")],
        "Senate passes the farm bill"),
    "a passive title": (
        [("Harbour bridge closed after crack found",
          "The Harbour bridge was closed on Sunday after inspectors found a crack in its main span."),
         ("Harbour bridge closure snarls traffic", "Traffic backed up on Monday after the Harbour bridge was closed.")],
        "Harbour bridge closed"),
    "one side hits back": (
        [("Spy agency hits back at claims it spied on radio host",
          "The National Signals Agency denied on Tuesday that it had spied on radio host Dan Pike."),
         ("Dan Pike: the spy agency is reading my emails",
          "Radio host Dan Pike said on Monday that the National Signals Agency had read his emails."),
         ("Pike is in a credibility battle with the spy agency, and he is losing",
          "Dan Pike's claim that the National Signals Agency spied on him drew a rare denial.")],
        "Spy agency hits back at claims it spied on radio host"),
    # a feature's reading of the emails gives way to what was done with them (labels._act_on, the twenty-second round)
    "a fact-check beside two features on released emails": (
        [("No, the Ruiz emails don't show she knew about the spill",
          "More than 800 pages of emails of Health Director Ana Ruiz were released on Tuesday under a records request."),
         ("Ana Ruiz's emails reveal the strain on one official",
          "Emails of Health Director Ana Ruiz released Tuesday show the pressure she faced during the spill."),
         ("Ruiz emails all the more reason to get to the bottom of the spill",
          "The release of Ana Ruiz's emails on Tuesday should prompt a full inquiry.")],
        "Release of Ana Ruiz's emails"),
}

# Kinds the tool still names by one outlet's angle, a response, or a bare phrase: the label it gives (before this round
# and now) is not what a person would say. Each test passes while the tool fails there (strict), and fails once a rule
# names the happening.
STILL_ANGLED = {
    "columns on a court's term": (
        [("Despite popular belief, unanimous rulings aren't rare at the High Court",
          "The High Court ended its term on Thursday with a string of unanimous rulings."),
         ("The High Court's surprising term", "The High Court closed its term on Thursday."),
         ("High Court confounding its partisan critics", "The High Court's term, which ended Thursday, defied predictions.")],
        "confounding"),
    "a question beside an explainer": (
        [("Will the Harlow dam hold?", "Engineers warned on Monday that the Harlow dam could fail in a major flood."),
         ("What the Harlow dam report means for residents", "A report released Monday found cracks in the Harlow dam.")],
        "dam report"),
    "Perspectives beside an angle": (
        [("Perspectives: The Acme-Zenith merger", "Acme agreed on Monday to buy Zenith for $40 billion."),
         ("Acme-Zenith deal faces antitrust scrutiny", "The deal Acme struck for Zenith on Monday may draw scrutiny.")],
        "scrutiny"),
    "calls to resign over a leak": (
        [("Minister Hale faces calls to resign over leaked memo",
          "A memo leaked on Sunday shows Defence Minister Arthur Hale knew of the contract overruns, the Ledger reported."),
         ("Hale denies he hid contract overruns",
          "Defence Minister Arthur Hale said on Monday he had never hidden contract overruns from parliament."),
         ("Calls grow for inquiry into Hale memo", "Opposition leaders on Monday called for an inquiry into the leaked memo.")],
        "faces calls"),
}


@pytest.mark.parametrize("kind", [*MADE_UP, *(pytest.param(kind, marks=pytest.mark.xfail(
    strict=True, reason="one outlet's angle or a response still names it (round 21's reading)")) for kind in STILL_ANGLED)])
def test_made_up_events(kind):
    if kind in MADE_UP:
        assert _label(*MADE_UP[kind][0]) == MADE_UP[kind][1]
    else:
        assert STILL_ANGLED[kind][1] not in _label(*STILL_ANGLED[kind][0])
