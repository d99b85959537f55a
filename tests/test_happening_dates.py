"""The day an event label gives is the day of the happening its headline names (issue 18, `events.told_day`): read from
the lede claims whose doer the headline names, not from another's act the ledes date beside it (a charge a day
before the reply, a minister's update beside the president's remarks)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from crosscheck.claims import claim_from_text
from crosscheck.config import Settings
from crosscheck.events import dated_names
from crosscheck.types import Article, Line

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY = (date(2024, 3, d) for d in (4, 5, 6, 7, 8, 9))


def _event(*pieces: tuple[str, str, date, list[str]]) -> tuple[list[Article], list]:
    """An event's articles, each (outlet, title, publication day, lede sentences), and their claims."""
    articles, claims = [], []
    for n, (outlet, title, published, lede) in enumerate(pieces):
        aid = f"a{n}"
        articles.append(Article(aid, f"{aid}.txt", outlet, title, published, None,
                                tuple(Line(k, text) for k, text in enumerate(lede, 1))))
        claims += [replace(c, id=f"{aid}-{k}-{m}", article_id=aid, line=k) for k, text in enumerate(lede, 1)
                   for m, c in enumerate([claim_from_text(text, published)])]
    return articles, claims


def labelled(articles, claims) -> str:
    claims_of = {a.id: [c for c in claims if c.article_id == a.id] for a in articles}
    names, _ = dated_names([articles], claims, claims_of, articles, Settings())
    return names[0]


CHARGE_MONDAY = ("Eastport Mayor Dana Voss said Monday that the Harbour Authority is spying on her office and reading "
                 "her emails.")


@pytest.mark.parametrize("reply, charge", [
    # the reply undated, the charge dated in the same lede
    ("The Eastport Harbour Authority has hit back at claims by Mayor Dana Voss that it spied on her office.",
     "On Monday Voss said a clerk had told her the authority was reading her emails."),
    # the charge's attribution last
    ("The Eastport Harbour Authority has hit back at claims by Mayor Dana Voss that it spied on her office.",
     "A clerk had told her the authority was reading her emails, Voss said on Monday."),
])
def test_a_reply_is_not_dated_by_the_charge_it_answers(reply, charge):
    articles, claims = _event(
        ("Coast Wire", "Harbour Authority hits back at claims it spied on Eastport mayor", WEDNESDAY, [reply, charge]),
        ("Eastport Ledger", "Mayor Voss: the harbour is spying on my office", WEDNESDAY, [CHARGE_MONDAY]))
    assert labelled(articles, claims) == "Harbour Authority hits back at claims it spied on Eastport mayor, 6 Mar 2024"


def test_a_dated_reply_gives_its_day_though_more_ledes_date_the_charge():
    articles, claims = _event(
        ("Coast Wire", "Harbour Authority denies spying on Eastport mayor", WEDNESDAY,
         ["The Eastport Harbour Authority on Tuesday denied that it had spied on the office of Mayor Dana Voss."]),
        ("Eastport Ledger", "Mayor says harbour officials read her emails", WEDNESDAY, [CHARGE_MONDAY]),
        ("Valley Times", "Eastport mayor alleges spying by harbour officials", WEDNESDAY, [CHARGE_MONDAY]))
    assert labelled(articles, claims).endswith(", 5 Mar 2024")


def test_a_saying_is_not_dated_by_another_official_s_update():
    articles, claims = _event(
        ("Coast Wire", "Saboteurs behind the Northland riots, says Okafor", FRIDAY,
         ["Speaking to reporters in the worst-hit towns, President Ada Okafor said the police had identified the men "
          "who planned the riots."]),
        ("Northland Post", "Northland unrest: death toll rises to 40", FRIDAY,
         ["Interior minister Ben Tamsin said on Thursday afternoon that 40 people had died in the unrest."]))
    assert labelled(articles, claims).endswith(", 8 Mar 2024")


@pytest.mark.parametrize("lede", [
    "The National Health Agency on Wednesday approved the first malaria pill for children.",
    "The first malaria pill for children was approved by the National Health Agency on Wednesday.",
])
def test_a_short_form_names_the_doer_its_lede_names_in_full(lede):
    articles, claims = _event(
        ("Coast Wire", "NHA approves first malaria pill for children", THURSDAY, [lede]),
        ("Valley Times", "NHA approves malaria pill for children", THURSDAY,
         ["Health minister Ben Tamsin said on Thursday that the pill would reach clinics in May."]))
    assert labelled(articles, claims).endswith(", 6 Mar 2024")


def test_a_dated_claim_of_no_named_doer_may_tell_the_same_happening():
    articles, claims = _event(
        ("Coast Wire", "Harbour Authority hits back at claims it spied on Eastport mayor", WEDNESDAY,
         ["The Eastport Harbour Authority has hit back at claims that it spied on the mayor's office.",
          "The agency said Tuesday that it had never read her emails."]),
        ("Eastport Ledger", "Harbour agency denies spying", WEDNESDAY,
         ["The agency said Tuesday that it had never read the mayor's emails."]))
    assert labelled(articles, claims).endswith(", 5 Mar 2024")


