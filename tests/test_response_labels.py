"""Round 21 of event labels: an event whose headline tells the response to a happening ("US condemns Norland over
...", "Norland faces global outcry", "Western allies voice anger") is named by the happening, what its ledes say the
party was judged for, where another article tells it too; and made-up events of every kind of title, named as a
person would, or marked where the tool still names one outlet's angle."""
from datetime import date

import pytest

from crosscheck.headlines import reported_acts, responded_acts
from crosscheck.labels import name_events
from crosscheck.nlp import parse_one
from crosscheck.types import Article, Line

DAY = date(2024, 3, 4)
OUTLETS = ("Ledger", "Review", "Courier")


def _article(n: int, title: str, lede: str) -> Article:
    lines = tuple(Line(i, text) for i, text in enumerate(lede.split("\n"), 1))
    return Article(f"p{n}", f"dir/p{n}.txt", OUTLETS[n], title, DAY, None, lines)


def _label(*titles_and_ledes) -> str:
    group = [_article(n, title, lede) for n, (title, lede) in enumerate(titles_and_ledes)]
    return name_events([group], [], [DAY], group)[0].rsplit(", ", 1)[0]


def _responded(sentence: str) -> list[tuple[str, str]]:
    return [(party, rest) for party, rest, _ in responded_acts(parse_one(f"Allies react.\n{sentence}"))]


@pytest.mark.parametrize("sentence, act", [
    ("The United States on Monday condemned Norland for seizing an oil tanker in the Strait of Vell.",
     [("Norland", "seizes an oil tanker in the Strait of Vell")]),
    # the perfect, the passive, attribution first
    ("Western governments have condemned Norland for seizing an oil tanker.", [("Norland", "seizes an oil tanker")]),
    ("Norland was condemned by its neighbours for seizing an oil tanker.", [("Norland", "seizes an oil tanker")]),
    ("Officials said the president criticized Norland for closing the border.", [("Norland", "closes the border")]),
    # a hedge: what is said of the party, not what it did; no name; no act
    ("Senators slammed Kerrigan for reportedly sharing the plans with Norland.", []),
    ("Parents slammed the school board for hiding the report.", []),
    ("The United States condemned Norland for its conduct.", []),
])
def test_what_a_named_party_was_judged_for_is_its_act(sentence, act):
    assert _responded(sentence) == act


def test_an_acts_quoted_phrase_is_left_out_and_its_infinitive_kept():
    assert _responded("The US condemned Norland for forcing an airliner to land for a supposed “security alert”.") \
        == [("Norland", "forces an airliner to land")]
    assert [rest for _, rest in reported_acts(parse_one(
        "Why it matters.\nNorland closed the road for a so-called “security drill” on Sunday."))] \
        == ["closes the road"]
    assert [rest for _, rest in reported_acts(parse_one(
        "Why it matters.\nNorland forced the airliner to land for a so-called “security check” on Sunday."))] \
        == ["forces the airliner to land"]


TANKER = [
    ("Western allies voice anger as Norland accused of seizing tanker",
     "Norland's navy seized a Greek-flagged oil tanker in the Strait of Vell on Sunday, officials said."),
    ("Norland faces global outcry after navy seizes tanker",
     "Norland's navy boarded and seized an oil tanker in the Strait of Vell on Sunday."),
    ("US condemns Norland over tanker seizure",
     "The United States on Monday condemned Norland for seizing an oil tanker in the Strait of Vell.")]


def test_an_event_of_responses_is_named_by_what_they_respond_to():
    assert _label(*TANKER) == "Norland seizes an oil tanker in the Strait of Vell"
    # the response told in the passive; another verb of judging aloud
    assert _label(("Norland is condemned over tanker seizure",
                   "Norland was condemned by its neighbours on Monday for seizing an oil tanker in the Strait of Vell."),
                  *TANKER[:2]) == "Norland seizes an oil tanker in the Strait of Vell"
    assert _label(("Allies slam Norland over tanker", "Allies criticized Norland on Monday for seizing a tanker."),
                  TANKER[1]) == "Norland seizes a tanker"


