"""`make bench`: comparator quality on public data, who said what (PolNeAR, readouts), then pipeline speed;
tables printed, JSON written.

Usage: python -m benchmarks [--data ../shared/data] [--out reports/bench] [--sizes 5,50,200,500] [--no-speed]
       [--no-attribution]
"""
from __future__ import annotations

import dataclasses
import json
import os
import tempfile
import time
from pathlib import Path

import click
from tabulate import tabulate

from .findings import bench_cache

ROOT = Path(__file__).resolve().parent.parent


@click.command()
@click.option("--data", default=str(ROOT.parent / "shared" / "data"), show_default=True, type=click.Path(file_okay=False),
              help="Folder with msrp/, sts/, sick/ (layout of brmson/dataset-sts), polnear/ and readouts/.")
@click.option("--out", default=str(ROOT / "reports" / "bench"), show_default=True, type=click.Path(file_okay=False))
@click.option("--sizes", default="5,50,200,500", show_default=True, help="Synthetic corpus sizes, in articles.")
@click.option("--no-speed", is_flag=True, help="Quality only.")
@click.option("--no-attribution", is_flag=True, help="Skip the PolNeAR attribution and readout-side figures.")
@click.option("--no-backends", is_flag=True, help="Skip comparing the embedding backends (torch, ONNX fp32, int8).")
@click.option("--event-sizes", default="250,2000", show_default=True,
              help="Sizes of the many-event corpus (from allsides/) for memory and time by stage; '' skips it.")
