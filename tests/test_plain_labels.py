"""Round 19 of event labels: who said it named, as the article names them ("..., says president" -> "..., says Ruiz"),
a wire title's " -source" tail read as its source, two names joined only before what two do together, and a lede's
word that points back ("more rockets") left out of its act; and made-up events of every kind of title, named as a
person would, or marked where the tool still names one outlet's angle."""
from datetime import date

import pytest

from crosscheck.headlines import reported_acts
from crosscheck.labels import _joined, name_events
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


PRESIDENT_LINES = "The blockade was planned by rebels, the president has said.\n"


@pytest.mark.parametrize("title, lede, expected", [
    # the office after the headline; the person named after the office, or as the subject of a saying
    ("Rebels behind the port blockade, says president",
     PRESIDENT_LINES + "Speaking in the capital, President Ana Ruiz said the army had found its leaders.",
     "Rebels behind the port blockade, says Ruiz"),
    ("Rebels behind the port blockade, says president",
     PRESIDENT_LINES + "In the capital, Elena Marquez said the army had found its leaders.",
     "Rebels behind the port blockade, says Marquez"),
    # attribution first, and a kicker's speaker
    ("President says rebels are behind the port blockade",
     "The blockade was planned by rebels, the president said.\nPresident Ana Ruiz said the army had found its leaders.",
     "Ruiz says rebels are behind the port blockade"),
    ("Governor: State will not raise teachers' pay",
     "The state will not raise its offer, the governor said.\nGovernor Tom Voss said the budget had no room for more.",
     "Voss says state will not raise teachers' pay"),
    # named already; no one named as saying it (no guess); a document, not an office
    ("Rebels behind the port blockade, President Ruiz says", "President Ana Ruiz said the blockade was planned by rebels.",
     "Rebels behind the port blockade, President Ruiz says"),
    ("Rebels behind the port blockade, says president",
     PRESIDENT_LINES + "The army found its leaders, a spokesman for the ministry said.",
     "Rebels behind the port blockade, says president"),
])
def test_a_speaker_given_by_an_office_is_named_as_the_article_names_them(title, lede, expected):
    assert _label((title, lede)) == expected


def test_a_wire_titles_source_after_a_hyphen_is_its_source():
    union = "The dockworkers' strike will end on Friday, the head of the union said."
    assert _label(("Dock strike to end on Friday -union leader",
                   union + "\nUnion leader Maria Costa said members had accepted the offer.")) == \
        "Dock strike to end, Costa says"
    assert _label(("Dock strike to end on Friday -union leader", union)) == "Dock strike to end, union leader says"
    assert _label(("Ohio cases rise again -health officials", "Cases rose for a second week, officials said.")) == \
        "Ohio cases rise again, health officials say"


def test_two_names_are_joined_only_before_what_two_do_together():
    assert _joined(["Carlson", "Klobuchar"], "attack", False) == ["Carlson"]
    assert _joined(["Manchin", "Biden"], "reconciliation bill", False) == ["Manchin"]
    assert _joined(["Lind", "Voss"], "race", False) == ["Lind", "Voss"]
    assert _joined(["Biden", "DeSantis"], "feud", False) == ["Biden", "DeSantis"]
    assert _joined(["Trump", "Xi"], "call", True) == ["Trump", "Xi"]
    assert _joined(["Biden"], "conference", False) == ["Biden"]


@pytest.mark.parametrize("sentence, act", [
    ("Northland launched more rockets at Southland on Tuesday.", "launches rockets at Southland"),
    ("Northland launched more than 300 rockets at Southland on Tuesday.", "launches more than 300 rockets at Southland"),
    ("The Senate also passed the farm bill on Thursday.", "passes the farm bill"),
    ("More troops were sent to the border by Northland on Friday.", "sends troops to the border"),  # passive
    ("Northland fired further shots across the border on Friday.", "fires shots across the border"),
])
def test_a_ledes_act_leaves_out_a_word_that_points_back(sentence, act):
    assert [rest for _, rest in reported_acts(parse_one(f"Why the war goes on.\n{sentence}"))] == [act]


