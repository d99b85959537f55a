"""The planted sets of benchmarks/data/planted/ are whole: each case's two conflicting sentences are in its articles,
one in each of two outlets' articles, so the benchmark can find them (benchmarks/planted.py)."""
from benchmarks.planted import planted_sets, read_key


def _bodies(case):
    return {path.name: path.read_text(encoding="utf-8") for path in case.glob("*.txt")}


def test_every_key_sentence_is_in_one_article_of_its_case():
    sets = planted_sets()
    assert len(sets) >= 5
    for folder in sets:
        key = read_key(folder)
        assert len(key) == 10, folder.name
        for case, (_, first, second) in key.items():
            bodies = _bodies(folder / case)
            holding_first = {name for name, text in bodies.items() if first in text}
            holding_second = {name for name, text in bodies.items() if second in text}
            assert holding_first and holding_second, f"{folder.name}/{case}"
            assert holding_first != holding_second, f"{folder.name}/{case}: both sentences in one article"