def main(data, out, sizes, no_speed, no_attribution, no_backends, event_sizes):
    """Measure crosscheck's comparator on MSRP, STS and SICK, its voices and sides on PolNeAR and official
    readouts, and its speed by stage."""
    needed = ("msrp", "sts", "sick") + (() if no_attribution else ("polnear", "readouts"))
    missing = [name for name in needed if not (Path(data) / name).is_dir()]
    if missing:
        raise click.ClickException(f"{data}: no {', '.join(missing)} folder here; give the data folder with "
                                   "--data (make bench DATA=path)")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    from crosscheck.config import Settings
    from crosscheck.embed import EmbeddingCache, SentenceTransformerEmbedder
    from crosscheck.state import open_database, write_atomic

    from . import backends, quality, speed

    settings = Settings()
    embedder = SentenceTransformerEmbedder.from_settings(settings)
    connection = open_database(ROOT / ".crosscheck" / "bench")  # sentence embeddings, reused between runs
    started = time.perf_counter()
    sets = quality.load_all(Path(data), embedder, EmbeddingCache(connection, settings.cache_key()), settings)
    compared = {} if no_backends else {
        "quality": backends.quality(sets, settings, EmbeddingCache(connection, settings.cache_key()))}
    if compared:
        backends.report(compared, click.echo, tabulate)
    connection.close()
    results = quality.evaluate(sets, settings)
    tuned = quality.tune(sets, settings)
    click.echo(f"\nComparator quality (model {settings.model}; thresholds from crosscheck/config.py)\n")
    click.echo(tabulate(quality.rows(results), ["set", "split", "metric", "crosscheck", "plain cosine*"],
                        floatfmt=".3f"))
    click.echo("* plain cosine of the same model, best single threshold chosen on the split shown "
               f"(MSRP {results['msrp']['cosine']['threshold']:.2f}, SICK {results['sick']['cosine']['threshold']:.2f})")
    click.echo("\nThresholds the train splits choose (MSRP train F1, SICK train contradiction F1): "
               + ", ".join(f"{k} = {v:.3f}" if isinstance(v, float) else f"{k} = {v}" for k, v in tuned.items()))
    report = {"model": settings.model, "settings": dataclasses.asdict(settings), "data": str(Path(data).resolve()),
              "quality": results, "tuned_on_train": tuned, "quality_seconds": time.perf_counter() - started}
    if (Path(data) / "pairs").is_dir():
        from . import pairs  # the comparator on labelled news pairs: tune rows even, held-out rows odd

        report["pairs"] = pairs.bench(Path(data), embedder, settings, click.echo)
        from . import lowo  # a judge learned over the comparator's readings, leave-one-writer-out (75 s)

        report["lowo"] = lowo.bench(Path(data), embedder, settings, click.echo)
    if not no_attribution:
        from . import attribution

        report["attribution"] = attribution.run(Path(data), Path(out), echo=click.echo)
    from . import events

    with bench_cache(settings) as cache:
        report["events"] = events.bench(Path(data), embedder, settings, cache, click.echo)
    if (Path(data) / "allsides").is_dir() and (Path(data) / "readouts").is_dir():
        from . import findings  # findings on real news against gold and an editor's labels; planted cases

        with bench_cache(settings) as cache:
            report["findings"] = findings.bench(Path(data), embedder, settings, cache, click.echo)
        from . import judged, sheet  # every flagged finding on all AllSides stories, against two judges' labels

        with bench_cache(settings) as cache, tempfile.TemporaryDirectory(prefix="crosscheck-sheet-") as folder:
            rows, stories, conflicting, agreements = sheet.build(Path(data), settings, embedder, cache, Path(folder))
        table, summary = judged.score(rows, judged.labels_by_key(judged.LABELS), stories)
        click.echo(f"\nFindings on all {stories} AllSides stories, judged by an editor and a fact-checker "
                   "(benchmarks/labels/judged/; unlabelled ones go to the judges)\n")
        click.echo(tabulate(table, judged.HEADERS))
        click.echo(f"false contradictions: {summary['false_contradictions']} ({summary['per_50_stories']} per 50 stories)")
        click.echo(f"agreements in all: {agreements}; holding a conflicting slot: {len(conflicting)}")
        report["judged"] = {**summary, "agreements": agreements, "agreements_with_conflicting_slot": len(conflicting)}
    from . import planted  # the planted sets helpers wrote (in the repository: no data folder needed)

    with bench_cache(settings) as cache:
        report["planted_sets"] = planted.summary(planted.bench(settings, embedder, cache, click.echo))
    if not no_speed:
        if compared:  # every backend at each size in turn; the main table shows the default backend's runs
            compared["speed"] = backends.speed([int(s) for s in sizes.split(",")], click.echo)
            measured = compared["speed"]["runs"][settings.backend]
        else:
            measured = []
            for size in (int(s) for s in sizes.split(",")):
                measured.append(speed.measure_in_subprocess(size))
                click.echo(f"  speed: {size} articles done", err=True)
        click.echo(f"\nSpeed by stage (backend {settings.backend}; seconds; model load excluded: "
                   f"{measured[0]['model_load_s']:.1f} s once per process)\n")
        click.echo(tabulate(speed.rows(measured), speed.HEADERS, floatfmt=".2f"))
        exponents = speed.growth(measured)
        if exponents:
            click.echo("\nGrowth exponent between the two largest sizes (time ~ claims^k): "
                       + ", ".join(f"{stage} {k:.2f}" for stage, k in exponents.items()))
        report["speed"] = {"runs": measured, "growth_exponents": exponents}
        if event_sizes and report.get("events"):
            report["speed"]["many_events"] = speed.bench_events([int(s) for s in event_sizes.split(",")], click.echo)
        if (Path(data) / "allsides").is_dir():
            from . import incremental  # adding one article against a cold run

            report["speed"]["add_one_article"] = incremental.bench(Path(data), click.echo)
    if compared:
        backends.report(compared, click.echo, tabulate, quality_table=False)
        report["backends"] = compared
    path = Path(out) / "results.json"
    write_atomic(path, json.dumps(report, indent=1, default=float) + "\n")
    click.echo(f"\nwritten: {path}")


if __name__ == "__main__":
    main()