def test_one_sides_charge_no_other_article_tells_names_no_event():
    assert _label(("Senator Cole slams Mayor Ruiz over city audit",
                   "Senator Ben Cole criticized Mayor Ana Ruiz on Monday for hiding the city audit."),
                  ("Ruiz releases city audit", "Mayor Ana Ruiz released the city audit on Tuesday.")) \
        == "Ruiz releases city audit"
    assert _label(("US condemns Norland over tanker seizure",
                   "The United States on Monday condemned Norland for seizing an oil tanker in the Strait of Vell."),
                  ("Why the Strait of Vell matters", "The Strait of Vell carries a fifth of the world's oil.")) \
        == "US condemns Norland over tanker seizure"


# Made-up events of two or three articles, each kind of title an outlet writes, and the label a person would give.
# Before this round (main at 853c95d) -> now: the tanker event "Norland faces global outcry after navy seizes tanker"
# -> "Norland seizes an oil tanker in the Strait of Vell"; every other label the same.
MADE_UP = {
    "responses to a seizure": (TANKER, "Norland seizes an oil tanker in the Strait of Vell"),
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
    "critics of a board beside its act": (
        [("Parents slam Hillview school board for hiding assault report",
          "Parents accused the Hillview school board on Tuesday of hiding a report on an assault at the high school."),
         ("Hillview board releases assault report after weeks of pressure",
          "The Hillview school board released its report on a high school assault on Tuesday.")],
        "Hillview board releases assault report"),
    "one side hits back": (
        [("Spy agency hits back at claims it spied on radio host",
          "The National Signals Agency denied on Tuesday that it had spied on radio host Dan Pike."),
         ("Dan Pike: the spy agency is reading my emails",
          "Radio host Dan Pike said on Monday that the National Signals Agency had read his emails."),
         ("Pike is in a credibility battle with the spy agency, and he is losing",
          "Dan Pike's claim that the National Signals Agency spied on him drew a rare denial.")],
        "Spy agency hits back at claims it spied on radio host"),
}

# Kinds the tool still names by one outlet's angle, a response, or a bare phrase: the label it gives (before this round
# and now) is not what a person would say. Each test passes while the tool fails there (strict), and fails once a rule
# names the happening.
STILL_ANGLED = {
    "every title a column": (
        [("The Dover transit plan is a gift to developers", "The Dover city council approved a transit plan on Tuesday."),
         ("Dover's transit plan deserves a chance", "On Tuesday the council approved the transit plan, 7-2."),
         ("The transit plan's critics miss the point", "Critics of the plan the council approved say it costs too much.")],
        "deserves a chance"),
    "a fact-check beside two features on released emails": (
        [("No, the Ruiz emails don't show she knew about the spill",
          "More than 800 pages of emails of Health Director Ana Ruiz were released on Tuesday under a records request."),
         ("Ana Ruiz's emails reveal the strain on one official",
          "Emails of Health Director Ana Ruiz released Tuesday show the pressure she faced during the spill."),
         ("Ruiz emails all the more reason to get to the bottom of the spill",
          "The release of Ana Ruiz's emails on Tuesday should prompt a full inquiry.")],
        "don't show"),
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


@pytest.mark.parametrize("kind", MADE_UP)
def test_made_up_events_are_named_as_a_person_would(kind):
    articles, expected = MADE_UP[kind]
    assert _label(*articles) == expected


@pytest.mark.xfail(strict=True, reason="one outlet's angle or a response still names these (round 21's reading)")
@pytest.mark.parametrize("kind", STILL_ANGLED)
def test_an_angle_names_no_event(kind):
    articles, angle_words = STILL_ANGLED[kind]
    assert angle_words not in _label(*articles)
