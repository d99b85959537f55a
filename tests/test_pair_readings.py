"""benchmarks.lowo.pair_readings: what the comparator read of a pair, as the learned judge's features. It must say
which slots both claims fill and which of them differ, from the judge's own readings, and hold no word of either
sentence."""
import numpy as np
import pytest

from benchmarks.lowo import pair_readings, rule_kind
from benchmarks.pairs import Pair, compared

FERRY = "The ferry operator said 120 passengers were evacuated from the burning vessel on Tuesday."


@pytest.fixture(scope="module")
def readings(embedder, settings):
    def run(a_text, b_text):
        pair = Pair(2, "contra", "test", a_text, b_text)
        claims, cosine, similarity, verdict = compared(pair, np.asarray(embedder.embed([a_text, b_text])), settings)
        return pair_readings(*claims, cosine, similarity, verdict, settings)
    return run


@pytest.mark.parametrize("a_text, b_text, told, not_told", [
    # one counted thing given two figures: the figure slot, aligned and in conflict; the day both name, alike
    (FERRY, "The ferry operator said 210 passengers were evacuated from the burning vessel on Tuesday.",
     {"slot_figure", "slot_figure_conflict", "slot_figure_aligned", "figures_apart", "dates_both", "acts_align"},
     {"dates_apart", "numerals_shared", "negation_one"}),
    # the same figure told in other words: the figure slot filled, no conflict, the numeral shared
    (FERRY, "On Tuesday, 120 passengers were taken off the burning ferry, its operator said.",
     {"slot_figure", "numerals_shared", "rules=agreement"},
     {"slot_figure_conflict", "figures_apart", "dates_apart"}),
    # one opening, two days
    ("The new bridge over the Tamar will open to traffic on March 3, the council said.",
     "The council said the new bridge over the Tamar would open to traffic on March 9.",
     {"slot_date", "slot_date_conflict", "dates_apart", "future_both", "anchors_shared"},
     {"slot_figure", "negation_one"}),
    # asserted and denied
    ("The minister said the government would not raise fuel duty this year.",
     "The minister said the government would raise fuel duty this year.",
     {"negation_one", "agent_both", "theme_both", "rules=contradiction", "basis=negation"},
     {"agent_apart", "slot_figure"}),
    # one act by two doers, told in the passive
    ("The harbour dredging contract was awarded by the city council in May.",
     "The harbour dredging contract was awarded by the regional port authority in May.",
     {"agent_both", "agent_apart", "basis=agent"},
     {"negation_one", "slot_place_conflict"}),
    # one opening in two cities
    ("The museum's new wing opened in Leeds on Saturday, the trust said.",
     "The museum's new wing opened in Glasgow on Saturday, the trust said.",
     {"slot_place", "slot_place_conflict", "places_apart", "basis=place"},
     {"slot_figure", "dates_apart"}),
])
def test_the_slots_both_fill_and_which_differ(readings, a_text, b_text, told, not_told):
    found = {name for name, value in readings(a_text, b_text).items() if value}
    assert told <= found, told - found
    assert not (not_told & found), not_told & found


def test_no_word_of_either_sentence(readings):
    found = readings(FERRY, "The ferry operator said 210 passengers were evacuated from the burning vessel on Tuesday.")
    named = " ".join(found).lower()
    assert not any(word in named for word in ("ferry", "passenger", "vessel", "tuesday", "120", "210"))
    assert all(isinstance(value, float) for value in found.values())


@pytest.mark.parametrize("reason, kind", [
    ("different recipient for “the grant to the harbour trust”: the trust vs the museum", "different recipient"),
    ("may conflict (no agreement where a slot conflicts): agent the mayor vs the board", "may conflict"),
    ("same fact (similarity 0.91)", "same fact"),
    ("another actor: “The airline” vs “the union”", "another actor"),
])
def test_the_rule_kind_keeps_no_quoted_words(reason, kind):
    assert rule_kind(reason) == kind
