"""The embedding backends: ONNX Runtime int8 (the default), float32 and torch; their cache keys; the fallback."""
import json
import shutil
import subprocess
import sys
import textwrap

import numpy as np
import pytest

from crosscheck.config import Settings
from crosscheck.embed import (EmbeddingCache, RememberingEmbedder, SentenceTransformerEmbedder, embed_texts,
                              resolve_model_path)
from crosscheck.errors import ModelError
from crosscheck.onnxmodel import (MANIFEST, ExportError, ensure_export, export_key, library_versions,
                                  load_runner, quantisation_for_cpu)
from crosscheck.state import open_database

SENTENCES = [
    "China agreed to buy 12 million tons of soybeans by the end of the year.",
    "Beijing will purchase 12 million tonnes of soybeans before year-end.",
    "The Chinese readout said Taiwan's return to China is part of the post-war order.",
    "Trump said the call was very good and that he would visit Beijing in April.",
    "Tariffs on Chinese imports could rise to 155 percent.",
    "The river flooded three streets overnight.",
    "Officials did not comment.",
    "  A sentence with spaces around it.  ",
]


@pytest.fixture(scope="module")
def torch_embedder():
    model = SentenceTransformerEmbedder(backend="torch")
    model.embed(["warm up"])
    return model


def cosines(a, b):
    return np.einsum("ij,ij->i", a, b)


@pytest.mark.parametrize("machine, flags, expected", [
    # one configuration for every x86 CPU with AVX2, so that findings do not depend on the machine
    ("x86_64", {"avx2", "avx512f", "avx512bw", "avx512_vnni"}, "avx2"),
    ("x86_64", {"avx2", "avx512f", "avx512bw"}, "avx2"),
    ("x86_64", set(), "avx2"),
    ("AMD64", {"sse4_2", "avx2"}, "avx2"),
    ("x86_64", {"sse4_2", "avx"}, None),
    ("aarch64", set(), "arm64"),
    ("arm64", set(), "arm64"),
    ("riscv64", {"v"}, None),
])
def test_quantisation_follows_the_cpu_features(machine, flags, expected):
    assert quantisation_for_cpu(machine, flags) == expected


def test_default_backend_is_int8_for_this_cpu(embedder):
    assert Settings().backend == "onnx-int8"
    quantisation = quantisation_for_cpu()
    assert embedder.variant == (f"onnx-int8-{quantisation}" if quantisation else "")


def test_int8_vectors_are_the_torch_vectors_within_rounding(embedder, torch_embedder):
    int8, plain = embedder.embed(SENTENCES), torch_embedder.embed(SENTENCES)
    assert int8.shape == plain.shape == (len(SENTENCES), 384)
    assert np.allclose(np.linalg.norm(int8, axis=1), 1, atol=1e-5)
    assert cosines(int8, plain).min() > 0.97
    # the judgement that matters downstream: a paraphrase stays far closer than an unrelated sentence
    for vectors in (int8, plain):
        assert vectors[0] @ vectors[1] > 0.8 > 0.2 > vectors[0] @ vectors[5]


def test_float32_onnx_gives_the_torch_vectors(torch_embedder):
    onnx = SentenceTransformerEmbedder(backend="onnx")
    assert cosines(onnx.embed(SENTENCES), torch_embedder.embed(SENTENCES)).min() > 0.9999
    assert onnx.variant == "onnx"


def test_lean_runner_gives_sentence_transformers_own_onnx_vectors():
    """The runner crosscheck uses (onnxruntime + tokenizers) against sentence-transformers' ONNX backend."""
    from sentence_transformers import SentenceTransformer

    quantisation = quantisation_for_cpu()
    folder = ensure_export(resolve_model_path(Settings().model), quantisation)
    manifest = json.loads((folder / MANIFEST).read_text())
    assert manifest["lean"] and manifest["versions"] == library_versions()
    for int8 in ((False, True) if quantisation else (False,)):
        runner = load_runner(resolve_model_path(Settings().model), int8=int8)
        reference = SentenceTransformer(str(folder), backend="onnx", device="cpu",
                                        model_kwargs={"file_name": manifest["files"]["int8" if int8 else "fp32"]})
        expected = reference.encode(SENTENCES, batch_size=1 if int8 else 32, normalize_embeddings=True)
        assert cosines(runner.embed(SENTENCES, batch_size=3), expected).min() > 0.99999


def test_int8_vector_depends_on_its_text_only(embedder):
    """Dynamic quantisation scales by a whole run's activations: int8 runs one text at a time."""
    alone = embedder.embed(SENTENCES[:1])
    assert np.array_equal(alone, embedder.embed(SENTENCES)[:1])
    assert np.array_equal(alone, embedder.embed([SENTENCES[0], "word " * 200])[:1])


