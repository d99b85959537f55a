"""Does what the comparator reads carry to a writer it never saw? A learned judge over its readings, scored
leave-one-writer-out (issue 16, h25b).

Every pair of the tuning sets (pairs/ even rows; written/ writer17, writer19 to writer27) and of the held-out sets
(pairs/ odd rows, written/ writer16, writer18, writer28) is judged as `benchmarks.pairs` judges it, and what the judge
read on the way is kept as a feature vector (`pair_readings`): its scores, its outcome and the kind of rule that
decided, the slots both frames fill and which of them conflict or differ, hedges, polarity, whether the acts align,
which anchors are shared. No words of the sentences: those would memorise a writer's subjects.

A model (logistic regression, standardised features, balanced class weights; a small gradient boosting beside it)
learns the label from these readings. Each tuning set is scored by a model trained on the other tuning sets (LOWO);
the held-out sets, by one trained on all tuning sets, and reported by their totals only. The rules' four figures of
`benchmarks.pairs` stand beside the learned judge's for each set.

Last, each judge is run on the pairs the comparator rules on in real news (AllSides story triplets, unlabelled):
contradictions are rare there, so a judge that flags more there costs reviewers more.

Usage: python -m benchmarks.lowo [--data ../shared/data] [--extra FILE] [--stories 60]

--extra scores one more set of pairs.tsv's format (all its rows) with the model trained on all tuning sets.
"""
from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import click
import numpy as np
from tabulate import tabulate

from .pairs import Pair, compared, outcome, read_pairs

ROOT = Path(__file__).resolve().parent.parent
WRITTEN = ROOT / "benchmarks" / "data" / "written"
TUNING_WRITERS = ("writer17", "writer19", "writer20", "writer21", "writer22", "writer23", "writer24", "writer25",
                  "writer26", "writer27", "writer28")
HELD_OUT_WRITERS = ("writer16", "writer18", "writer29")
LABELS = ("contra", "differ", "same", "apart")
# what each label, predicted, is reported as: the outcome benchmarks.pairs counts right for it
PREDICTED_OUTCOME = {"contra": "contradiction", "differ": "difference", "same": "agreement", "apart": "apart"}
# the share of contradictions among like pairs in real news, far below the written sets' half (issue 16): the prior
# the learned judge's probabilities are reweighted to in the precision table
REAL_CONTRA_PRIOR = 0.05
NEWS_STORIES = 60  # benchmarks.findings' whole sample (both halves): 275 compared pairs
FIGURES = ("contra flagged", "contra agreement", "same/apart flagged", "differ agreement")


@dataclass
class Row:
    set: str
    pair: Pair | None  # None: a real-news pair, unlabelled (`news_rows`)
    rules: str  # the rules' outcome
    readings: dict


# -- the judge's readings of one pair ---------------------------------------------------------------

def pair_readings(a, b, cosine: float, similarity: float, verdict, settings) -> dict[str, float]:
    """What the comparator read of claims a and b, as named numbers: its scores, its verdict and the kind of rule
    that gave it, and (both claims parsed) the slots of their frames (`align.slots`) and the roles, hedges, polarity,
    figures, places, dates and anchors its checks compare. Readings only: no word of either sentence."""
    from crosscheck.compare.readings import hedge_of, is_doubted, name_words, parsed, prospective

    found = {"similarity": similarity, "cosine": cosine, "same_fact": float(similarity >= settings.same_fact_threshold),
             f"rules={outcome(verdict)}": 1.0, f"basis={verdict.basis or 'none'}": 1.0,
             f"rule={rule_kind(verdict.reason)}": 1.0, "possible": float(verdict.possible),
             "hedged_one": float(bool(hedge_of(a)) != bool(hedge_of(b))),
             "hedged_both": float(bool(hedge_of(a)) and bool(hedge_of(b))),
             "doubted": float(is_doubted(a) or is_doubted(b)),
             "prospective_one": float(prospective(a) != prospective(b)),
             "quoted": float(a.quote or b.quote)}
    names_a, names_b = name_words(a), name_words(b)
    found["anchors_shared"] = float(len(names_a & names_b))
    found["anchors_unshared"] = float(len(names_a ^ names_b))
    if parsed(a) and parsed(b):
        found["parsed"] = 1.0
        found |= _frame_readings(a, b, settings)
    return found


