"""The embedding backends side by side: torch, ONNX Runtime float32 and ONNX Runtime int8.

Quality: each backend's cosines on MSRP validation and SICK trial, judged by the comparator exactly as
in the main quality table (same claims, same settings); a backend is "equal" when both F1s are within
0.01 of torch's. Speed: the pipeline on the same synthetic corpora on each backend (texts embedded per
second, the whole run), the export once (time, peak memory), and a cold `crosscheck report` on the
seeds against a plain sentence-transformers script that loads the model and embeds the same texts.
Every timed run is its own process; the cold-start runs alternate and the median is reported.
"""
from __future__ import annotations

import dataclasses
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from . import quality as quality_module
from .speed import SEEDS, measure_in_subprocess, peak_memory_mb

BACKENDS = ("torch", "onnx", "onnx-int8")
QUALITY_SETS = ("msrp/validation", "sick/trial")
TOLERANCE = 0.01  # the bar for "measured equal": both F1s within this of torch's
COLD_REPEATS = 3
_PLAIN_SCRIPT = """
import json, sys
from sentence_transformers import SentenceTransformer
from crosscheck.embed import resolve_model_path
texts = json.load(open(sys.argv[1]))
SentenceTransformer(resolve_model_path("all-MiniLM-L6-v2"), device="cpu").encode(texts, batch_size=64)
"""
_IMPORTS = {"torch": "import torch", "sentence-transformers": "import sentence_transformers",
            "onnxruntime + tokenizers": "import onnxruntime, tokenizers", "spacy": "import spacy",
            "crosscheck.cli": "import crosscheck.cli"}


# -- quality ------------------------------------------------------------------------------------

def quality(sets: dict, settings, cache) -> dict:
    """F1 on MSRP validation and SICK trial per backend, and how close each backend's vectors are to torch's."""
    from crosscheck.embed import SentenceTransformerEmbedder, embed_texts

    results, vectors = {}, {}
    for backend in BACKENDS:
        embedder = SentenceTransformerEmbedder(settings.model, settings.batch_size, backend)
        rescored = {}
        for key in QUALITY_SETS:
            scored = sets[key]
            texts = [p.first for p in scored.pairs] + [p.second for p in scored.pairs]
            found, _ = embed_texts(texts, embedder, settings, cache)
            half = len(scored.pairs)
            rescored[key] = dataclasses.replace(scored, cosines=np.einsum("ij,ij->i", found[:half], found[half:]))
            vectors.setdefault(backend, []).append(found)
        results[backend] = {
            "variant": embedder.variant or "torch",
            "msrp_validation": quality_module.msrp_figures(rescored["msrp/validation"], settings),
            "sick_trial_contradiction": quality_module.sick_figures(rescored["sick/trial"], settings),
            "pairs": {key: len(sets[key].pairs) for key in QUALITY_SETS}}
    reference = np.vstack(vectors["torch"])
    for backend in BACKENDS:
        cosines = np.einsum("ij,ij->i", np.vstack(vectors[backend]), reference)
        results[backend]["cosine_to_torch"] = {"mean": float(cosines.mean()), "min": float(cosines.min()),
                                               "texts": int(len(cosines))}
        results[backend]["equal_to_torch"] = all(
            abs(results[backend][name]["f1"] - results["torch"][name]["f1"]) <= TOLERANCE
            for name in ("msrp_validation", "sick_trial_contradiction"))
    return results


def quality_rows(results: dict) -> list[list]:
    torch = results["torch"]
    rows = []
    for backend, r in results.items():
        msrp, sick = r["msrp_validation"]["f1"], r["sick_trial_contradiction"]["f1"]
        rows.append([backend, r["variant"], f"{msrp:.3f}", f"{msrp - torch['msrp_validation']['f1']:+.3f}",
                     f"{sick:.3f}", f"{sick - torch['sick_trial_contradiction']['f1']:+.3f}",
                     f"{r['cosine_to_torch']['mean']:.4f} / {r['cosine_to_torch']['min']:.4f}",
                     "yes" if r["equal_to_torch"] else "NO"])
    return rows


QUALITY_HEADERS = ["backend", "variant", "MSRP val F1", "Δ torch", "SICK trial contr. F1", "Δ torch",
                   "cosine to torch mean / min", f"within {TOLERANCE}"]


# -- speed --------------------------------------------------------------------------------------

def speed(sizes: list[int], echo) -> dict:
    """Each backend on the same corpora, one after the other at each size, so that a change in what
    else the machine is doing falls on all three alike."""
    runs: dict[str, list[dict]] = {backend: [] for backend in BACKENDS}
    for size in sizes:
        for backend in BACKENDS:
            runs[backend].append(measure_in_subprocess(size, backend))
            echo(f"  speed: {size} articles on {backend} done", err=True)
    return {"runs": runs, "export": measure_export(), "cold_start": cold_start(echo), "load_average": _load()}


def _load() -> list[float] | None:
    """The machine's load averages when the runs ended: the figures are only as clean as this is low."""
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


def speed_rows(result: dict) -> list[list]:
    runs = result["runs"]
    rows = []
    for index, torch in enumerate(runs["torch"]):
        fp32, int8 = runs["onnx"][index], runs["onnx-int8"][index]
        rows.append([torch["articles"], torch["embedded"], torch["embedded_per_s"], fp32["embedded_per_s"],
                     int8["embedded_per_s"], int8["embedded_per_s"] / torch["embedded_per_s"],
                     torch["total_s"], int8["total_s"], int8["total_s"] / torch["total_s"],
                     torch["peak_rss_mb"], int8["peak_rss_mb"]])
    return rows


SPEED_HEADERS = ["articles", "texts embedded", "torch texts/s", "onnx fp32 texts/s", "onnx int8 texts/s",
                 "int8 / torch", "torch run s", "int8 run s", "int8 / torch run", "torch peak MB", "int8 peak MB"]