def test_cached_vectors_never_mix_backends(tmp_path, embedder, torch_embedder, settings):
    connection = open_database(tmp_path)
    cache = EmbeddingCache(connection, settings.cache_key())
    int8, first = embed_texts(SENTENCES, embedder, settings, cache)
    plain, second = embed_texts(SENTENCES, torch_embedder, settings, cache)
    assert first == second == len(SENTENCES)  # the torch run found nothing of int8's to reuse
    again, third = embed_texts(SENTENCES, embedder, settings, cache)
    assert third == 0 and np.array_equal(again, int8) and not np.array_equal(int8, plain)
    keys = dict(connection.execute("SELECT model, COUNT(*) FROM embeddings GROUP BY model").fetchall())
    assert keys == {settings.model: len(SENTENCES), f"{settings.model}|{embedder.variant}": len(SENTENCES)}


class CountingEmbedder:
    """The real model, counting the texts it is asked to embed."""

    def __init__(self, inner):
        self.inner, self.name, self.variant, self.texts = inner, inner.name, inner.variant, []

    def embed(self, texts, *, progress=False):
        self.texts += list(texts)
        return self.inner.embed(texts, progress=progress)


def test_remembering_embedder_embeds_a_text_once_and_serves_the_same_vector(embedder, settings):
    model = CountingEmbedder(embedder)
    remembering = RememberingEmbedder(model, settings)
    first = remembering.embed(SENTENCES[:3])
    again = remembering.embed([SENTENCES[2], SENTENCES[3], SENTENCES[0], SENTENCES[3]])
    assert model.texts == SENTENCES[:4]
    assert np.array_equal(again, np.vstack([first[2], embedder.embed(SENTENCES[3:4])[0], first[0],
                                            embedder.embed(SENTENCES[3:4])[0]]))
    assert remembering.embed([]).shape[0] == 0


def test_remembering_embedder_keeps_no_more_than_its_setting_and_reads_the_state_cache(tmp_path, embedder, settings):
    cache = EmbeddingCache(open_database(tmp_path), settings.cache_key())
    model = CountingEmbedder(embedder)
    remembering = RememberingEmbedder(model, settings.replace(phrase_vectors_kept=2), cache)
    vectors = remembering.embed(SENTENCES[:4])
    assert list(remembering.kept) == SENTENCES[:2]
    next_run = RememberingEmbedder(model, settings, cache)
    assert np.array_equal(next_run.embed(SENTENCES[:4]), vectors) and model.texts == SENTENCES[:4]


@pytest.fixture(scope="module")
def static_model(tmp_path_factory):
    """A real sentence-transformers model that torch runs and ONNX export refuses: static word embeddings."""
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.modules import StaticEmbedding
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(resolve_model_path(Settings().model) + "/tokenizer.json"))
    weights = np.random.default_rng(0).normal(size=(tokenizer.get_vocab_size(), 16)).astype(np.float32)
    folder = tmp_path_factory.mktemp("static")
    SentenceTransformer(modules=[StaticEmbedding(tokenizer, embedding_weights=weights)]).save(str(folder))
    return str(folder)


def test_model_that_cannot_be_exported_runs_on_torch_with_one_warning(tmp_path, static_model, settings, capsys,
                                                                      monkeypatch):
    monkeypatch.setenv("CROSSCHECK_CACHE_DIR", str(tmp_path / "cache"))
    model = SentenceTransformerEmbedder(static_model, backend="onnx-int8")
    assert model.variant.startswith("onnx-int8")  # planned; the export has not been tried yet
    cache = EmbeddingCache(open_database(tmp_path / "state"), static_model)
    vectors, embedded = embed_texts(SENTENCES[:3], model, settings, cache)
    assert embedded == 3 and vectors.shape == (3, 16) and model.variant == ""
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"warning: cannot run {static_model} on ONNX Runtime (")
    assert lines[0].endswith("; embedding with torch")
    # stored under the torch key, found there by a torch embedder of the same model
    assert embed_texts(SENTENCES[:3], SentenceTransformerEmbedder(static_model, backend="torch"), settings, cache)[1] == 0
    assert not list((tmp_path / "cache").rglob("*.onnx"))  # no half export left behind