def rule_kind(reason: str) -> str:
    """The kind of rule a verdict's reason names: its words before the values ("figure cannot both hold", "same
    fact", "may conflict"), without what is in brackets or quoted from a claim ("different agent for “…”")."""
    head = re.sub(r"\([^)]*\)|“[^”]*”?", "", reason.split(":")[0])
    head = re.sub(r"\s+for\s*$", "", head)
    return " ".join(head.split()) or "none"


def _frame_readings(a, b, settings) -> dict[str, float]:
    from crosscheck.compare.align import (counts_of_other_things, figures_apart, figures_read_apart,
                                          figures_told_differently, same_happening, slots)
    from crosscheck.compare.judge import one_specific_alike
    from crosscheck.compare.readings import (acts_align, can_be_same, contrast_told_apart, days_differ,
                                             happenings_ordered_apart, located_apart, other_occasions, other_years,
                                             shared_numerals, stages_apart, two_estimators)
    from crosscheck.frames import frame_of
    from crosscheck.lexicon import opposites_of

    fa, fb = frame_of(a), frame_of(b)
    found: dict[str, float] = {}
    for slot in slots(fa, fb):
        for reading in ("", "conflict", "differs", "aligned", "hedge"):
            if not reading or getattr(slot, reading):
                key = f"slot_{slot.name}" + (f"_{reading}" if reading else "")
                found[key] = 1.0
        if slot.kinship:
            found[f"slot_{slot.name}_kin_{slot.kinship}"] = 1.0
    for role in ("agent", "theme", "recipient", "partner", "initiator", "winner"):
        x, y = getattr(fa, role), getattr(fb, role)
        if x and y:
            found[f"{role}_both"] = 1.0
            found[f"{role}_apart"] = float(not can_be_same(x, y))
    for role in ("negation", "hedge", "status", "future", "done"):
        x, y = bool(getattr(fa, role)), bool(getattr(fb, role))
        found[f"{role}_one"] = float(x != y)
        found[f"{role}_both"] = float(x and y)
    if fa.status and fb.status:
        found["status_apart"] = float(fa.status != fb.status)
    if fa.order and fb.order:
        found["order_both"] = 1.0
        found["order_apart"] = float(fa.order[0] != fb.order[0])
    if fa.places and fb.places:
        found["places_both"] = 1.0
        found["places_apart"] = float(located_apart(fa.places, fb.places, settings))
    if fa.dates and fb.dates:
        found["dates_both"] = 1.0
        found["dates_apart"] = float(days_differ(fa.dates, fb.dates))
    found["measures_both"] = float(bool(fa.measures and fb.measures))
    found["measures_one"] = float(bool(fa.measures) != bool(fb.measures))
    found["figures_apart"] = float(figures_apart(fa, fb) is not None)
    found["figures_read_apart"] = float(figures_read_apart(fa, fb) is not None)
    found["figures_told_differently"] = float(figures_told_differently(fa, fb) is not None)
    found["counts_of_other_things"] = float(counts_of_other_things(fa, fb) is not None)
    found["numerals_shared"] = float(shared_numerals(a, b))
    found["specific_alike"] = float(one_specific_alike(a, b))
    found["two_estimators"] = float(two_estimators(fa, fb))
    found["other_occasions"] = float(other_occasions(a, b))
    found["other_years"] = float(other_years(fa, fb))
    found["stages_apart"] = float(stages_apart(a, b))
    found["acts_align"] = float(acts_align(a, b))
    found["same_happening"] = float(same_happening(fa, fb))
    found["opposite_acts"] = float(fb.predicate in opposites_of(fa.predicate) or fa.predicate in opposites_of(fb.predicate))
    found["contrast_apart"] = float(contrast_told_apart(a, b) is not None)
    found["ordered_apart"] = float(happenings_ordered_apart(a.text, b.text) is not None)
    return found


# -- judging every set once ---------------------------------------------------------------------------

