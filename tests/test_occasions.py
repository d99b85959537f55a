"""One occasion per event: the days claims state join or part articles; an article nearer another
occasion is set apart, listed on its event as possibly another story, and compared with nothing."""
from datetime import date

import numpy as np
import pytest

from crosscheck.events import (_cut_tree, _set_apart_unclear, article_similarity, closeness_table, group_events,
                               neighbour_pairs, occasion_labels)
from crosscheck.types import Article, Claim, Line

RESIGNS = ("The governor resigned on Tuesday after the attorney general's report on harassment claims. "
           "Aides said the governor would leave office in two weeks.")
INTERVIEW = ("A woman who accused the governor of harassment spoke in a television interview on Sunday. "
             "She said the governor should leave office.")


def _pair(first_days: tuple[str, ...], second_days: tuple[str, ...]):
    day = date(2021, 8, 10)
    articles = [Article("a", "a.txt", "Ledger", "Governor resigns", day, None, (Line(1, RESIGNS),)),
                Article("b", "b.txt", "Wire", "Governor's accuser speaks", day, None, (Line(1, INTERVIEW),))]
    claims = [Claim("ca", "a", RESIGNS, 1, "Ledger", None, False, dates=first_days),
              Claim("cb", "b", INTERVIEW, 1, "Wire", None, False, dates=second_days)]
    return articles, claims, np.ones((2, 4), dtype=np.float32) / 2.0


def _together(settings, first_days, second_days, above: float) -> bool:
    settings = settings.replace(event_neighbour_bonus=0.0)  # two articles alone are each other's nearest
    articles, claims, vectors = _pair(first_days, second_days)
    plain = float(article_similarity(articles, claims, vectors, settings)[0, 1])
    labels, _ = occasion_labels(articles, claims, vectors, settings.replace(event_similarity=plain + above))
    return labels[0] == labels[1]


def test_two_articles_of_one_day_that_state_different_days_stay_apart(settings):
    assert _together(settings, (), (), above=-0.02)  # as close as they are, nothing said about when
    assert not _together(settings, ("2021-08-10",), ("2021-08-08",), above=-0.02)
    assert _together(settings, ("2021-08-10", "2021-07-01"), ("2021-08-10",), above=-0.02)


def test_a_day_both_state_joins_what_words_alone_would_not(settings):
    assert not _together(settings, (), (), above=0.03)
    assert _together(settings, ("2021-08-10",), ("2021-08-10",), above=0.03)


def test_months_years_and_yearless_days_say_nothing_about_the_occasion(settings):
    assert _together(settings, ("2021-08", "2021"), ("--08-08", "2020"), above=-0.02)


def test_an_article_nearer_another_event_is_set_apart_and_the_event_keeps_one():
    # Article 2 is as close to all of the other event (0.55, 0.5) as to all of its own (0.4, 0.35).
    closeness = np.array([[1.0, 0.6, 0.4, 0.1, 0.1],
                          [0.6, 1.0, 0.35, 0.1, 0.1],
                          [0.4, 0.35, 1.0, 0.55, 0.5],
                          [0.1, 0.1, 0.55, 1.0, 0.7],
                          [0.1, 0.1, 0.5, 0.7, 1.0]], dtype=np.float32)
    labels = np.array([1, 1, 1, 2, 2])
    margins = np.full(5, -0.05, dtype=np.float32)
    result, set_apart = _set_apart_unclear(labels, closeness, margins)
    assert set_apart == {2: 1} and len(set(result)) == 3 and result[0] == result[1] == 1
    # Close to one article of the other event only: it could not be that event's article.
    closeness[2, 4] = closeness[4, 2] = 0.1
    assert _set_apart_unclear(labels, closeness, margins)[1] == {}
    # A margin no member meets: every member but the plainest is set apart.
    result, set_apart = _set_apart_unclear(labels, closeness, np.full(5, 1.0, dtype=np.float32))
    assert sorted(set_apart) == [1, 2, 4] and result[0] == 1 and result[3] == 2


def test_an_event_lists_what_it_set_apart_and_compares_it_with_nothing(settings):
    from crosscheck.cluster import cluster
    from crosscheck.report import render_markdown
    from crosscheck.types import Corpus, claims_by_event

    articles, claims, vectors = _pair(("2021-08-10",), ("2021-08-10",))
    later = "Floods closed the coast road for a week."  # weeks later: an occasion of its own
    articles.append(Article("c", "c.txt", "Coast", "Floods", date(2021, 9, 30), None, (Line(1, later),)))
    claims.append(Claim("cc", "c", later, 1, "Coast", None, False))
    vectors = np.vstack([vectors, np.full((1, 4), 0.5, dtype=np.float32)])
    loose = settings.replace(event_similarity=-1.0, event_unsure_margin=10.0)  # all pairs pass; none is plain
    events = group_events(articles, claims, vectors, loose)
    assert len(events) == 3
    kept = next(e for e in events if e.unsure)
    assert len(kept.article_ids) == 1 and kept.unsure[0] not in kept.article_ids
    clustering = cluster(articles, claims, vectors, loose)
    by_event = claims_by_event(clustering.events, claims)
    for event in clustering.events:
        assert {c.article_id for c in by_event[event.id]} <= set(event.article_ids)
    text = render_markdown(Corpus(tuple(articles), tuple(claims), clustering, ()))
    apart = articles[0] if kept.unsure[0] == "a" else articles[1]
    assert f"Possibly another story, not compared: {apart.outlet}" in text