def test_unwritable_export_cache_falls_back_to_torch(tmp_path, torch_embedder, capsys, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("CROSSCHECK_CACHE_DIR", str(blocker))
    with pytest.raises(ExportError, match="cannot write the export cache"):
        load_runner(resolve_model_path(Settings().model), int8=True)
    model = SentenceTransformerEmbedder(backend="onnx-int8")
    assert np.allclose(model.embed(SENTENCES[:2]), torch_embedder.embed(SENTENCES[:2]), atol=1e-5)
    assert "embedding with torch" in capsys.readouterr().err


def test_model_found_nowhere_is_one_error(tmp_path, capsys):
    with pytest.raises(ModelError, match="cannot load embedding model"):
        SentenceTransformerEmbedder(str(tmp_path / "missing"), backend="onnx-int8").embed(["x"])
    assert "warning" not in capsys.readouterr().err


def test_unknown_backend_is_refused():
    with pytest.raises(ModelError, match="unknown backend 'gpu'"):
        SentenceTransformerEmbedder(backend="gpu")


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    """A two-layer BERT with random weights and the bundled tokenizer: exports in seconds."""
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.modules import Pooling, Transformer
    from transformers import BertConfig, BertModel

    source = resolve_model_path(Settings().model)
    bert_folder = tmp_path_factory.mktemp("tiny-bert")
    for name in ("tokenizer.json", "tokenizer_config.json", "vocab.txt", "special_tokens_map.json"):
        shutil.copy(f"{source}/{name}", bert_folder / name)
    config = BertConfig(vocab_size=30522, hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                        intermediate_size=64, max_position_embeddings=128)
    BertModel(config).save_pretrained(str(bert_folder))
    transformer = Transformer(str(bert_folder), max_seq_length=64)
    folder = tmp_path_factory.mktemp("tiny")
    SentenceTransformer(modules=[transformer, Pooling(32, "mean")]).save(str(folder))
    return str(folder)


def test_export_is_built_once_and_again_when_a_library_changes(tmp_path, tiny_model, monkeypatch):
    import crosscheck.onnxmodel as onnxmodel

    first = ensure_export(tiny_model, "avx2", tmp_path)
    stamp = (first / MANIFEST).stat().st_mtime_ns
    assert ensure_export(tiny_model, "avx2", tmp_path) == first and (first / MANIFEST).stat().st_mtime_ns == stamp
    manifest = json.loads((first / MANIFEST).read_text())
    assert manifest["lean"] and manifest["files"]["int8"] == "onnx/model_quint8_avx2.onnx"
    assert (first / manifest["files"]["int8"]).is_file()
    upgraded = {**library_versions(), "onnxruntime": "99.0"}
    monkeypatch.setattr(onnxmodel, "library_versions", lambda: upgraded)
    second = ensure_export(tiny_model, "avx2", tmp_path)
    assert second != first and second.is_dir() and first.is_dir()  # rebuilt; the other versions' export kept
    assert export_key(tiny_model, "avx2", upgraded, tmp_path) == second.name != export_key(tiny_model, "avx512", upgraded,
                                                                                          tmp_path)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no building folder left
    monkeypatch.setattr(onnxmodel, "EXPORTS_KEPT", 2)
    monkeypatch.setattr(onnxmodel, "library_versions", lambda: {**upgraded, "onnxruntime": "100.0"})
    third = ensure_export(tiny_model, "avx2", tmp_path)
    assert third.is_dir() and second.is_dir() and not first.exists()  # the least recently used went


def test_rerun_with_nothing_changed_imports_no_runtime(seed_copy, tmp_path):
    """The model-free re-run stays model-free with the ONNX backend: neither onnxruntime nor tokenizers."""
    from click.testing import CliRunner

    from crosscheck.cli import cli

    arguments = ["report", str(seed_copy), "-o", str(tmp_path / "r.md")]
    assert CliRunner().invoke(cli, arguments).exit_code == 0  # the settings of the command line, remembered
    script = textwrap.dedent(f"""
        import sys
        from crosscheck.cli import cli
        try:
            cli({arguments!r})
        except SystemExit as stop:
            assert stop.code in (0, None), stop.code
        print("heavy:", sorted(m for m in ("onnxruntime", "tokenizers", "torch", "spacy") if m in sys.modules))
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "heavy: []" in result.stdout


def test_backend_option_reaches_the_settings():
    from click.testing import CliRunner

    from crosscheck.cli import cli

    result = CliRunner().invoke(cli, ["pair", "a", "b", "--backend", "gpu"])
    assert result.exit_code == 2 and "'gpu' is not one of" in result.output
    assert Settings().replace(backend="torch").backend == "torch"


def test_vectors_embedded_with_progress_shown_keep_their_backend_key(tmp_path, embedder, settings):
    """The pipeline wraps the embedder to report progress: the wrapper must not hide the backend."""
    from crosscheck.pipeline import run

    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "budget.txt").write_text(
        "---\noutlet: City Desk\ntitle: Council passes the budget\ndate: 2025-03-04\n---\n"
        "The council approved the city budget on Monday after a long debate.\n\n"
        "Mayor Ana Lopez said the budget grows by four percent next year.\n", encoding="utf-8")
    connection = open_database(tmp_path / "state")
    seen = []
    run([folder], settings, embedder, EmbeddingCache(connection, settings.cache_key()),
        progress=lambda *update: seen.append(update))
    models = {model for (model,) in connection.execute("SELECT DISTINCT model FROM embeddings")}
    assert seen and models == {f"{settings.model}|{embedder.variant}"}