def sets_of(data: Path) -> dict[str, tuple[list[Pair], bool]]:
    """Each set's pairs and whether it is tuning material."""
    pairs = read_pairs(data / "pairs" / "pairs.tsv")
    found = {"pairs/even": ([p for p in pairs if p.line % 2 == 0], True)}
    found |= {w: (read_pairs(WRITTEN / f"{w}.tsv"), True) for w in TUNING_WRITERS}
    found["pairs/odd"] = ([p for p in pairs if p.line % 2 == 1], False)
    found |= {w: (read_pairs(WRITTEN / f"{w}.tsv"), False) for w in HELD_OUT_WRITERS}
    return found


def read_all(named: dict[str, list[Pair]], embedder, settings) -> list[Row]:
    """Every pair judged as benchmarks.pairs judges it, with its readings; one embedding call for all."""
    texts = sorted({t for pairs in named.values() for p in pairs for t in (p.a, p.b)})
    vectors = dict(zip(texts, embedder.embed(texts)))
    rows = []
    for name, pairs in named.items():
        for pair in pairs:
            claims, cosine, similarity, verdict = compared(pair, np.stack([vectors[pair.a], vectors[pair.b]]),
                                                           settings)
            rows.append(Row(name, pair, outcome(verdict),
                            pair_readings(*claims, cosine, similarity, verdict, settings)))
    return rows


def news_rows(data: Path, embedder, settings, stories: int) -> list[Row]:
    """The pairs the judge rules on in real news: the first `stories` of benchmarks.findings' fixed sample of AllSides
    story triplets, each run as its own corpus, and every cross-article pair of an event that `candidate_pairs` lets
    in judged as `compare.findings.judged_pairs` judges it. No labels: contradictions are rare there, so each pair a
    judge flags is one a reviewer must read, most of them false."""
    import tempfile

    from crosscheck.compare import candidate_pairs, judge
    from crosscheck.embed import embed_texts
    from crosscheck.types import claims_by_event

    from .findings import bench_cache, run_folder, sample_stories, write_story

    rows = []
    with tempfile.TemporaryDirectory() as folder, bench_cache(settings) as cache:
        for story in sample_stories(data / "allsides" / "stories.jsonl")[:stories]:
            corpus = run_folder(_written(story, Path(folder), write_story), settings, embedder, cache)
            vectors = dict(zip((c.id for c in corpus.claims),
                               embed_texts([c.text for c in corpus.claims], embedder, settings, cache)[0]))
            for claims in claims_by_event(corpus.clustering.events, corpus.claims).values():
                matrix = np.stack([vectors[c.id] for c in claims]) if claims else None
                for i, j, cosine, similarity in candidate_pairs(claims, matrix, settings) if claims else []:
                    a, b = claims[i], claims[j]
                    if a.article_id != b.article_id:
                        verdict = judge(a, b, cosine, settings, similarity)
                        rows.append(Row("news", None, outcome(verdict),
                                        pair_readings(a, b, cosine, similarity, verdict, settings)))
    return rows


def _written(story: dict, folder: Path, write_story) -> Path:
    place = folder / str(story["id"])
    write_story(story, place)
    return place


# -- the learned judge --------------------------------------------------------------------------------

def model_of(kind: str):
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    if kind == "logistic":
        return make_pipeline(DictVectorizer(sparse=False), StandardScaler(),
                             LogisticRegression(C=0.1, class_weight="balanced", max_iter=2000))
    return make_pipeline(DictVectorizer(sparse=False),
                         HistGradientBoostingClassifier(max_depth=3, max_iter=40, learning_rate=0.15,
                                                        class_weight="balanced", random_state=0))


def fitted(kind: str, rows: list[Row]):
    return model_of(kind).fit([r.readings for r in rows], [r.pair.label for r in rows])


@dataclass
class Learned:
    """One set's rows as a model read them: its classes and each row's probabilities."""
    classes: list[str]
    probabilities: np.ndarray


def learned_apart(tuning: list[Row], held: dict[str, list[Row]], kind: str) -> dict[str, Learned]:
    """Each tuning set read by a model trained on the other tuning sets (LOWO); each held-out set by one trained on
    all tuning sets (never on a held-out one)."""
    found = {}
    for name in dict.fromkeys(r.set for r in tuning):
        model = fitted(kind, [r for r in tuning if r.set != name])
        found[name] = _read(model, [r for r in tuning if r.set == name])
    model = fitted(kind, tuning)
    return found | {name: _read(model, rows) for name, rows in held.items()}


