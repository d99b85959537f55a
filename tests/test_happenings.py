"""What happened: two groups of articles are one occasion only when an article of each states a happening
of the other's (the same predicate, or one of its synonyms, in claims alike in meaning); same-day pieces
about the same people that report different happenings stay apart."""
from datetime import date

import numpy as np
import pytest

from crosscheck.events import _cut_tree, _set_apart_unclear, occasion_labels
from crosscheck.happenings import Happenings, shared_happenings
from crosscheck.types import Article, Claim, Line

DAY = date(2021, 8, 11)

# One happening in four phrasings (active, passive with the source last, source first, a title-like
# fragment's full sentence), and a different happening of the same plan two days before.
PASSED = ("The Senate passed the $3.5 trillion budget plan early Wednesday after an all-night session.",
          "The $3.5 trillion budget plan was approved by the Senate early Wednesday, party leaders said.",
          "Party leaders said the Senate approved the $3.5 trillion budget plan early on Wednesday.")
RELEASED = ("Senate Democrats released their $3.5 trillion budget plan on Monday.",
            "On Monday Senate Democrats unveiled a $3.5 trillion budget plan.")


def _articles(texts: tuple[str, ...]) -> list[Article]:
    return [Article(f"a{n}", f"a{n}.txt", f"Outlet {n}", "Budget plan", DAY, None, (Line(1, text),))
            for n, text in enumerate(texts)]


@pytest.fixture(scope="module")
def budget(embedder, settings):
    """The five articles read by the claims stage and embedded by the real model."""
    from crosscheck.claims import extract_claims
    from crosscheck.embed import embed_texts
    from crosscheck.voices import load_voicebook

    articles = _articles(PASSED + RELEASED)
    claims = extract_claims(articles, load_voicebook())
    vectors, _ = embed_texts([c.text for c in claims], embedder, settings)
    return articles, claims, vectors


def test_one_happening_told_in_other_words_is_shared(budget, settings):
    articles, claims, vectors = budget
    table = shared_happenings(articles, claims, vectors, settings).toarray()
    passed = range(len(PASSED))
    assert all(table[i, j] for i in passed for j in passed if i != j)  # "passed", "was approved by", "said ... approved"
    assert not table[:len(PASSED), len(PASSED):].any()  # a plan passed is not a plan released
    assert not table.diagonal().any()


def test_saying_and_light_verbs_state_no_happening(settings):
    articles = _articles(("x", "y"))
    vectors = np.ones((2, 4), dtype=np.float32) / 2.0  # identical meaning
    for predicate in ("say", "argue", "be", "have"):
        claims = [Claim(f"c{n}", f"a{n}", "x", 1, "O", None, False, predicate=predicate) for n in range(2)]
        assert shared_happenings(articles, claims, vectors, settings).nnz == 0, predicate
    claims = [Claim("c0", "a0", "x", 1, "O", None, False, predicate="pass"),
              Claim("c1", "a1", "y", 1, "O", None, False, predicate="approve")]  # one synonym group
    assert shared_happenings(articles, claims, vectors, settings).nnz == 2
    apart = np.array([[1, 0, 0, 0], [0, 1, 0, 0]], dtype=np.float32)  # the same verb, unrelated claims
    assert shared_happenings(articles, claims, apart, settings).nnz == 0


def _events(closeness: list[list[float]], settings, happenings=()) -> list[int]:
    """Events of articles as close as `closeness` says, each with one claim; the articles of each pair
    in `happenings` report one happening ("passed" / "approved" in alike claims), the others none."""
    from scipy.cluster.hierarchy import linkage
    from scipy.spatial.distance import squareform

    distance = 1.0 - np.array(closeness)
    np.fill_diagonal(distance, 0.0)
    n = len(closeness)
    articles = _articles(tuple("x" * n))
    vectors = np.eye(n, dtype=np.float32)
    predicates = ["be"] * n
    for k, (one, other) in enumerate(happenings):
        vectors[other] = vectors[one]
        predicates[one], predicates[other] = ("pass", "approve") if k % 2 == 0 else ("resign", "resign")
    claims = [Claim(f"c{i}", f"a{i}", "x", 1, "O", None, False, predicate=predicates[i]) for i in range(n)]
    return list(_cut_tree(linkage(squareform(distance), method="complete"), settings,
                          Happenings(articles, claims, vectors, settings)))


def test_two_groups_join_only_over_a_happening_in_common(settings):
    # Two pairs of outlets, as close across (0.5) as the cohesion ratio allows (0.6 x 0.6 inside).
    closeness = [[1.0, 0.6, 0.5, 0.5],
                 [0.6, 1.0, 0.5, 0.5],
                 [0.5, 0.5, 1.0, 0.65],
                 [0.5, 0.5, 0.65, 1.0]]
    loose = settings.replace(event_similarity=0.2)
    first, second, third, fourth = _events(closeness, loose)
    assert first == second != third == fourth
    assert len(set(_events(closeness, loose, [(1, 2)]))) == 1
    # A happening inside a group says nothing about joining the other.
    assert len(set(_events(closeness, loose, [(0, 1), (2, 3)]))) == 2


def test_a_single_article_joins_without_a_happening_in_common(settings):
    closeness = [[1.0, 0.9, 0.3],
                 [0.9, 1.0, 0.3],
                 [0.3, 0.3, 1.0]]
    assert len(set(_events(closeness, settings.replace(event_similarity=0.2)))) == 1


