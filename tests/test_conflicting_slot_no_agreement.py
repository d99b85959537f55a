"""No agreement over a conflicting slot (issue 16: "similar wording with a conflicting slot is never an agreement"),
the twenty-sixth stop's kinds: a stoppage's length told with a word of wholeness ("a full week"), two towns of one
country where one claim names the country too, one act told by a phrasal synonym with a doer told apart ("returned
by" / "handed it back"), a range against a bound in number words, one act's counts of other nouns by a phrase and a
synonym ("took part" / "joined"), and a plural told as many by a word against one of them. And the paraphrases and
look-alikes that must not move."""
import pytest

from crosscheck.claims import claim_from_text
from crosscheck.frames import frame_of


@pytest.mark.parametrize("text, hours", [
    ("Ferries stopped sailing to the island for a full week.", 168.0),
    ("The line was shut for two whole days by the flood.", 48.0),
    ("Trains were suspended for an entire month.", 730.0),
])
def test_a_length_told_with_a_word_of_wholeness(text, hours):
    lengths = [m for m in frame_of(claim_from_text(text)).measures if m.unit == "hour"]
    assert [m.value for m in lengths] == [hours]


@pytest.mark.parametrize("a, b", [
    # one stoppage's length, the other's told with a word of wholeness
    ("Rail services between Oslo and Bergen were halted for two days after a landslide, the operator said.",
     "After a landslide, trains stopped running between Oslo and Bergen for a whole week, the operator said."),
    ("The operator said a landslide halted trains between Oslo and Bergen for two days.",
     "Trains between Oslo and Bergen were suspended for an entire week after the landslide, according to the "
     "operator."),
    ("Flights out of the island were grounded for four days because of the ash cloud.",
     "Because of the ash cloud, no flights left the island for two full weeks."),
])
def test_a_stoppage_of_two_lengths_conflicts(verdict, a, b):
    assert verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    # two towns of one country, one claim naming the country as well
    ("A gas blast at a factory near Lyon killed three workers on Monday, the labour ministry said.",
     "Three workers died on Monday in an explosion at a plant outside Grenoble, in south-eastern France, the ministry "
     "said."),
    ("Three workers were killed in a gas blast at a factory outside Grenoble, in eastern France, on Monday, officials "
     "said.",
     "A gas explosion at a factory near Lyon killed three workers on Monday, officials said."),
    # one act told by a verb and its phrasal synonym, by doers described apart
    ("The stolen painting was returned to the museum by a postman who found it in a skip.",
     "A schoolteacher found the stolen painting and handed it back to the museum."),
    ("A schoolteacher handed the stolen painting back to the museum.",
     "The stolen painting was given back to the museum by a postman."),
    # a range in number words against a bound
    ("Engineers said the repairs would take between three and five weeks.",
     "The repairs will take at least a month, engineers said."),
    ("Clearing the site will take between two and four weeks, the council said.",
     "The council said clearing the site would take at least a week."),
    # one act's counts of other nouns, told by a phrase and its synonym
    ("More than 500 runners took part in Saturday's fun run in Leeds, organisers said.",
     "At least 800 athletes competed in the Leeds fun run on Saturday, organisers said."),
    ("Over 300 volunteers joined the beach clean-up in Brighton on Sunday.",
     "Some 450 people took part in Sunday's Brighton beach clean-up, organisers said."),
    # a plural told as many by a word, against one of them
    ("Flooding closed several schools in the Wye valley on Monday, the council said.",
     "The council said the school in Hay was shut by flooding on Monday."),
    ("Officials said the bridge at Hay was closed by flooding on Monday.",
     "Flooding closed numerous bridges across the Wye valley on Monday, officials said."),
])
def test_no_agreement_over_a_slot_told_apart(verdict, a, b):
    found = verdict(a, b)
    assert found.relation != "agree" and not found.contradiction


@pytest.mark.parametrize("a, b", [
    ("Flights out of the island were grounded for seven days because of the ash cloud.",
     "Because of the ash cloud, flights out of the island were grounded for a full week."),
    # a town against its country, however the other claim writes it
    ("A gas blast at a factory near Lyon killed three workers on Monday, the labour ministry said.",
     "Three workers died on Monday in an explosion at a plant in France, the ministry said."),
    ("A gas blast at a factory in Lyon killed three workers on Monday, officials said.",
     "Three workers died on Monday in an explosion at a plant in Lyon, in France, officials said."),
    ("The stolen painting was returned to the museum by a taxi driver.",
     "A taxi driver handed the stolen painting back to the museum."),
    ("Engineers said the repairs would take about four weeks.",
     "The repairs will take about four weeks, the engineers said."),
    ("About 500 runners took part in Saturday's fun run in Leeds, organisers said.",
     "Some 500 runners joined the Leeds fun run on Saturday, organisers said."),
    ("Flooding closed several schools in the Wye valley on Monday, the council said.",
     "The council said several schools in the Wye valley were shut by flooding on Monday."),
])
def test_paraphrases_still_agree(verdict, a, b):
    assert verdict(a, b).relation == "agree"


@pytest.mark.parametrize("a, b", [
    # two acts of one thing, each its own length
    ("The bridge was closed for three days after the crash.",
     "Repairs to the bridge took a full week, the council said."),
])
def test_lengths_of_two_acts_do_not_conflict(verdict, a, b):
    assert not verdict(a, b).contradiction
