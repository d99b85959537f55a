"""Issue 17, ninth round: a report "as" sets beside its main clause ("As the Ledger reported, ...") frames that
clause even where the clause's own verb states a position or an act of its subject, as "the Ledger reported that
..." does, but not what the clause's subject said (a quotation stays the person's quoted); and a transcript's label
speaks for its whole paragraph (real parse).

Sentences written for these tests: the "as" clause first, in the middle and last; the main clause a stance, an
act, a verb of speech with its own statement, and in the passive; and the shapes that are no report: "as" of time
("As Trump spoke to the crowd, ..."), a report with a statement of its own ("As the mayor argued on Monday, the
levy would hurt farms, the council said"), and "as expected".
"""
import pytest

from tests.test_claims import claims_of


@pytest.mark.parametrize("sentence", [
    "As the Ledger reported on Friday, the mayor was refusing to call the shooting terrorism.",
    "As the Ledger reported on Friday, the auditor issued subpoenas to the foundation.",
    "The mayor, as the Ledger reported, has long opposed the levy.",
    "The mayor has long opposed the levy, as the Ledger reported on Friday.",
    "The levy was opposed by the mayor, as the Ledger reported.",
])
def test_a_report_as_beside_its_main_clause_is_the_reporters(sentence):
    (claim,) = claims_of(sentence)
    assert claim.voice == "Ledger" and claim.attributed


@pytest.mark.parametrize("sentence, voice", [
    ("As Trump spoke to the crowd, protesters shouted that he was a liar.", "protesters"),  # a time, not a report
    ("As the mayor argued on Monday, the levy would hurt farms, the council said.", "council"),
    ("As expected, the mayor said the levy was unfair.", "mayor"),
    ("As the Ledger reported, the council approved the levy.", "Ledger"),  # an act: the reporter's, as before
    ("As the Ledger reported, the mayor said the levy was unfair.", "mayor"),  # what the mayor said stays the mayor's
    ("As the Ledger noted, the mayor has called the levy unfair.", "mayor"),
    ("“The levy is unfair,” said Tom Reed, a farmer, as reported by the Ledger.", "Tom Reed"),  # so does a quotation
])
def test_other_as_clauses_keep_their_reading(sentence, voice):
    (claim,) = claims_of(sentence)
    assert claim.voice == voice


TRANSCRIPT = (
    "A panel of reporters led by Chris Matthews argued on Saturday that the tax plan was naive.",
    "Reuters reporter Luciana Lopez agreed.",
    "Chris Matthews: Seriously, the plan is bad. Nobody knows what it means. It will hurt savers.",
    "Lopez: Well, no one is like, 'My savings are speculation.' In a way, it gets to be all things to all people.",
    "The tax would fall on smaller investors as well.",
    "Update: The council voted on Tuesday. It approved the levy.",
)


def test_a_transcripts_label_speaks_for_its_whole_paragraph():
    """Every sentence after "Name:" in its paragraph is the named speaker's, as in a quotation, even one whose own
    verb would have a speaker of its own ("Nobody knows ..."); the label a person's name or the surname of one
    named before ("Lopez"); the next paragraph without a label is narration."""
    voices = {c.text: c.voice for c in claims_of(*TRANSCRIPT)}
    assert voices["Nobody knows what it means."] == "Chris Matthews"
    assert voices["It will hurt savers."] == "Chris Matthews"
    assert voices["In a way, it gets to be all things to all people."] == "Lopez"
    assert voices["The tax would fall on smaller investors as well."] == "Example News"


def test_a_headings_label_is_no_speaker_for_its_paragraph():
    voices = {c.text: c.voice for c in claims_of(*TRANSCRIPT)}
    assert voices["It approved the levy."] == "Example News"