def _read(model, rows: list[Row]) -> Learned:
    return Learned(list(model.classes_), model.predict_proba([r.readings for r in rows]))


def real_prior() -> dict[str, float]:
    return {c: REAL_CONTRA_PRIOR if c == "contra" else (1 - REAL_CONTRA_PRIOR) / (len(LABELS) - 1) for c in LABELS}


def judged_plainly(learned: Learned, rows: list[Row], prior: dict[str, float] | None = None) -> list[str]:
    """Each row's most likely label, as its outcome; with `prior`, the probabilities reweighted from the balanced
    training's even prior to that one."""
    return [PREDICTED_OUTCOME[learned.classes[i]] for i in _weighted(learned, prior).argmax(axis=1)]


def judged_as_last_step(learned: Learned, rows: list[Row]) -> list[str]:
    """The rules' outcome, raised to a contradiction where the learned judge, its probabilities reweighted to real
    news' prior, finds contra the most likely label: a last step that can only flag, never call a pair agreement."""
    contra = learned.classes.index("contra")
    weighted = _weighted(learned, real_prior())
    return ["contradiction" if best == contra else r.rules for r, best in zip(rows, weighted.argmax(axis=1))]


def _weighted(learned: Learned, prior: dict[str, float] | None) -> np.ndarray:
    if not prior:
        return learned.probabilities
    return learned.probabilities * np.array([prior[c] for c in learned.classes])


def scored(rows: list[Row], outcomes: list[str]) -> np.ndarray:
    """benchmarks.pairs' figures: contra flagged, contra called agreement, same/apart flagged, differ called
    agreement; and the number of contra pairs."""
    c = Counter((r.pair.label, o) for r, o in zip(rows, outcomes))
    return np.array([c["contra", "contradiction"], c["contra", "agreement"],
                     c["same", "contradiction"] + c["apart", "contradiction"], c["differ", "agreement"],
                     sum(r.pair.label == "contra" for r in rows)])


def side_by_side(groups: dict[str, list[Row]], outcomes: dict[str, list[str]], names: list[str],
                 rows_too: bool = True) -> list[list]:
    """Per set (with `rows_too`) and in total, the rules' four figures beside the learned judge's."""
    lines, rules_total, learned_total = [], np.zeros(5, int), np.zeros(5, int)
    for name in names:
        rules, learned = (scored(groups[name], [r.rules for r in groups[name]]),
                          scored(groups[name], outcomes[name]))
        rules_total, learned_total = rules_total + rules, learned_total + learned
        if rows_too:
            lines.append(_line(name, rules, learned))
    return lines + [_line("total", rules_total, learned_total)]


def _line(name, rules, learned) -> list:
    return [name, f"{rules[0]}/{rules[4]}", f"{learned[0]}/{learned[4]}",
            *(x for pair in zip(rules[1:4], learned[1:4]) for x in pair)]


HEADERS = ["set", "contra flagged: rules", "learned", "contra agreement: rules", "learned", "same/apart flagged: rules",
           "learned", "differ agreement: rules", "learned"]


def carrying(model, names: int = 15) -> list[tuple[str, float]]:
    """The logistic model's largest weights toward contra (standardised features: comparable sizes)."""
    vectorizer, logistic = model.steps[0][1], model.steps[-1][1]
    weights = logistic.coef_[list(logistic.classes_).index("contra")]
    return [(vectorizer.feature_names_[i], float(weights[i])) for i in np.argsort(-np.abs(weights))[:names]]


def importances(model, rows: list[Row], names: int = 12) -> list[tuple[str, float]]:
    """The boosting model's permutation importances on its training rows (accuracy lost when one reading is
    shuffled)."""
    from sklearn.inspection import permutation_importance

    vectorizer, booster = model.steps[0][1], model.steps[-1][1]
    x = vectorizer.transform([r.readings for r in rows])
    found = permutation_importance(booster, x, [r.pair.label for r in rows], n_repeats=2, random_state=0)
    order = np.argsort(-found.importances_mean)[:names]
    return [(vectorizer.feature_names_[i], float(found.importances_mean[i])) for i in order]


