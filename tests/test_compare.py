import pytest

from crosscheck.compare import claim_from_text, judge


def verdict(embedder, settings, a, b):
    vectors = embedder.embed([a, b])
    return judge(claim_from_text(a), claim_from_text(b), float(vectors[0] @ vectors[1]), settings)


def test_different_quantities_are_no_conflict(embedder, settings):
    result = verdict(embedder, settings, "China will buy 12 million tons of soybeans by year-end.",
                     "China will buy 25 million tons of soybeans in 2026.")
    assert not result.contradiction and result.relation != "differ"


def test_certainty_difference_is_not_a_contradiction(embedder, settings):
    result = verdict(embedder, settings, "US tariffs on Chinese imports reached 145 percent.",
                     "US tariffs on Chinese imports could rise to 155 percent.")
    assert result.relation == "differ" and not result.contradiction
    assert "145 percent" in result.reason and "155 percent" in result.reason


def test_conflicting_figures_are_a_contradiction(embedder, settings):
    result = verdict(embedder, settings, "The bridge cost $40 million to build.", "The bridge cost $55 million to build.")
    assert result.contradiction and result.reason == "numbers differ: $40 million vs $55 million"


def test_negation_is_a_contradiction(embedder, settings):
    result = verdict(embedder, settings, "The minister confirmed the meeting.", "The minister did not confirm the meeting.")
    assert result.contradiction and "negates" in result.reason


@pytest.mark.parametrize("a, b", [("The cat sat on the mat.", "Parliament passed the budget on Tuesday.")])
def test_unrelated_statements(embedder, settings, a, b):
    result = verdict(embedder, settings, a, b)
    assert not result.same_fact and result.relation == "unrelated"


def test_the_overlap_matrix_agrees_with_the_pairwise_overlap():
    from crosscheck.compare import _overlap_matrix, word_overlap

    texts = ["Trump is set to visit China in April.", "Trump's statement confirmed a visit to China in April, "
             "with Xi to visit Washington later.", "Café owners said costs rose 4%.", "", "!!!"]
    matrix = _overlap_matrix(texts)
    for i, a in enumerate(texts):
        for j, b in enumerate(texts):
            assert abs(matrix[i, j] - word_overlap(a, b)) < 1e-9, (a, b)
