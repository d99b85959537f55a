"""Sweep of the act-phrase alignment over the tuning sets (h22e experiment; needs this commit's hooks).

    CROSSCHECK_ACT_PHRASE_COSINE=0.7 [CROSSCHECK_ACT_PHRASE_WHERE=rename] python -m benchmarks.act_phrases_sweep TAG
    python -m benchmarks.act_phrases_sweep --compare off TAG

Writes /tmp/act_phrases_TAG.json (label, outcome, reason per row of the tuning sets); --compare prints the summary
counts that moved and every row whose outcome moved. Without CROSSCHECK_ACT_PHRASE_COSINE the alignment is off.
"""
import json
import sys
from collections import Counter
from pathlib import Path

SETS = ("writer20", "writer21", "writer22", "writer17", "writer19", "pairs")


def run(tag: str) -> None:
    from benchmarks.pairs import judge_all, outcome, read_pairs
    from crosscheck.compare import act_phrases
    from crosscheck.config import Settings
    from crosscheck.embed import SentenceTransformerEmbedder

    settings = Settings()
    embedder = SentenceTransformerEmbedder.from_settings(settings)
    rows = {}
    for name in SETS:
        path = Path("../shared/data/pairs/pairs.tsv") if name == "pairs" else Path(f"benchmarks/data/written/{name}.tsv")
        for pair, verdict in judge_all(read_pairs(path), embedder, settings):
            if name != "pairs" or pair.split == "tune":
                rows[f"{name}:{pair.line}"] = [pair.label, outcome(verdict), verdict.reason[:110]]
    Path(f"/tmp/act_phrases_{tag}.json").write_text(json.dumps(rows))
    print(tag, "phrases embedded", act_phrases.embedded[0])


def summary(rows: dict) -> Counter:
    counts = Counter()
    for key, (label, got, _) in rows.items():
        name = key.split(":")[0]
        if label == "contra" and got in ("contradiction", "agreement"):
            counts[name, f"contra {got}"] += 1
        if label == "differ" and got == "agreement":
            counts[name, "differ agreement"] += 1
        if label in ("same", "apart") and got in ("contradiction", "difference"):
            counts[name, f"{label} {got}"] += 1
    return counts


def compare(before_tag: str, after_tag: str) -> None:
    before, after = (json.loads(Path(f"/tmp/act_phrases_{t}.json").read_text()) for t in (before_tag, after_tag))
    sb, sa = summary(before), summary(after)
    for key in sorted(set(sb) | set(sa)):
        if sb[key] != sa[key]:
            print(key, sb[key], "->", sa[key])
    for key, (label, got, _) in before.items():
        if after[key][1] != got:
            print(key, label, got, "->", after[key][1], "|", after[key][2])


if __name__ == "__main__":
    compare(*sys.argv[2:4]) if sys.argv[1] == "--compare" else run(sys.argv[1])
