"""ONNX backend: a sentence-transformers model -> an ONNX export, int8-quantised for this CPU, cached once.

The export and the quantisation go through sentence-transformers' own ONNX support (optimum), once per
model, library versions and CPU, into a user cache folder. Running the export then needs only
onnxruntime and tokenizers: importing sentence-transformers (torch, transformers) costs several
seconds of every cold run, more than embedding a small corpus. Each export checks that this lean
runner gives sentence-transformers' own vectors on a few probes; where it does not (an unusual module
layout), the export is run through sentence-transformers instead.
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
import os
import platform
import re
import shutil
import sys
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np

from .errors import CrosscheckError
from .state import write_atomic

MANIFEST = "crosscheck-export.json"  # written last: a folder holding it is a complete export
FP32_FILE = "onnx/model.onnx"
# The libraries whose versions change what an export contains; a new version means a new export.
LIBRARIES = ("sentence-transformers", "transformers", "optimum", "optimum-onnx", "onnxruntime", "onnx", "torch")
HASHES_FILE = "file-hashes.json"  # content hashes of model files, by path, size and modification time
LOCKS = "locks"  # one lock file per export being built
# Exports kept per model: a clone, CI and a second venv with other library versions each keep theirs
# instead of taking turns re-exporting (5-17 s and 1.2 GB each time); older ones go, least recently used first.
EXPORTS_KEPT = 3
# How long a process waits for another to finish the same export (measured 5-17 s; a loaded machine, more).
_EXPORT_WAIT_SECONDS = 600
# Of the dynamic int8 configurations sentence-transformers offers, every x86 CPU takes avx2's (uint8 weights),
# AVX-512 ones included: with one model file, similarities agree to 1e-7 between an AVX-512 VNNI machine
# and an AVX2 one (CI's), so findings are the same on every x86 machine. Each CPU taking its best configuration instead made answers depend on
# the machine: 3 of 2,866 tests passed on an AVX-512 VNNI machine and failed on an AVX2 one (CI), the
# similarities of those pairs moving by up to 0.03, and the AllSides sheet changed (2·4·180 findings
# against 2·5·175). ARM takes arm64's; its figures are not measured.
# The lean runner must give sentence-transformers' own vectors: cosine at least this on every probe.
_LEAN_MIN_COSINE = 0.9999
# The int8 model runs one text at a time. Dynamic quantisation scales each run's activations by the
# whole batch's range, so in a batch a text's vector depends on its neighbours and their padding
# (cosine 0.991 between the same texts embedded alone and in batches of 64, on 240 seed sentences);
# alone, a vector depends on its text only, is closer to float32 (0.9928 against 0.9919 mean cosine)
# and, with no padding, is no slower (measured faster: 29-31 against 23-25 texts/s, loaded machine).
INT8_ROWS_PER_RUN = 1
_PROBES = ("Xi Jinping told Donald Trump that Taiwan's return to China was part of the post-war order.",
           "Tariffs could rise to 155%.", "  Leading and trailing spaces  ", "word " * 400, "短い文章です。")


class ExportError(Exception):
    """The model cannot be exported to (or run on) ONNX here; the caller falls back to torch."""


def quantisation_for_cpu(machine: str | None = None, flags: set[str] | frozenset[str] | None = None) -> str | None:
    """The int8 configuration for this CPU: avx2 on x86 (any with AVX2), arm64 on ARM; None when none fits."""
    machine = (machine or platform.machine()).lower()
    if machine in {"arm64", "aarch64"}:
        return "arm64"
    if machine not in {"x86_64", "amd64", "x64", "i386", "i686"}:
        return None
    flags = cpu_flags() if flags is None else flags
    if not flags or "avx2" in flags:  # features unknown (no /proc/cpuinfo, no sysctl): assume x86-64-v3
        return "avx2"
    return None


@functools.cache
def cpu_flags() -> frozenset[str]:
    """Lower-case CPU feature names from /proc/cpuinfo (Linux) or sysctl (macOS); empty when unknown.

    Read once per process: the embedder's variant (its cache key) is asked for on every lookup.
    """
    try:
        for line in Path("/proc/cpuinfo").read_text(errors="replace").splitlines():
            if line.startswith(("flags", "Features")):
                return frozenset(line.split(":", 1)[1].lower().split())
    except OSError:
        pass
    if sys.platform == "darwin":
        import subprocess

        try:
            found = subprocess.run(["sysctl", "-n", "machdep.cpu.features", "machdep.cpu.leaf7_features"],
                                   capture_output=True, text=True, timeout=5).stdout
        except (OSError, subprocess.SubprocessError):
            return frozenset()
        names = set(found.lower().split())
        return frozenset(names | {name.replace("avx512", "avx512_") for name in names if name == "avx512vnni"})
    return frozenset()


def cache_root() -> Path:
    """Where exports are kept: $CROSSCHECK_CACHE_DIR, else crosscheck/onnx in the user cache folder."""
    if os.environ.get("CROSSCHECK_CACHE_DIR"):
        return Path(os.environ["CROSSCHECK_CACHE_DIR"]) / "onnx"
    base = os.environ.get("XDG_CACHE_HOME") or (
        os.environ.get("LOCALAPPDATA") if sys.platform == "win32" else None) or Path.home() / ".cache"
    return Path(base) / "crosscheck" / "onnx"


def library_versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    found = {}
    for name in LIBRARIES:
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = "-"
    return found


def export_key(model_path: str, quantisation: str | None, versions: dict[str, str], root: Path | None = None) -> str:
    """A folder name for one export: the model's name, and a hash of its files' content, the library
    versions and the CPU configuration.

    A folder's identity is what its files hold, not where it is installed or when: two checkouts or
    venvs with the same weights and libraries share one export; retrained weights get their own.
    """
    digest = hashlib.sha256()
    path = Path(model_path)
    identity = model_slug(model_path) if path.is_dir() else model_path
    digest.update(json.dumps([identity, quantisation, sorted(versions.items())]).encode())
    if path.is_dir():
        hashes = _FileHashes(root or cache_root())
        for file in sorted(p for p in path.rglob("*") if p.is_file()):
            digest.update(f"{file.relative_to(path).as_posix()}\0{hashes.of(file)}\0".encode())
        hashes.save()
    return f"{model_slug(model_path)}-{digest.hexdigest()[:16]}"


class _FileHashes:
    """Content hashes of model files, remembered by path, size and modification time, so a model's
    90 MB are read once, not on every run that loads it."""

    def __init__(self, root: Path):
        self.path = root / HASHES_FILE
        try:
            self.known = json.loads(self.path.read_text(encoding="utf-8"))
            assert isinstance(self.known, dict)
        except (OSError, ValueError, AssertionError):
            self.known = {}
        self.changed = False

    def of(self, file: Path) -> str:
        stat = file.stat()
        key = f"{file.resolve()}\0{stat.st_size}\0{stat.st_mtime_ns}"
        if key not in self.known:
            digest = hashlib.sha256()
            with file.open("rb") as stream:
                for block in iter(lambda: stream.read(1 << 20), b""):
                    digest.update(block)
            self.known[key], self.changed = digest.hexdigest(), True
        return self.known[key]

    def save(self) -> None:
        if not self.changed:
            return
        try:  # a cache of a cache: when it cannot be written, the next run hashes again
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self.path, json.dumps(self.known))
        except (OSError, CrosscheckError):
            pass


def model_slug(model_path: str) -> str:
    path = Path(model_path)
    name = path.parent.name if path.name == "model" else path.name  # the bundled model lives in <package>/model
    return re.sub(r"[^A-Za-z0-9._-]+", "_", name or "model")[:60]


def ensure_export(model_path: str, quantisation: str | None, root: Path | None = None) -> Path:
    """The folder of this model's ONNX export (and int8 file), building it the first time.

    One process builds an export while others wanting the same one wait for it (a lock per export);
    it is built in a temporary folder beside its final place and renamed into it, so a crash leaves
    no half export. The `EXPORTS_KEPT` exports of a model used last are kept (other library
    versions, other weights); older ones are removed.
    """
    from filelock import FileLock, Timeout

    root = root or cache_root()
    key = export_key(model_path, quantisation, library_versions(), root)
    folder = root / key
    if (folder / MANIFEST).is_file():
        return _used(folder)
    try:
        (root / LOCKS).mkdir(parents=True, exist_ok=True)
        with FileLock(str(root / LOCKS / f"{key}.lock"), timeout=_EXPORT_WAIT_SECONDS):
            if not (folder / MANIFEST).is_file():  # else another process built it while this one waited
                _build_into(folder, model_path, quantisation, root)
    except Timeout:
        raise ExportError(f"another process has been exporting {key} for over {_EXPORT_WAIT_SECONDS} s") from None
    except OSError as error:
        raise ExportError(f"cannot write the export cache {root} ({error.strerror or error})") from error
    _prune(root, key)
    return _used(folder)


def _build_into(folder: Path, model_path: str, quantisation: str | None, root: Path) -> None:
    building = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=root))
    try:
        if sys.stderr.isatty():  # a wait of seconds to a minute, once; a failure says its own one line
            print(f"exporting {model_slug(model_path)} to ONNX{f' and int8 ({quantisation})' if quantisation else ''}, "
                  f"once, into {root}", file=sys.stderr)
        started = time.perf_counter()
        manifest = _build(model_path, quantisation, building)
        manifest["export_seconds"] = round(time.perf_counter() - started, 2)
        (building / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
        shutil.rmtree(folder, ignore_errors=True)  # a folder without a manifest is a half export
        os.replace(building, folder)
    finally:
        shutil.rmtree(building, ignore_errors=True)


def _used(folder: Path) -> Path:
    """Mark the export as just used (its folder's time): pruning removes the least recently used."""
    with contextlib.suppress(OSError):
        os.utime(folder)
    return folder


def _last_used(folder: Path) -> int:
    try:
        return folder.stat().st_mtime_ns
    except OSError:  # removed meanwhile by another process's pruning
        return 0


def _prune(root: Path, key: str) -> None:
    """Remove the exports of the same model used least recently, beyond the `EXPORTS_KEPT` last."""
    slug = key.rsplit("-", 1)[0]
    others = [other for other in root.glob(f"{slug}-*") if other.name != key and other.is_dir()
              and re.fullmatch(r"[0-9a-f]{16}", other.name[len(slug) + 1:])]
    by_use = sorted(others, key=_last_used, reverse=True)
    for other in by_use[EXPORTS_KEPT - 1:]:
        shutil.rmtree(other, ignore_errors=True)


@contextlib.contextmanager
def _quiet():
    """Silence the export's chatter (tracer warnings, 'exporting...' logs): crosscheck says one line itself."""
    loggers = [logging.getLogger(name) for name in ("sentence_transformers", "optimum", "transformers", "root")]
    levels = [logger.level for logger in loggers]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for logger in loggers:
            logger.setLevel(logging.ERROR)
        try:
            yield
        finally:
            for logger, level in zip(loggers, levels):
                logger.setLevel(level)


def _build(model_path: str, quantisation: str | None, folder: Path) -> dict:
    """Export, quantise and check one model into `folder`; returns the manifest."""
    try:
        with _quiet():
            from sentence_transformers import (
                SentenceTransformer,
                export_dynamic_quantized_onnx_model,
            )
            from transformers.utils import logging as transformers_logging

            transformers_logging.set_verbosity_error()  # this process exports; its own lines say what happens
            model = SentenceTransformer(model_path, backend="onnx", device="cpu")
            model.save_pretrained(str(folder))
            if quantisation:
                export_dynamic_quantized_onnx_model(model, quantisation, str(folder))
            expected = model.encode(list(_PROBES), convert_to_numpy=True, normalize_embeddings=True)
    except Exception as error:  # the export raises many types, from missing files to unsupported layers
        raise ExportError(_one_line(error)) from error
    files = {"fp32": FP32_FILE}
    if quantisation:  # named after the weights' type, qint8 or quint8 (avx2 and arm64 quantise to uint8)
        written = sorted(folder.glob(f"onnx/model_*int8_{quantisation}.onnx"))
        if not written:
            raise ExportError(f"the int8 export ({quantisation}) wrote no model file")
        files["int8"] = written[0].relative_to(folder).as_posix()
    if not (folder / FP32_FILE).is_file():
        raise ExportError(f"the export wrote no {FP32_FILE}")
    lean = _lean_spec(model, folder)
    if lean is not None:
        got = LeanRunner(folder, lean, FP32_FILE).embed(list(_PROBES), batch_size=2)
        if float(np.min(np.einsum("ij,ij->i", got, expected))) < _LEAN_MIN_COSINE:
            lean = None
    return {"model": model_path, "quantisation": quantisation, "files": files, "lean": lean,
            "versions": library_versions(), "dimension": int(expected.shape[1])}


def _lean_spec(model, folder: Path) -> dict | None:
    """What the lean runner needs (truncation, padding, pooling), or None for a layout it does not cover."""
    modules = list(model)
    names = [type(m).__name__ for m in modules]
    if len(names) < 2 or names[:2] != ["Transformer", "Pooling"] or any(n != "Normalize" for n in names[2:]):
        return None
    pooling = getattr(modules[1], "pooling_mode", None)
    if not isinstance(pooling, str) and hasattr(modules[1], "get_pooling_mode_str"):
        pooling = modules[1].get_pooling_mode_str()
    tokenizer = getattr(modules[0], "tokenizer", None)
    if pooling not in {"mean", "cls", "max"} or tokenizer is None or not (folder / "tokenizer.json").is_file():
        return None
    if tokenizer.pad_token is None or model.max_seq_length is None:
        return None
    return {"max_seq_length": int(model.max_seq_length), "pooling": pooling, "pad_token": tokenizer.pad_token,
            "pad_id": int(tokenizer.pad_token_id), "lowercase": bool(getattr(modules[0], "do_lower_case", False))}


def _one_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return f"{type(error).__name__}: {text[0] if text else ''}"[:300]


class LeanRunner:
    """An exported model on ONNX Runtime with the tokenizers library: tokenize, run, pool, normalise."""

    def __init__(self, folder: Path, spec: dict, file_name: str, rows_per_run: int | None = None):
        import onnxruntime
        from tokenizers import Tokenizer

        self.spec = spec
        self.rows_per_run = rows_per_run
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(spec["max_seq_length"])
        self.tokenizer.enable_padding(pad_id=spec["pad_id"], pad_token=spec["pad_token"])
        options = onnxruntime.SessionOptions()
        options.log_severity_level = 3
        # Idle worker threads sleep instead of spinning: on 2 cores shared with other work, spinning
        # halved throughput (28 against 50-73 texts/s, with twice the CPU time per text).
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self.session = onnxruntime.InferenceSession(str(folder / file_name), options,
                                                    providers=["CPUExecutionProvider"])
        self.input_names = {i.name for i in self.session.get_inputs()}
        outputs = [o.name for o in self.session.get_outputs()]
        self.output = "last_hidden_state" if "last_hidden_state" in outputs else outputs[0]

    def embed(self, texts: list[str], *, batch_size: int, progress: bool = False) -> np.ndarray:
        """Unit vectors, one row per text; batches of similar length, as sentence-transformers does."""
        if self.spec["lowercase"]:
            texts = [t.lower() for t in texts]
        order = np.argsort([-len(t) for t in texts], kind="stable")
        batch_size = self.rows_per_run or batch_size
        starts = range(0, len(texts), batch_size)
        if progress:
            from tqdm import tqdm

            starts = tqdm(starts, desc="embedding", unit="batch")
        rows: list[np.ndarray] = []
        for start in starts:
            rows.append(self._batch([texts[i] for i in order[start:start + batch_size]]))
        if not rows:
            return np.zeros((0, 0), dtype=np.float32)
        vectors = np.empty((len(texts), rows[0].shape[1]), dtype=np.float32)
        vectors[order] = np.vstack(rows)
        return vectors

    def _batch(self, texts: list[str]) -> np.ndarray:
        encodings = self.tokenizer.encode_batch(texts)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feeds = {"input_ids": np.array([e.ids for e in encodings], dtype=np.int64), "attention_mask": mask}
        if "token_type_ids" in self.input_names:
            feeds["token_type_ids"] = np.array([e.type_ids for e in encodings], dtype=np.int64)
        hidden = self.session.run([self.output], feeds)[0].astype(np.float32)
        weights = mask[:, :, None].astype(np.float32)
        if self.spec["pooling"] == "cls":
            pooled = hidden[:, 0]
        elif self.spec["pooling"] == "max":
            pooled = np.where(weights > 0, hidden, -1e9).max(axis=1)
        else:
            pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        return pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)


