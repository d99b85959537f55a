"""Findings only within an occasion: an article of another day is compared with a report only when it states
a happening of the report's (`CorpusIndex.same_occasion`, `occasion_follow_up_days`)."""
from datetime import date, timedelta

import pytest

from crosscheck.compare import compare
from crosscheck.compare.omissions import CorpusIndex
from crosscheck.types import Article, Claim, ClaimGroup, Clustering, Event, Kind, Line, Quantity, Topic

TUESDAY = date(2026, 3, 10)
REPORT = [("The Senate passed the harbour budget on Tuesday after a long debate.", "pass"),
          ("The budget sets aside 40 million dollars for new cranes.", "set")]
SAME_DAY_STORY = [("Senators approved the harbour budget on Tuesday.", "approve")]
# A follow-up days later that tells the same happening, in other words: passive, attribution last or first.
FOLLOW_UPS = {
    "passive, attribution last": [("The harbour budget was approved by the Senate on Tuesday, port officials said.",
                                   "approve"), ("Work on the cranes will start in the summer.", "start")],
    "attribution first": [("Port officials said the Senate approved the harbour budget on Tuesday.", "approve")],
    "relative clause": [("The harbour budget, which the Senate passed on Tuesday, now goes to the governor.", "pass")],
}
# Pieces of other days on the same subject that report none of its happenings.
OTHER_OCCASIONS = {
    "a round-up of views": [
        ("The harbour budget fight shows how little the Senate trusts the port authority.", "show")],
    "a next-day story on the same subject": [
        ("The Senate confirmed a new director for the harbour authority.", "confirm")],
}


def _index(embedder, settings, other, days_later):
    articles = [Article("report", "/c/report.txt", "Ledger", "Senate passes harbour budget", TUESDAY, None,
                        (Line(1, "x"),)),
                Article("other", "/c/other.txt", "Courier", "Harbour budget",
                        None if days_later is None else TUESDAY + timedelta(days=days_later), None, (Line(1, "x"),))]
    claims = [Claim(f"report{n}", "report", text, n + 1, "Ledger", None, False, predicate=verb)
              for n, (text, verb) in enumerate(REPORT)]
    claims += [Claim(f"other{n}", "other", text, n + 1, "Courier", None, False, predicate=verb)
               for n, (text, verb) in enumerate(other)]
    vectors = embedder.embed([c.text for c in claims])
    ids = tuple(c.id for c in claims)
    event = Event("e1", "harbour budget", ("report", "other"), TUESDAY)
    clustering = Clustering((event,), (Topic("t1", "budget", "e1", ids),), (), {c: "t1" for c in ids})
    return CorpusIndex(articles, claims, vectors, clustering, settings, {})


@pytest.mark.parametrize("phrasing", sorted(FOLLOW_UPS))
def test_a_follow_up_days_later_that_tells_the_same_happening_is_the_same_occasion(embedder, settings, phrasing):
    assert _index(embedder, settings, FOLLOW_UPS[phrasing], days_later=3).same_occasion("report", "other")


@pytest.mark.parametrize("kind", sorted(OTHER_OCCASIONS))
def test_a_piece_of_another_day_on_the_subject_is_another_occasion(embedder, settings, kind):
    index = _index(embedder, settings, OTHER_OCCASIONS[kind], days_later=3)
    assert index._lede_closeness("other", "report") >= settings.occasion_lede_similarity  # the lede alone lets it in
    assert not index.same_occasion("report", "other")


@pytest.mark.parametrize("days_later", [0, 1, None])
def test_a_piece_of_the_same_day_or_undated_is_read_by_its_lede_alone(embedder, settings, days_later):
    index = _index(embedder, settings, OTHER_OCCASIONS["a round-up of views"], days_later=days_later)
    assert index.same_occasion("report", "other")


def test_an_outlet_of_another_day_with_no_happening_in_common_is_not_named_absent(embedder, settings):
    """A report, a second report of the same day, and a round-up of views three days later: the round-up is
    listed as possibly another story, not as leaving out the cranes' figure."""
    articles = [Article("report", "/c/1.txt", "Ledger", "Senate passes harbour budget", TUESDAY, None, (Line(1, "x"),)),
                Article("wire", "/c/2.txt", "Wire", "Harbour budget approved", TUESDAY, None, (Line(1, "x"),)),
                Article("roundup", "/c/3.txt", "Courier", "Views on the harbour", TUESDAY + timedelta(days=3), None,
                        (Line(1, "x"),))]
    told = {"report": REPORT, "wire": SAME_DAY_STORY + [("It gives 40 million dollars to new cranes.", "give")],
            "roundup": OTHER_OCCASIONS["a round-up of views"]}
    claims = [Claim(f"{aid}{n}", aid, text, n + 1, article.outlet, None, False, predicate=verb)
              for article in articles for aid in [article.id] for n, (text, verb) in enumerate(told[aid])]
    cranes = Quantity(40e6, "USD", "crane", None, "40 million dollars", predicate="set")
    claims = [c if "40 million" not in c.text else Claim(c.id, c.article_id, c.text, c.line, c.voice, None, False,
                                                          predicate=c.predicate, numbers=(cranes,)) for c in claims]
    vectors = embedder.embed([c.text for c in claims])
    ids = tuple(c.id for c in claims)
    event = Event("e1", "harbour budget", tuple(a.id for a in articles), TUESDAY)
    groups = (ClaimGroup("g1", "e1", ("report1", "wire1")),)
    clustering = Clustering((event,), (Topic("t1", "budget", "e1", ids),), groups, {c: "t1" for c in ids})
    omissions = [f for f in compare(articles, claims, vectors, clustering, settings, {}) if f.kind is Kind.OMIT
                 and f.level == "outlet"]
    assert [f.absent for f in omissions] == []
    with_days_ignored = settings.replace(occasion_follow_up_days=10_000)
    omissions = [f for f in compare(articles, claims, vectors, clustering, with_days_ignored, {})
                 if f.kind is Kind.OMIT and f.level == "outlet"]
    assert [f.absent for f in omissions] == [("Courier",)]