@pytest.mark.parametrize("margin", [0.0, 0.1])
def test_one_story_told_twice_beside_another_is_not_set_apart(settings, margin):
    day = date(2021, 8, 10)
    other = "Floods closed the coast road on Tuesday and rescuers pulled families from their homes."
    articles = [Article(k, f"{k}.txt", k, "Governor resigns", day, None, (Line(1, RESIGNS),)) for k in "ab"]
    articles.append(Article("c", "c.txt", "c", "Floods close the coast road", day, None, (Line(1, other),)))
    claims = [Claim(f"c{k}", k, RESIGNS, 1, k, None, False, dates=("2021-08-10",)) for k in "ab"]
    claims.append(Claim("cc", "c", other, 1, "c", None, False))
    vectors = np.array([[1, 0, 0, 0], [1, 0, 0, 0], [0, 1, 0, 0]], dtype=np.float32)
    labels, set_apart = occasion_labels(articles, claims, vectors, settings.replace(event_unsure_margin=margin))
    assert labels[0] == labels[1] != labels[2] and not set_apart


def _events_of(closeness: list[list[float]], settings) -> list[int]:
    from scipy.cluster.hierarchy import linkage
    from scipy.spatial.distance import squareform

    distance = 1.0 - np.array(closeness)
    np.fill_diagonal(distance, 0.0)
    return list(_cut_tree(linkage(squareform(distance), method="complete"), settings))


def test_two_tight_groups_only_loosely_alike_stay_two_occasions(settings):
    # A jobs report told by two outlets (0.6) and the weekly jobless claims by two others (0.55):
    # every pair across passes the threshold (0.3), but far less close than either group is inside.
    closeness = [[1.0, 0.6, 0.3, 0.3],
                 [0.6, 1.0, 0.3, 0.3],
                 [0.3, 0.3, 1.0, 0.55],
                 [0.3, 0.3, 0.55, 1.0]]
    strict = settings.replace(event_similarity=0.2)
    first, second, third, fourth = _events_of(closeness, strict)
    assert first == second != third == fourth
    assert len(set(_events_of(closeness, strict.replace(event_cohesion_ratio=0.0)))) == 1
    # Nearly as close across as inside: one occasion.
    closeness = [[c if c != 0.3 else 0.5 for c in row] for row in closeness]
    assert len(set(_events_of(closeness, strict))) == 1


def test_a_single_article_joins_a_group_by_the_threshold_alone(settings):
    closeness = [[1.0, 0.9, 0.3],
                 [0.9, 1.0, 0.3],
                 [0.3, 0.3, 1.0]]
    assert len(set(_events_of(closeness, settings.replace(event_similarity=0.2)))) == 1
    assert len(set(_events_of(closeness, settings.replace(event_similarity=0.35)))) == 2


# -- the occasion's day: the day the ledes say it happened --------------------------------------------

def _dated(aid: str, published: date, *lede: str) -> tuple[Article, list]:
    from dataclasses import replace

    from crosscheck.claims import claim_from_text

    lines = tuple(Line(n, text) for n, text in enumerate(lede, 1))
    claims = [replace(claim_from_text(text, published), id=f"{aid}{n}", article_id=aid, line=n)
              for n, text in enumerate(lede, 1)]
    return Article(aid, f"{aid}.txt", "Wire", "Storm", published, None, lines), claims


def test_an_event_is_dated_by_the_day_its_ledes_say_it_happened_not_the_day_it_was_published():
    from crosscheck.events import happening_day, occasion_date

    tuesday, week = date(2021, 8, 17), 7
    told, claims = _dated("a", tuesday, "The court on Monday struck down the state's ban on evictions.")
    assert happening_day(told, claims, week) == date(2021, 8, 16)
    meeting, claims = _dated("m", tuesday, "Their hour-long conversation with the premier on Monday ended a year of silence.")
    assert happening_day(meeting, claims, week) == date(2021, 8, 16)
    # a plan is no happening, and neither is a day weeks before the article
    plan, claims = _dated("b", tuesday, "The two ministers will meet in Geneva on Friday, officials said.")
    assert happening_day(plan, claims, week) == tuesday
    old, claims = _dated("c", tuesday, "The dam burst on July 2, flooding three villages.")
    assert happening_day(old, claims, week) == tuesday
    # the day of the storm's landfall, which the verbs date, not the earthquake's, which only a noun does
    quake, quake_claims = _dated("d", tuesday, "A tropical storm dumped heavy rain on the towns where an earthquake "
                                 "on Saturday killed hundreds.", "The storm hit the coast late Monday, officials said.")
    landfall, landfall_claims = _dated("e", tuesday, "The storm struck the island on Monday as it recovered from a "
                                       "massive earthquake.")
    assert happening_day(quake, quake_claims, week) == date(2021, 8, 16)
    assert occasion_date([quake, landfall], {"d": quake_claims, "e": landfall_claims}, week) == date(2021, 8, 16)


