"""How fast the pipeline is, stage by stage, on synthetic corpora grown from the seed articles.

Each size runs in its own process, so that peak memory (max RSS) belongs to that size alone.
Copy k of a seed article is dated k weeks later (so copies form their own events, as a real news
archive would) and every sentence gets a distinct ending, so no embedding is served from a cache.
"""
from __future__ import annotations

import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
STAGES = ("ingest", "claims", "embed", "cluster", "compare", "report")
_FRONT_DATE = re.compile(r"^date: .*$", re.M)
_SENTENCE_END = re.compile(r"\.(\s|$)")
_UNDATED_START = date(2025, 11, 26)


def make_corpus(folder: Path, size: int) -> None:
    """Write `size` articles into `folder`, cycling through the seeds."""
    seeds = sorted(SEEDS.glob("*.txt"))
    for index in range(size):
        seed, copy = seeds[index % len(seeds)], index // len(seeds)
        text = seed.read_text(encoding="utf-8")
        head, _, body = text.partition("\n---\n")
        published = _seed_date(head) + timedelta(weeks=copy)
        head = _FRONT_DATE.sub("", head).rstrip() + f"\ndate: {published.isoformat()}"
        body = _SENTENCE_END.sub(lambda m: f" in edition {copy}.{m.group(1)}", body) if copy else body
        (folder / f"{index:05d}_{seed.name}").write_text(f"{head}\n---\n{body}", encoding="utf-8")


def _seed_date(head: str) -> date:
    found = re.search(r"^date: (\S+)", head, re.M)
    return date.fromisoformat(found.group(1)) if found else _UNDATED_START


def measure(size: int, backend: str | None = None) -> dict:
    """Run the pipeline once on a fresh corpus of `size` articles (in this process), on `backend`
    (default: the settings' own)."""
    from crosscheck.config import Settings
    from crosscheck.embed import SentenceTransformerEmbedder
    from crosscheck.pipeline import run
    from crosscheck.report import render_markdown

    settings = Settings().replace(backend=backend)
    embedder = SentenceTransformerEmbedder.from_settings(settings)
    start = time.perf_counter()
    embedder.embed(["load the model"])
    load = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as folder:
        make_corpus(Path(folder), size)
        timings: dict[str, float] = {}
        corpus, stats = run([folder], settings, embedder, timings=timings)
        start = time.perf_counter()
        render_markdown(corpus)
        timings["report"] = time.perf_counter() - start
    total = sum(timings.values())
    return {"articles": size, "backend": settings.backend, "variant": embedder.variant,
            "claims": stats.claims, "embedded": stats.embedded, "model_load_s": load,
            "embedded_per_s": stats.embedded / max(timings["embed"], 1e-9),
            "stages_s": timings, "total_s": total, "claims_per_s": stats.claims / total,
            "non_embedding_share": 1 - timings["embed"] / total,
            "peak_rss_mb": peak_memory_mb(),
            "findings": len(corpus.findings), "events": len(corpus.clustering.events)}


def peak_memory_mb() -> float:
    """This process's peak resident memory. On Linux VmHWM, which starts afresh at exec; ru_maxrss
    there also counts the parent's peak from before the fork."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_in_subprocess(size: int, backend: str | None = None) -> dict:
    result = subprocess.run([sys.executable, "-m", "benchmarks.speed", str(size), *([backend] if backend else [])],
                            capture_output=True, text=True, cwd=SEEDS.parent)
    if result.returncode != 0:
        raise RuntimeError(f"speed run at {size} articles failed:\n{result.stderr[-2000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def growth(results: list[dict]) -> dict[str, float]:
    """Each stage's cost exponent between the two largest sizes: 1 is linear in claims, 2 quadratic."""
    import math

    if len(results) < 2:
        return {}
    small, large = results[-2], results[-1]
    ratio = math.log(large["claims"] / small["claims"])
    return {stage: math.log(max(large["stages_s"][stage], 1e-6) / max(small["stages_s"][stage], 1e-6)) / ratio
            for stage in STAGES}


def rows(results: list[dict]) -> list[list]:
    return [[r["articles"], r["claims"], *(r["stages_s"][s] for s in STAGES), r["total_s"], r["claims_per_s"],
             r["non_embedding_share"], r["peak_rss_mb"]] for r in results]


HEADERS = ["articles", "claims", *(f"{s} s" for s in STAGES), "total s", "claims/s", "non-embed share", "peak MB"]


# -- memory and time by stage on a corpus with many events (issue 11) ---------------------------
# The seeds hold three occasions, which hides whatever grows with the number of events. This corpus is
# grown from the AllSides stories (253 occasions, 730 articles; copy k is moved 30k weeks later, and
# its sentences are marked, so copies are new occasions and nothing is served from a cache).

ALLSIDES = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
EVENT_STAGES = ("ingest", "claims", "embed", "cluster", "compare", "report")