def measure_export() -> dict:
    """The default model's export and int8 quantisation, once, in a fresh process and cache folder."""
    with tempfile.TemporaryDirectory() as folder:
        result = subprocess.run([sys.executable, "-m", "benchmarks.backends", "export"], capture_output=True,
                                text=True, env={**os.environ, "CROSSCHECK_CACHE_DIR": folder}, cwd=SEEDS.parent)
        if result.returncode != 0:
            raise RuntimeError(f"export measurement failed:\n{result.stderr[-2000:]}")
        return json.loads(result.stdout.strip().splitlines()[-1])


def _export_here() -> dict:
    from crosscheck.embed import resolve_model_path
    from crosscheck.onnxmodel import MANIFEST, ensure_export, quantisation_for_cpu

    started = time.perf_counter()
    folder = ensure_export(resolve_model_path("all-MiniLM-L6-v2"), quantisation_for_cpu())
    seconds = time.perf_counter() - started
    manifest = json.loads((folder / MANIFEST).read_text())
    sizes = {name: (folder / path).stat().st_size / 1e6 for name, path in manifest["files"].items()}
    return {"seconds": seconds, "peak_rss_mb": peak_memory_mb(), "quantisation": manifest["quantisation"],
            "file_mb": sizes, "lean_runner": bool(manifest["lean"])}


def cold_start(echo) -> dict:
    """Cold `crosscheck report` on a fresh copy of the seeds (no state; the export already cached)
    against the plain script on the same texts; and what importing each library costs."""
    timings: dict[str, list[float]] = {"crosscheck onnx-int8": [], "crosscheck torch": [], "plain script": []}
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        texts_file = root / "texts.json"
        for repeat in range(COLD_REPEATS + 1):  # the first round warms the disk cache and is not counted
            for name in ("crosscheck onnx-int8", "crosscheck torch"):
                corpus = root / f"corpus-{name.split()[-1]}-{repeat}"
                shutil.copytree(SEEDS, corpus, ignore=shutil.ignore_patterns(".*"))
                out = root / f"out-{repeat}"
                seconds = _timed([sys.executable, "-m", "crosscheck", "report", str(corpus), "-o",
                                  str(out / "r.md"), "--json", str(out / "r.json"), "--backend", name.split()[-1]])
                if repeat:
                    timings[name].append(seconds)
                if not texts_file.exists():
                    claims = json.loads((out / "r.json").read_text())["claims"]
                    texts_file.write_text(json.dumps([c["text"] for c in claims]))
            seconds = _timed([sys.executable, "-c", _PLAIN_SCRIPT, str(texts_file)])
            if repeat:
                timings["plain script"].append(seconds)
        texts = len(json.loads(texts_file.read_text()))
    echo("  speed: cold start done", err=True)
    imports = {name: statistics.median(_timed([sys.executable, "-c", code]) for _ in range(COLD_REPEATS))
               for name, code in _IMPORTS.items()}
    median = {name: statistics.median(values) for name, values in timings.items()}
    return {"texts": texts, "repeats": COLD_REPEATS, "seconds": timings, "median_s": median,
            "ratio_int8_to_plain": median["crosscheck onnx-int8"] / median["plain script"],
            "ratio_torch_to_plain": median["crosscheck torch"] / median["plain script"], "import_s": imports}


def _timed(command: list[str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, cwd=SEEDS.parent,
                            env={**os.environ, "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"})
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command[:4])} failed:\n{result.stderr[-2000:]}")
    return time.perf_counter() - started


def report(result: dict, echo, tabulate, *, quality_table: bool = True) -> None:
    """Print the backend tables of `make bench` (the quality one as soon as it is known)."""
    if quality_table:
        _report_quality(result, echo, tabulate)
    if "speed" in result:
        _report_speed(result, echo, tabulate)


def _report_quality(result: dict, echo, tabulate) -> None:
    echo("\nEmbedding backends: quality (comparator judging each backend's cosines; "
         f"pairs: MSRP validation {result['quality']['torch']['pairs']['msrp/validation']}, "
         f"SICK trial {result['quality']['torch']['pairs']['sick/trial']})\n")
    echo(tabulate(quality_rows(result["quality"]), QUALITY_HEADERS))


def _report_speed(result: dict, echo, tabulate) -> None:
    speed_result = result["speed"]
    echo("\nEmbedding backends: speed (same corpora and texts; texts/s = texts embedded / embed stage seconds; "
         "run = all stages, model load excluded)\n")
    echo(tabulate(speed_rows(speed_result), SPEED_HEADERS, floatfmt=".2f"))
    echo(f"(load average at the end: {speed_result['load_average']})")
    export = speed_result["export"]
    echo(f"\nExport to ONNX + int8 ({export['quantisation']}), once: {export['seconds']:.1f} s, peak memory "
         f"{export['peak_rss_mb']:.0f} MB, files " + ", ".join(f"{k} {v:.0f} MB" for k, v in export["file_mb"].items()))
    cold = speed_result["cold_start"]
    echo(f"\nCold start on the seeds ({cold['texts']} claims; median of {cold['repeats']} alternating runs, seconds): "
         + ", ".join(f"{name} {value:.2f}" for name, value in cold["median_s"].items())
         + f"; crosscheck int8 / plain {cold['ratio_int8_to_plain']:.2f}, torch / plain {cold['ratio_torch_to_plain']:.2f}")
    echo("Import alone (median of 3, seconds): "
         + ", ".join(f"{name} {value:.2f}" for name, value in cold["import_s"].items()))


if __name__ == "__main__" and sys.argv[1:] == ["export"]:
    print(json.dumps(_export_here()))