def test_same_day_reports_of_one_plan_passed_and_released_stay_two_occasions(budget, settings):
    articles, claims, vectors = budget
    # Every pair passes (the threshold is far below), so only what happened tells the occasions apart.
    loose = settings.replace(event_similarity=-1.0, event_cohesion_ratio=0.0, event_unsure_margin=-10.0)
    labels, _ = occasion_labels(articles, claims, vectors, loose)
    assert len(set(labels[:len(PASSED)])) == 1 and len(set(labels[len(PASSED):])) == 1
    assert labels[0] != labels[-1]


def test_an_interloper_is_set_apart_in_place_of_the_reports_it_made_unclear(budget, settings):
    """Three reports of the plan passed (active, passive with the source last, source first) and a
    piece on the plan released that joined them by words on a crowded day: every report's least
    close member. Against it the reports look no closer to their event than to the next one, so
    they were set apart and the interloper kept; judged without it, they are plainly one occasion."""
    articles, claims, vectors = budget  # 0-2: passed; 3: released (the interloper); 4: released (another event)
    closeness = np.array([[1.0, 0.6, 0.6, 0.3, 0.28],
                          [0.6, 1.0, 0.6, 0.3, 0.28],
                          [0.6, 0.6, 1.0, 0.3, 0.28],
                          [0.3, 0.3, 0.3, 1.0, 0.2],
                          [0.28, 0.28, 0.28, 0.2, 1.0]], dtype=np.float32)
    labels = np.array([1, 1, 1, 1, 2])
    margins = np.full(5, settings.event_unsure_margin, dtype=np.float32)
    dated = np.zeros(5, dtype=bool)
    happenings = Happenings(articles, claims, vectors, settings)
    assert sorted(_set_apart_unclear(labels, closeness, margins, dated)[1]) == [0, 1, 2]  # without what happened
    result, apart = _set_apart_unclear(labels, closeness, margins, dated, happenings)
    assert apart == {3: 1} and result[0] == result[1] == result[2] == 1 != result[3]
    # Not every report's least close member: no interloper, the reports are judged as before.
    closeness[0, 1] = closeness[1, 0] = 0.25
    assert 3 not in _set_apart_unclear(labels, closeness, margins, dated, happenings)[1]


def test_a_member_telling_the_happening_is_no_interloper(budget, settings):
    articles, claims, vectors = budget
    # Article 2 (the plan passed, told with its source first) is every other report's least close.
    closeness = np.array([[1.0, 0.6, 0.3, 0.28],
                          [0.6, 1.0, 0.3, 0.28],
                          [0.3, 0.3, 1.0, 0.2],
                          [0.28, 0.28, 0.2, 1.0]], dtype=np.float32)
    labels = np.array([1, 1, 1, 2])
    margins = np.full(4, settings.event_unsure_margin, dtype=np.float32)
    happenings = Happenings(articles[:4], [c for c in claims if c.article_id != "a4"], vectors[[
        i for i, c in enumerate(claims) if c.article_id != "a4"]], settings)
    apart = _set_apart_unclear(labels, closeness, margins, np.zeros(4, dtype=bool), happenings)[1]
    assert 2 not in apart and sorted(apart) == [0, 1]


# A sentence whose relative clause the claims stage tells apart as a claim of its own (its end cut off, or
# set off inside the sentence, which stays whole), phrased other ways, and sentences cut for other reasons.
TOLD_APART = [
    (("Florida Gov. Ron DeSantis signed a law on Tuesday banning transgender athletes from girls' sports, which "
      "opponents have said would hurt young athletes."), [False, True]),
    (("The law, which opponents have said is deeply discriminatory, was signed by Florida Gov. Ron DeSantis on "
      "Tuesday."), [False, True]),
    ("Opponents said the law that DeSantis signed on Tuesday is deeply discriminatory.", [False]),
    ("Florida Gov. Ron DeSantis signed the law on Tuesday. Critics, who rallied outside, condemned it.", [False, False]),
    ("DeSantis signed the law on Tuesday, but critics condemned it as discriminatory.", [False, False]),
]


@pytest.fixture(scope="module")
def told_apart(embedder, settings):
    """The sentences above read by the claims stage (one article each) and embedded by the real model."""
    from crosscheck.claims import extract_claims
    from crosscheck.embed import embed_texts
    from crosscheck.voices import load_voicebook

    articles = _articles(tuple(text for text, _ in TOLD_APART))
    claims = extract_claims(articles, load_voicebook())
    vectors, _ = embed_texts([c.text for c in claims], embedder, settings)
    return articles, claims, vectors


def test_a_relative_clause_told_apart_is_known_as_its_sentences(told_apart):
    from crosscheck.happenings import clauses_told_apart

    articles, claims, _ = told_apart
    flags = clauses_told_apart(claims)
    for article, (text, expected) in zip(articles, TOLD_APART):
        assert [bool(f) for c, f in zip(claims, flags) if c.article_id == article.id] == expected, text
    inside = clauses_told_apart(claims, inside=True)  # only the clause set off inside its sentence repeats its words
    assert [c.text for c, f in zip(claims, inside) if f] == ["which opponents have said is deeply discriminatory"]


def test_a_clause_told_apart_moves_no_meaning_and_states_no_happening(told_apart, settings):
    from crosscheck.events import _mean_vectors

    articles, claims, vectors = told_apart
    means = _mean_vectors(articles, claims, vectors)
    first = [n for n, c in enumerate(claims) if c.article_id == articles[0].id]
    assert np.allclose(means[0], vectors[first[0]] / np.linalg.norm(vectors[first[0]]), atol=1e-5)  # the main claim's
    happenings = Happenings(articles, claims, vectors, settings)
    # "signed" is what happened; the clause's "hurt" would be a happening too, were it not set apart
    assert happenings.keys[first[0]] and not happenings.keys[first[1]]
    assert happenings.rows[0] == [first[0]]