class LibraryRunner:
    """An export whose layout the lean runner does not cover, run by sentence-transformers itself."""

    def __init__(self, folder: Path, file_name: str, rows_per_run: int | None = None):
        self.rows_per_run = rows_per_run
        with _quiet():
            from sentence_transformers import SentenceTransformer

            self.model = SentenceTransformer(str(folder), backend="onnx", device="cpu",
                                             model_kwargs={"file_name": file_name})

    def embed(self, texts: list[str], *, batch_size: int, progress: bool = False) -> np.ndarray:
        return np.asarray(self.model.encode(texts, batch_size=self.rows_per_run or batch_size, show_progress_bar=progress,
                                            convert_to_numpy=True, normalize_embeddings=True), dtype=np.float32)


def load_runner(model_path: str, *, int8: bool, root: Path | None = None):
    """A runner for the model's ONNX export, float32 or int8, exporting it first if needed.

    One export per model, library versions and CPU holds both files; the int8 one is quantised with
    the configuration for this CPU's features.

    Raises:
        ExportError: the model cannot be exported or the export cannot be run (or int8 was asked for on
            a CPU without a configuration); fall back to torch.
    """
    quantisation = quantisation_for_cpu()
    if int8 and quantisation is None:
        raise ExportError("this CPU has none of the features int8 needs (AVX2, AVX-512, ARM64)")
    folder = ensure_export(model_path, quantisation, root)
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        file_name = manifest["files"]["int8" if int8 else "fp32"]
        rows = INT8_ROWS_PER_RUN if int8 else None
        if manifest.get("lean"):
            return LeanRunner(folder, manifest["lean"], file_name, rows)
        return LibraryRunner(folder, file_name, rows)
    except Exception as error:  # a damaged cache or an onnxruntime that refuses the file
        raise ExportError(f"cannot run the export in {folder}: {_one_line(error)}") from error