def flag_precision(rows: list[Row], outcomes: list[str], share: float = REAL_CONTRA_PRIOR) -> str:
    """The share of flagged pairs that would be contradictions where contradictions are `share` of the pairs compared
    (real news) and the rest same or apart pairs: the contra pairs' recall and the same/apart pairs' flag rate,
    reweighted to that mix."""
    contra = [o for r, o in zip(rows, outcomes) if r.pair.label == "contra"]
    other = [o for r, o in zip(rows, outcomes) if r.pair.label in ("same", "apart")]
    recall = sum(o == "contradiction" for o in contra) / len(contra)
    false = sum(o == "contradiction" for o in other) / len(other)
    flagged = recall * share + false * (1 - share)
    return f"{recall * share / flagged:.2f}" if flagged else "-"


JUDGES = {"plain": "each pair's most likely label",
          "real prior": f"most likely label, probabilities reweighted to real news' prior (contra {REAL_CONTRA_PRIOR})",
          "last step": "the rules' outcome, raised to contradiction where the real-prior label is contra"}


# what the rules themselves concluded, among the readings: left out to ask what the other readings carry alone
VERDICT_READINGS = ("rules=", "rule=", "basis=", "possible")


def report(groups: dict[str, list[Row]], tuning_names: list[str], held_names: list[str], extra: str | None, echo,
           kinds: tuple[str, ...] = ("logistic", "boosting"), news: list[Row] = ()) -> dict:
    """Print each model's judges beside the rules; return their totals (LOWO, held-out, --extra)."""
    from threadpoolctl import threadpool_limits

    totals = {}
    with threadpool_limits(1):  # the boosting's threads fight over a small machine's cores: 40 times slower
        for kind in kinds:
            learned = learned_apart(_tuning(groups, tuning_names), _held(groups, held_names, extra), kind)
            judges = {"plain": {n: judged_plainly(learned[n], groups[n]) for n in learned},
                      "real prior": {n: judged_plainly(learned[n], groups[n], real_prior()) for n in learned},
                      "last step": {n: judged_as_last_step(learned[n], groups[n]) for n in learned}}
            for judge, outcomes in judges.items():
                echo(f"\n{kind}, {judge} ({JUDGES[judge]}): tuning sets leave-one-writer-out, then the held-out "
                     "sets by a model trained on all tuning sets (totals only)\n")
                totals[f"{kind}, {judge}"] = _table(groups, outcomes, tuning_names, held_names, extra, echo)
            if news:
                totals[f"{kind}, real news"] = _news_flags(fitted(kind, _tuning(groups, tuning_names)), news, echo)
            _carrying(kind, groups, tuning_names, echo)
            if kind == "logistic":
                _changed(groups, judges["last step"], tuning_names, echo)
        bare = {name: [Row(r.set, r.pair, r.rules, _without_verdict(r.readings)) for r in rows]
                for name, rows in groups.items()}
        learned = learned_apart(_tuning(bare, tuning_names), _held(bare, held_names, extra), "logistic")
        echo("\nlogistic, plain, over the readings without the rules' outcome and rule kind "
             f"({', '.join(VERDICT_READINGS)}):\n")
        totals["logistic, plain, readings alone"] = _table(
            bare, {n: judged_plainly(learned[n], bare[n]) for n in learned}, tuning_names, held_names, extra, echo,
            rows_too=False)
    return totals


def _tuning(groups, tuning_names) -> list[Row]:
    return [r for n in tuning_names for r in groups[n]]


def _held(groups, held_names, extra) -> dict[str, list[Row]]:
    return {n: groups[n] for n in held_names + ([extra] if extra else [])}


def _without_verdict(readings: dict[str, float]) -> dict[str, float]:
    return {k: v for k, v in readings.items() if not k.startswith(VERDICT_READINGS)}