def _week(days: list[int | None]) -> list[Article]:
    """Articles published the given number of days after 1 August 2021 (None: undated)."""
    return [Article(f"a{i}", f"a{i}.txt", "Wire", f"Piece {i}", date(2021, 8, 1 + day) if day is not None else None,
                    None, (Line(1, "Text."),)) for i, day in enumerate(days)]


def _neighbour_pairs(similarity, days, settings) -> set[tuple[int, int]]:
    found = neighbour_pairs(np.array(similarity, dtype=np.float32), _week(days), settings)
    return {(int(a), int(b)) for a, b in zip(found.row, found.col) if a < b}


def test_two_pieces_of_one_day_that_are_each_others_nearest_gain_on_a_quiet_day(settings):
    # Two outlets' pieces on one occasion (0, 1), an unrelated piece (2): 0 and 1 are each other's
    # nearest, so their closeness gains although their words are only fairly alike.
    quiet = [[1.0, 0.4, 0.1],
             [0.4, 1.0, 0.1],
             [0.1, 0.1, 1.0]]
    assert (0, 1) in _neighbour_pairs(quiet, [0, 0, 1], settings)
    # A follow-up days later is one occasion only when it tells the same happening: no gain for rank.
    assert (0, 1) not in _neighbour_pairs(quiet, [0, 2, 1], settings)
    assert not _neighbour_pairs(quiet, [0, None, 0], settings) & {(0, 1), (1, 2)}  # an undated piece has no rank


def test_undated_pieces_count_among_a_dated_articles_neighbours_but_gain_nothing(settings):
    # Two undated pieces (2, 3) are nearer the report (0) than another outlet's (1) is: they could be
    # of that day, so 1 is not among the report's two nearest.
    similarity = [[1.0, 0.4, 0.5, 0.45],
                  [0.4, 1.0, 0.1, 0.1],
                  [0.5, 0.1, 1.0, 0.6],
                  [0.45, 0.1, 0.6, 1.0]]
    assert not _neighbour_pairs(similarity, [0, 0, None, None], settings)
    assert (0, 1) in _neighbour_pairs(similarity, [0, 0, 20, 20], settings)  # weeks away: no competitors


def test_on_a_busy_week_pieces_nearer_the_first_report_keep_the_follow_up_from_gaining(settings):
    # Two pieces on the first report's subject (2, 3) come between it and another outlet's (1).
    busy = [[1.0, 0.4, 0.5, 0.45],
            [0.4, 1.0, 0.1, 0.1],
            [0.5, 0.1, 1.0, 0.6],
            [0.45, 0.1, 0.6, 1.0]]
    pairs = _neighbour_pairs(busy, [0, 0, 0, 0], settings)
    assert (0, 1) not in pairs and {(0, 2), (0, 3), (2, 3)} <= pairs


def test_a_third_outlet_gains_with_both_of_a_pair_that_is_its_mutual_neighbours(settings):
    # 0 and 1 tell one occasion alike; 2, a third outlet's angle, is the mutual neighbour of 1 only
    # (0's two nearest are 1 and 3), yet 0 and 2 are each among the other's four nearest.
    similarity = [[1.0, 0.6, 0.3, 0.35, 0.1],
                  [0.6, 1.0, 0.4, 0.1, 0.1],
                  [0.3, 0.4, 1.0, 0.1, 0.2],
                  [0.35, 0.1, 0.1, 1.0, 0.5],
                  [0.1, 0.1, 0.2, 0.5, 1.0]]
    assert {(0, 1), (1, 2), (0, 2)} <= _neighbour_pairs(similarity, [0, 0, 0, 1, 2], settings)
    # Without a common mutual neighbour, being among each other's four nearest is not enough.
    assert (0, 2) not in _neighbour_pairs(similarity, [0, 0, 0, 1, 2],
                                          settings.replace(event_common_neighbour_rank=2))


def test_near_neighbours_gain_the_bonus_in_the_closeness_table(settings):
    articles, claims, vectors = _pair((), ())
    plain = closeness_table(articles, claims, vectors, settings.replace(event_neighbour_bonus=0.0))[0, 1]
    gained = closeness_table(articles, claims, vectors, settings)[0, 1]
    assert gained == pytest.approx(plain + settings.event_neighbour_bonus)