def test_a_forecast_tells_nothing_of_when_the_storm_struck():
    articles, claims = _event(
        ("Coast Wire", "Tropical Storm Mara strikes Northland", WEDNESDAY,
         ["Officials in Northland raised the death toll from the weekend floods to 40 on Wednesday.",
          "Tropical Storm Mara was expected to dump ten inches of rain on the coast, forecasters said."]),
        ("Valley Times", "Storm hits flood-ravaged Northland", WEDNESDAY,
         ["Northland was struck by the season's first tropical storm on Tuesday as the country recovers from floods."]))
    assert labelled(articles, claims).endswith(", 5 Mar 2024")


@pytest.mark.parametrize("report", [
    "The Daily Ledger reported Monday that Senator Ruth Velde has told the White House she will block the harbour bill.",
    "Senator Ruth Velde will block the harbour bill, the Daily Ledger reported on Monday.",
])
def test_a_paper_s_report_of_the_doer_s_act_dates_it(report):
    articles, claims = _event(
        ("Coast Wire", "Ruth Velde demands harbour money stripped from budget bill", THURSDAY, [report]),
        ("Valley Times", "Velde's objections to harbour plan could sink it", THURSDAY,
         ["Senator Ruth Velde offered her colleagues little hope after she demanded that the harbour money go."]))
    assert labelled(articles, claims).endswith(", 4 Mar 2024")


def test_a_spokesman_s_announcement_of_the_doer_s_act_dates_it():
    articles, claims = _event(
        ("Coast Wire", "Governor Lind cancels trip to Dover", WEDNESDAY,
         ["Governor Mara Lind canceled a trip to Dover planned for Thursday, her office said Tuesday."]),
        ("Valley Times", "Lind stays in the capital as budget talks stall", WEDNESDAY,
         ["Governor Mara Lind met two key senators at her office, but the talks yielded nothing."]))
    assert labelled(articles, claims).endswith(", 5 Mar 2024")


# Events with a column or a feature beside the reports: the label is a report's headline, dated by its happening.
# Before this rule the first was dated by the charge (4 Mar); the other three were named and dated so already.
@pytest.mark.parametrize("pieces, expected", [
    ([("Eastport Ledger", "Voss accuses harbour agency of spying on her office", TUESDAY, [CHARGE_MONDAY]),
      ("Coast Wire", "Harbour Authority denies spying on Eastport mayor", WEDNESDAY,
       ["The Eastport Harbour Authority on Tuesday denied that it had spied on the office of Mayor Dana Voss."]),
      ("Valley Times (Opinion)", "Eastport's spying row shows a city at war with itself", WEDNESDAY,
       ["Nobody in Eastport comes out of this week's row between the mayor and the harbour well."])],
     "Harbour Authority denies spying on Eastport mayor, 5 Mar 2024"),
    ([("Coast Wire", "Senate passes harbour bill", WEDNESDAY,
       ["The Northland Senate on Tuesday passed a $2 billion harbour bill by 51 votes to 49."]),
      ("Daily Ledger (Opinion)", "The harbour bill is a gift to developers", WEDNESDAY,
       ["The harbour bill the Senate passed this week hands the waterfront to the developers who paid for it."]),
      ("Valley Times", "Harbour bill heads to governor after Senate vote", WEDNESDAY,
       ["A $2 billion harbour bill passed the Senate on Tuesday and now goes to Governor Mara Lind."])],
     "Senate passes harbour bill, 5 Mar 2024"),
    ([("Valley Times", "Inside the long night Lind's office spent saving the budget", SATURDAY,
       ["It was nearly midnight when the last senator agreed to the deal that Governor Mara Lind's aides had chased "
        "all week."]),
      ("Coast Wire", "Governor Lind signs state budget", SATURDAY,
       ["Governor Mara Lind signed the state budget on Friday night, hours before the deadline."])],
     "Governor Lind signs state budget, 8 Mar 2024"),
    ([("Coast Wire", "Lind meets families of drowned fishermen", MONDAY,
       ["Governor Mara Lind met the families of the eleven fishermen lost off Dover on Sunday."]),
      ("Eastport Ledger", "Lind meets with grieving widow of drowned skipper", MONDAY,
       ["Governor Mara Lind met with the widow of the skipper of the Northern Star on Sunday, the paper learned."]),
      ("Valley Times", "Governor comforts fishermen's families at Dover", MONDAY,
       ["Governor Mara Lind spent Sunday at Dover with the families of the eleven fishermen lost at sea."])],
     "Lind meets families of drowned fishermen, 3 Mar 2024"),
])
def test_a_report_beside_a_column_or_a_detail_names_and_dates_the_event(pieces, expected):
    assert labelled(*_event(*pieces)) == expected