# Made-up events of two or three articles, each kind of title an outlet writes, and the label a person would give.
MADE_UP = {
    "an opinion title beside a report": (
        [("Mayor Ruiz's transit plan is a gift to developers",
          "The Dover city council approved Mayor Ana Ruiz's $2 billion transit plan on Tuesday."),
         ("Why Dover's transit plan will fail", "Dover's council voted 7-2 on Tuesday to approve the transit plan."),
         ("Dover council approves $2 billion transit plan",
          "The Dover city council on Tuesday approved a $2 billion transit plan proposed by Mayor Ana Ruiz.")],
        "Dover council approves $2 billion transit plan"),
    "a question": (
        [("Will the Harlow dam hold?", "Engineers warned on Monday that the Harlow dam could fail in a major flood."),
         ("What the Harlow dam report means for residents", "A report released Monday found cracks in the Harlow dam."),
         ("Engineers warn Harlow dam could fail", "State engineers said on Monday the Harlow dam could fail.")],
        "Engineers warn Harlow dam could fail"),
    "quotes": (
        [("'We will not back down': Governor Brandt vows to fight teachers' strike",
          "Governor Lena Brandt said on Monday she would not raise her offer as the teachers' strike went on."),
         ("'A betrayal': Teachers' union slams Brandt's pay offer",
          "The Oregon teachers' union said on Monday the governor's offer was a betrayal."),
         ("Oregon teachers strike for second week", "Oregon teachers stayed off the job for a second week on Monday.")],
        "Oregon teachers strike"),
    "Perspectives": (
        [("Perspectives: The Acme-Zenith merger", "Acme agreed on Monday to buy Zenith for $40 billion."),
         ("Acme agrees to buy Zenith for $40 billion", "Acme said on Monday it had agreed to buy Zenith for $40 billion."),
         ("Acme-Zenith deal faces antitrust scrutiny", "The deal Acme struck for Zenith on Monday may draw scrutiny.")],
        "Acme agrees to buy Zenith for $40 billion"),
    "a title naming two events": (
        [("Senate passes farm bill as House stalls on budget", "The Senate passed the farm bill on Thursday, 68-32."),
         ("Senate approves farm bill 68-32", "The Senate on Thursday approved the farm bill by a vote of 68-32."),
         ("Farm bill heads to president's desk", "The farm bill the Senate passed Thursday now heads to the president.")],
        "Senate passes farm bill"),
    "no verb": (
        [("Farm bill: the winners and losers", "The Senate passed the farm bill on Thursday, 68-32."),
         ("The farm bill's fine print", "The farm bill the Senate passed on Thursday holds $20 billion for insurance."),
         ("Senate farm bill vote", "Senators passed the farm bill on Thursday by a vote of 68-32.")],
        "Senate passes the farm bill"),
    "a passive title": (
        [("Harbour bridge closed after crack found",
          "The Harbour bridge was closed on Sunday after inspectors found a crack in its main span."),
         ("Crack found in Harbour bridge span", "Inspectors found a crack in the Harbour bridge's main span on Sunday."),
         ("Harbour bridge closure snarls traffic", "Traffic backed up on Monday after the Harbour bridge was closed.")],
        "Crack found in Harbour bridge span"),
    "an institution as subject": (
        [("Supreme Court hears arguments in Tallis water case",
          "The Supreme Court heard arguments on Monday in a water dispute between Tallis and its neighbours."),
         ("Justices skeptical of Tallis in water dispute", "Justices on Monday appeared skeptical of Tallis's claim."),
         ("Tallis water case reaches high court", "The Tallis water case reached the Supreme Court on Monday.")],
        "Tallis water case reaches high court"),
    "a winner's angle beside two reports": (
        [("Mara Lind's win is a warning for Republicans", "Democrat Mara Lind won the Ohio governor's race on Tuesday."),
         ("Lind wins Ohio governor race", "Mara Lind won the race for Ohio governor on Tuesday, beating Tom Voss."),
         ("Democrat Mara Lind elected Ohio governor", "Ohio voters elected Democrat Mara Lind governor on Tuesday.")],
        "Lind wins Ohio governor race"),
    "critics' angle beside two reports": (
        [("Critics slam central bank after rate hike", "The central bank raised rates by half a point on Wednesday."),
         ("Central bank raises interest rates by half a point", "The central bank raised its key rate on Wednesday."),
         ("Central bank lifts rates to fight inflation", "The central bank lifted rates on Wednesday to fight inflation.")],
        "Central bank raises interest rates by half a point"),
    "a speaker by office beside a question": (
        [("Rebels behind the port blockade, says president",
          PRESIDENT_LINES + "Speaking in the capital, President Ana Ruiz said the army had found its leaders."),
         ("Who is behind the Velo port blockade?", "The blockade of Velo's port entered its third day on Wednesday.")],
        "Rebels behind the port blockade, says Ruiz"),
}

# Kinds the tool still names by one outlet's angle or one incident: the label it gives is not what a person would say.
# Each test passes while the tool fails there (strict), and fails once a rule names the happening.
STILL_ANGLED = {
    "every title a column": (
        [("The Dover transit plan is a gift to developers", "The Dover city council approved a transit plan on Tuesday."),
         ("Dover's transit plan deserves a chance", "On Tuesday the council approved the transit plan, 7-2."),
         ("The transit plan's critics miss the point", "Critics of the plan the council approved say it costs too much.")],
        "deserves a chance"),
    "analyses of a price rise": (
        [("'Good' inflation or 'bad'? Investors are scared because they can't tell the difference",
          "Consumer prices rose 4.2% in April from a year earlier, the Labor Department said Wednesday."),
         ("As prices rise, central bank dismisses inflation worries",
          "Central bank officials said on Wednesday that the rise in prices would pass."),
         ("Inflation is up. The stock market is down. Here's why you shouldn't panic.",
          "Consumer prices jumped 4.2% in April, the fastest rise since 2008.")],
        "dismisses"),
    "a commentator's reply to a piece": (
        [("Greenwald whacks the Beacon for attacking reporters covering protests",
          "Writer Glenn Greenwald criticized the Beacon on Monday for a piece on reporters who cover protests."),
         ("We shouldn't need the 'riot squad' — but we do. A response to the Beacon",
          "The Beacon's piece on conservative reporters who cover protests drew a response from those reporters.")],
        "Greenwald"),  # "whacks" before round 21; now "Greenwald accuses the Beacon of ...": still his reply
}


@pytest.mark.parametrize("kind", MADE_UP)
def test_made_up_events_are_named_as_a_person_would(kind):
    articles, expected = MADE_UP[kind]
    assert _label(*articles) == expected


@pytest.mark.xfail(strict=True, reason="one outlet's angle still names these (round 19's reading; no rule yet)")
@pytest.mark.parametrize("kind", STILL_ANGLED)
def test_an_angle_no_other_article_tells_names_no_event(kind):
    articles, angle_word = STILL_ANGLED[kind]
    assert angle_word not in _label(*articles)