def _table(groups, outcomes, tuning_names, held_names, extra, echo, rows_too: bool = True) -> dict:
    lines = side_by_side(groups, outcomes, tuning_names, rows_too)
    lines[-1][0] = "LOWO total"
    lines += side_by_side(groups, outcomes, held_names, rows_too=False)
    lines[-1][0] = "held-out total"
    if extra:
        lines += side_by_side(groups, outcomes, [extra], rows_too=False)
        lines[-1][0] = f"{extra} (--extra)"
    echo(tabulate(lines, HEADERS))
    names = tuning_names + held_names
    rows = [r for n in names for r in groups[n]]
    echo(f"flags that are contradictions, were {REAL_CONTRA_PRIOR:.0%} of compared pairs contra (LOWO and held-out "
         f"rows): rules {flag_precision(rows, [r.rules for r in rows])}, learned "
         f"{flag_precision(rows, [o for n in names for o in outcomes[n]])}")
    return {line[0]: {"rules": dict(zip(FIGURES, line[1::2])), "learned": dict(zip(FIGURES, line[2::2]))}
            for line in lines if "total" in line[0] or "extra" in line[0]}


def _news_flags(model, news: list[Row], echo) -> dict:
    """How many real-news pairs each judge flags as contradictions (model trained on all tuning sets)."""
    learned = _read(model, news)
    flags = {"rules": sum(r.rules == "contradiction" for r in news),
             **{judge: sum(o == "contradiction" for o in outcomes) for judge, outcomes in (
                 ("plain", judged_plainly(learned, news)), ("real prior", judged_plainly(learned, news, real_prior())),
                 ("last step", judged_as_last_step(learned, news)))}}
    echo(f"\nReal news ({len(news)} pairs judged on AllSides story triplets, unlabelled; few if any contradict): "
         "contradictions flagged by " + ", ".join(f"{judge} {n}" for judge, n in flags.items()))
    return {"pairs": len(news), **flags}


def _carrying(kind: str, groups, tuning_names, echo):
    tuning = _tuning(groups, tuning_names)
    model = fitted(kind, tuning)
    if kind == "logistic":
        echo("\nReadings that carry (weights toward contra, standardised): "
             + ", ".join(f"{n} {w:+.2f}" for n, w in carrying(model)))
    else:
        echo("\nReadings that carry (permutation importance on the tuning rows): "
             + ", ".join(f"{n} {w:.3f}" for n, w in importances(model, tuning)))


def _changed(groups, outcomes, tuning_names, echo):
    """The tuning rows (never a held-out one) whose outcome the last step changes, each scored LOWO."""
    echo("\nTuning rows the last step changes (LOWO):")
    for name in tuning_names:
        for r, o in zip(groups[name], outcomes[name]):
            if o != r.rules:
                echo(f"  {'+' if r.pair.label == 'contra' else '-'} {name} line {r.pair.line} {r.pair.label}/"
                     f"{r.pair.kind}: {r.rules} -> {o} ({next(k for k in r.readings if k.startswith('rule='))})")


def bench(data: Path, embedder, settings, echo=print, extra: Path | None = None, stories: int = NEWS_STORIES) -> dict:
    """Read every set once (and `stories` real-news stories), then print and return the learned judges beside the
    rules."""
    sets = sets_of(data)
    named = {name: pairs for name, (pairs, _) in sets.items()}
    if extra:
        named[extra.stem] = read_pairs(extra)
    rows = read_all(named, embedder, settings)
    groups = {name: [r for r in rows if r.set == name] for name in named}
    news = news_rows(data, embedder, settings, stories) if stories and (data / "allsides").is_dir() else []
    return report(groups, [n for n, (_, tune) in sets.items() if tune], [n for n, (_, tune) in sets.items() if not tune],
                  extra.stem if extra else None, echo, news=news)


@click.command()
@click.option("--data", default=str(ROOT.parent / "shared" / "data"), show_default=True)
@click.option("--extra", type=click.Path(dir_okay=False, exists=True),
              help="One more set of pairs.tsv's format, all rows, scored by the model trained on all tuning sets.")
@click.option("--stories", default=NEWS_STORIES, show_default=True,
              help="Real-news story triplets (benchmarks.findings' sample) whose compared pairs each judge is run on.")
def main(data, extra, stories):
    """The rules beside a judge learned over their readings, leave-one-writer-out and on the held-out sets."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from crosscheck.config import Settings
    from crosscheck.embed import SentenceTransformerEmbedder

    settings = Settings()
    bench(Path(data), SentenceTransformerEmbedder.from_settings(settings), settings, click.echo,
          Path(extra) if extra else None, stories)


if __name__ == "__main__":
    main()
