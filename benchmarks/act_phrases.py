"""Can the embedding model tell that two predicates tell one act? (issue 16, h22e: a measured negative result)

Two claims whose verbs are not in frames.toml's synonym groups are left apart as "like words told of other acts"
(or never compared). The idea tried: read the act as a short phrase, the verb with its particle and the head words
of its object ("recover the van" / "find the van"), and call two acts one where the model's cosine of the two phrases
reaches a threshold. This prints that cosine for hand-written probes of one act told two ways (must align) and of two
different acts on one thing (must not: "arrest" / "charge", "open" / "inspect"), and for the main acts of the tuning
rows the idea was for, as the frames read them. No threshold puts every must-align probe above every must-not one.

    python -m benchmarks.act_phrases
"""
from __future__ import annotations

import re
from pathlib import Path

import numpy as np

from crosscheck.claims import claims_read_together
from crosscheck.compare.align import _headed
from crosscheck.config import Settings
from crosscheck.embed import SentenceTransformerEmbedder
from crosscheck.frames import frame_of

# one act told with two verbs: the alignment would have to find these
ONE_ACT = [("find the van", "recover the van"), ("paint over the mural", "whitewash the mural"),
           ("seek a third term", "run for a third term"), ("postpone the launch", "put off the launch"),
           ("evacuate the residents", "move the residents out"), ("arrest the fans", "take the fans into custody"),
           ("approve the bill", "pass the bill"), ("carry out the attack", "be behind the attack"),
           ("score the goal", "head in the winner"), ("cancel the race", "call off the race")]
# two acts on one thing: the alignment must not make these one
TWO_ACTS = [("arrest the suspect", "charge the suspect"), ("open the bridge", "inspect the bridge"),
            ("arrest the driver", "convict the driver"), ("hire the coach", "fire the coach"),
            ("investigate the minister", "charge the minister"), ("build the stadium", "open the stadium"),
            ("sign the treaty", "ratify the treaty"), ("close the plant", "inspect the plant"),
            ("withdraw the athlete", "fine the athlete"), ("set the record", "hold the record")]
# (set, line) of tuning contra rows left apart as like words told of other acts, or not compared
TUNING_ROWS = {"writer20": [5, 17, 18, 24, 33, 63], "writer21": [9, 12, 16, 64, 70, 73, 78], "writer22": [11],
               "writer17": [28, 35], "pairs": [18]}
_CLAUSE_START = re.compile(r",|\b(?:which|that|who|whose)\b", re.I)
_LIGHT = {"be", "have", "do", "make", "get", "take", "say"}


def act_phrase(predicate: str, role: str) -> str:
    """The verb and the object's words before a preposition, comma or relative pronoun, at most four."""
    if not predicate or predicate in _LIGHT:
        return ""
    return f"{predicate} {' '.join(_CLAUSE_START.split(_headed(role))[0].split()[:4])}".strip()


def cosines(embedder, pairs: list[tuple[str, str]]) -> list[float]:
    left, right = embedder.embed([x for x, _ in pairs]), embedder.embed([y for _, y in pairs])
    return [float(x @ y) for x, y in zip(left, right)]


def tuning_phrases(data: Path) -> list[tuple[str, str, str]]:
    from benchmarks.pairs import read_pairs

    found = []
    for name, lines in TUNING_ROWS.items():
        path = data / "pairs" / "pairs.tsv" if name == "pairs" else Path(__file__).parent / "data/written" / f"{name}.tsv"
        for pair in read_pairs(path):
            if pair.line in lines:
                fa, fb = (frame_of(c) for c in claims_read_together([pair.a, pair.b]))
                found.append((f"{name}:{pair.line}", act_phrase(fa.predicate, fa.theme or fa.agent),
                              act_phrase(fb.predicate, fb.theme or fb.agent)))
    return found


def main(data: Path = Path("../shared/data")) -> None:
    embedder = SentenceTransformerEmbedder.from_settings(Settings())
    one, two = cosines(embedder, ONE_ACT), cosines(embedder, TWO_ACTS)
    for label, pairs, values in (("one act", ONE_ACT, one), ("two acts", TWO_ACTS, two)):
        for (x, y), value in sorted(zip(pairs, values), key=lambda t: -t[1]):
            print(f"{label:8}  {value:.2f}  {x} / {y}")
    print(f"\none act: {min(one):.2f} to {max(one):.2f}; two acts: {min(two):.2f} to {max(two):.2f}")
    for threshold in (0.6, 0.7, 0.8, 0.85):
        print(f"at {threshold}: {sum(v >= threshold for v in one)}/{len(one)} one act aligned, "
              f"{sum(v >= threshold for v in two)}/{len(two)} two acts made one")
    rows = tuning_phrases(data)
    read = [(row, x, y) for row, x, y in rows if x and y]
    values = cosines(embedder, [(x, y) for _, x, y in read]) if read else []
    print(f"\ntuning rows' main acts as the frames read them ({len(rows) - len(read)} of {len(rows)} with a light verb"
          " or none on one side):")
    for (row, x, y), value in zip(read, values):
        print(f"  {row:12} {value:.2f}  {x} / {y}")


if __name__ == "__main__":
    main()
