"""What a run takes from scikit-learn is done without importing it, to the last bit: TF-IDF rows,
word overlaps, agglomerative clusters and the stop words (scikit-learn is installed with
sentence-transformers, so these tests hold the two equal)."""
import numpy as np
import pytest
from hypothesis import given, settings as hypothesis_settings
from hypothesis import strategies as st

from crosscheck.cluster import _agglomerate
from crosscheck.events import tfidf_rows
from crosscheck.lexicon import stop_words
from crosscheck.similarity import _WORD, overlap_matrix

sklearn_text = pytest.importorskip("sklearn.feature_extraction.text")
sklearn_cluster = pytest.importorskip("sklearn.cluster")

TERMS = st.lists(st.sampled_from(["xi", "trump", "call", "taiwan", "tariff", "soybean", "entity:beijing", "war",
                                  "trade", "summit", "phone"]), max_size=25)


def _same_bits(a, b) -> bool:
    return (np.array_equal(a.indptr, b.indptr) and np.array_equal(a.indices, b.indices)
            and np.array_equal(a.data.view(np.uint32), b.data.view(np.uint32)))


@hypothesis_settings(max_examples=60, deadline=None)
@given(st.lists(TERMS, min_size=1, max_size=12).filter(lambda docs: any(docs)))
def test_tfidf_rows_are_the_vectorizer_s_bit_for_bit(documents):
    vectorizer = sklearn_text.TfidfVectorizer(analyzer=lambda terms: terms, sublinear_tf=True, dtype=np.float32)
    expected = vectorizer.fit_transform(documents).tocsr()
    found = tfidf_rows(documents)
    assert _same_bits(expected, found)
    assert np.array_equal((expected @ expected.T).toarray(), (found @ found.T).toarray())


def test_tfidf_rows_of_no_terms_are_one_empty_column():
    assert tfidf_rows([[], []]).shape == (2, 1) and tfidf_rows([[], []]).nnz == 0


@hypothesis_settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet="ab Cd-é1.", max_size=30), min_size=1, max_size=10))
def test_overlap_matrix_is_the_count_vectorizer_s(texts):
    if not any(_WORD.search(t) for t in texts):
        expected = np.zeros((len(texts), len(texts)))
    else:
        words = sklearn_text.CountVectorizer(binary=True, lowercase=True, token_pattern=_WORD.pattern).fit_transform(texts)
        shared = (words @ words.T).toarray().astype(float)
        sizes = np.asarray(words.sum(axis=1)).ravel().astype(float)
        smaller = np.minimum(sizes[:, None], sizes[None, :])
        expected = np.divide(shared, smaller, out=np.zeros_like(shared), where=smaller > 0)
    assert np.array_equal(overlap_matrix(texts), expected)


def _partition(labels) -> list[list[int]]:
    groups: dict = {}
    for row, label in enumerate(labels):
        groups.setdefault(label, []).append(row)
    return sorted(groups.values())


@pytest.mark.parametrize("seed", range(40))
def test_agglomerate_groups_rows_as_the_estimator_does(seed):
    rng = np.random.default_rng(seed)
    size = int(rng.integers(2, 50))
    vectors = rng.normal(size=(size, 12)).astype(np.float32)
    if seed % 3 == 0:
        vectors[size // 2:] = vectors[:size - size // 2]  # repeated claims: ties
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    distances = np.clip(1.0 - vectors @ vectors.T, 0.0, 2.0)
    for threshold, linkage in ((0.3, "average"), (0.6, "average"), (0.9, "average"), (1.0, "complete")):
        estimator = sklearn_cluster.AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage=linkage,
                                                            distance_threshold=threshold)
        assert _partition(_agglomerate(distances, threshold, linkage)) == _partition(estimator.fit_predict(distances))


def test_stop_words_are_scikit_learn_s():
    assert stop_words() == sklearn_text.ENGLISH_STOP_WORDS


def test_a_run_imports_no_scikit_learn():
    import subprocess
    import sys
    import textwrap

    from .conftest import SEEDS

    script = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from crosscheck.pipeline import run
        run(sorted(Path({str(SEEDS)!r}).glob("*.txt")), __import__("crosscheck.config").config.Settings())
        print("sklearn" in sys.modules)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().endswith("False")
