import os
import shutil
from pathlib import Path

import pytest

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TOKENIZERS_PARALLELISM"] = "false"

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def embedder():
    """The real default model, loaded once per test session."""
    from crosscheck.embed import SentenceTransformerEmbedder

    model = SentenceTransformerEmbedder()
    model.embed(["warm up"])
    return model


@pytest.fixture(scope="session")
def settings():
    from crosscheck.config import Settings

    return Settings()


@pytest.fixture(scope="session")
def verdict(embedder, settings):
    """The comparator's judgement of two sentences read as the claims stage reads them (real parse, real model)."""
    from crosscheck.claims import claim_from_text
    from crosscheck.compare import judge

    def run(a_text, b_text):
        a, b = claim_from_text(a_text), claim_from_text(b_text)
        vectors = embedder.embed([a.text, b.text])
        return judge(a, b, float(vectors[0] @ vectors[1]), settings)
    return run


@pytest.fixture(scope="session")
def compared_together(embedder, settings):
    """The judge's verdict where a report would compare two sentences read together as one article's
    (`claims_read_together`, `candidate_pairs`), else None."""
    from crosscheck.claims import claims_read_together
    from crosscheck.compare import candidate_pairs, judge

    def run(a_text, b_text):
        claims = claims_read_together([a_text, b_text])
        vectors = embedder.embed([c.text for c in claims])
        for _, _, cosine, similarity in candidate_pairs(claims, vectors, settings):
            return judge(*claims, cosine, settings, similarity)
        return None
    return run


@pytest.fixture(scope="session")
def seed_run(tmp_path_factory, embedder, settings):
    """The seed corpus run once through the whole pipeline, in a copy with its own state."""
    from crosscheck.pipeline import run_tracked

    corpus_dir = tmp_path_factory.mktemp("seeds")
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, corpus_dir / path.name)
    tracked = run_tracked([corpus_dir], settings, embedder)
    return tracked.corpus, tracked.stats


@pytest.fixture
def seed_copy(tmp_path, seed_run):
    """A fresh copy of the seed corpus with the state (embeddings, last run) the seed run left."""
    source = Path(seed_run[0].articles[0].path).parent
    folder = tmp_path / "corpus"
    shutil.copytree(source, folder)
    return folder


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path