class _StagePeaks(dict):
    """The pipeline's stage timings; on each stage's end also the peak memory during that stage
    (VmHWM, reset to the current size at each stage's start through /proc/self/clear_refs)."""

    def __init__(self):
        super().__init__()
        self.peaks: dict[str, float] = {}
        _reset_peak()

    def __setitem__(self, stage, seconds):
        super().__setitem__(stage, seconds)
        self.peaks[stage] = max(self.peaks.get(stage, 0.0), peak_memory_mb())
        _reset_peak()


def _reset_peak() -> None:
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def resident_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return peak_memory_mb()


def measure_events(size: int, data: Path = ALLSIDES) -> dict:
    """Run the pipeline on `size` articles of the many-event corpus; the models' footprint (embedding
    model and spaCy pipeline loaded and used once) is measured first, then each stage's peak."""
    import math

    from crosscheck import nlp
    from crosscheck.config import Settings
    from crosscheck.embed import SentenceTransformerEmbedder
    from crosscheck.pipeline import run
    from crosscheck.report import render_markdown

    from . import events

    settings = Settings()
    embedder = (SentenceTransformerEmbedder.from_settings(settings) if hasattr(SentenceTransformerEmbedder, "from_settings")
                else SentenceTransformerEmbedder(settings.model, settings.batch_size))
    embedder.embed(["load the model"])
    nlp.parse(["Load the parser, once."])
    footprint = resident_mb()
    stories = events.read_stories(data)
    with tempfile.TemporaryDirectory() as folder:
        written = events.write_corpus(stories, Path(folder), copies=math.ceil(size / 730))
        for path in sorted(written.story_of)[size:]:
            Path(path).unlink()
        timings = _StagePeaks()
        corpus, stats = run([folder], settings, embedder, timings=timings)
        start = time.perf_counter()
        render_markdown(corpus)
        timings["report"] = time.perf_counter() - start
    peak = max(timings.peaks.values())
    return {"articles": len(corpus.articles), "claims": stats.claims, "events": len(corpus.clustering.events),
            "stages_s": dict(timings), "stage_peak_mb": timings.peaks, "footprint_mb": footprint,
            "peak_mb": peak, "over_footprint_mb": peak - footprint}


def measure_events_in_subprocess(size: int) -> dict:
    result = subprocess.run([sys.executable, "-m", "benchmarks.speed", "events", str(size)], capture_output=True,
                            text=True, cwd=SEEDS.parent)
    if result.returncode != 0:
        raise RuntimeError(f"many-event run at {size} articles failed:\n{result.stderr[-2000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def event_rows(results: list[dict]) -> list[list]:
    return [[r["articles"], r["claims"], r["events"], *(f"{r['stages_s'][s]:.1f} / {r['stage_peak_mb'][s]:,.0f}"
                                                       for s in EVENT_STAGES),
             f"{r['footprint_mb']:,.0f}", f"{r['peak_mb']:,.0f}", f"{r['over_footprint_mb']:+,.0f}"] for r in results]


EVENT_HEADERS = ["articles", "claims", "events", *(f"{s} s / peak MB" for s in EVENT_STAGES), "models MB",
                 "peak MB", "peak over models"]


def bench_events(sizes: list[int], echo) -> dict:
    """`make bench`'s many-event section: time and peak memory by stage, one process per size."""
    from tabulate import tabulate

    runs = []
    for size in sizes:
        runs.append(measure_events_in_subprocess(size))
        echo(f"  many-event corpus: {size} articles done", err=True)
    echo("\nTime (s) and peak memory (MB) by stage on a many-event corpus grown from AllSides stories\n")
    echo(tabulate(event_rows(runs), EVENT_HEADERS))
    exponents = event_growth(runs)
    if exponents:
        echo("Growth exponents in articles: " + ", ".join(f"{k} {v:.2f}" for k, v in exponents.items()))
    return {"runs": runs, "growth_exponents": exponents}


def event_growth(results: list[dict]) -> dict[str, float]:
    """Each stage's time exponent in articles between the two sizes (1: linear, 2: quadratic), and the
    exponent of the memory above the models' footprint."""
    import math

    if len(results) < 2:
        return {}
    small, large = results[0], results[-1]
    ratio = math.log(large["articles"] / small["articles"])
    exponents = {stage: math.log(max(large["stages_s"][stage], 1e-6) / max(small["stages_s"][stage], 1e-6)) / ratio
                 for stage in EVENT_STAGES}
    exponents["memory over models"] = math.log(max(large["over_footprint_mb"], 1.0)
                                               / max(small["over_footprint_mb"], 1.0)) / ratio
    return exponents


if __name__ == "__main__":
    if sys.argv[1] == "events":
        print(json.dumps(measure_events(int(sys.argv[2]))))
    else:
        print(json.dumps(measure(int(sys.argv[1]), *sys.argv[2:3])))
