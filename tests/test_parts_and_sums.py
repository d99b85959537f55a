"""Figures of a part against its whole, and a breakdown against its sum (issue 16, writer21 rows of kind `part-whole`
and `sum`): "340 homes in the town of Tewkesbury" / "Across Gloucestershire, 1,200 homes ..., with Tewkesbury among
the worst-hit places" count two places, one inside the other; "12 schools in Bangor and 8 in Caernarfon" / "Twenty
schools across Bangor and Caernarfon" is one count told as its parts (the second part's noun left out). Neither is a
contradiction; one place's or one sum's figures told two ways still are."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("Floods damaged 280 homes in the town of Ludlow after the river burst its banks, the council said.",
     "Across Shropshire, 900 homes were damaged by the floods, the county council said, with Ludlow among the "
     "worst-hit places."),
    ("The storm damaged 95 roofs in the town of Ashford, officials said.",
     "Throughout Kent, the storm damaged 640 roofs, officials said, with Ashford among the worst hit."),
    ("Flooding closed 12 schools in Bangor and 8 in Conwy on Monday, the council said.",
     "Twenty schools across Bangor and Conwy were shut by floodwater on Monday, according to the council."),
    ("Police arrested 30 people in Paris and 12 in Lyon during Saturday's protests.",
     "A total of 42 people were arrested in Paris and Lyon during Saturday's protests, police said."),
])
def test_a_part_against_its_whole_or_parts_against_their_sum_is_no_contradiction(verdict, a, b):
    assert not verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("Floods damaged 340 homes in the town of Ludlow on Sunday, the council said.",
     "Across Ludlow, 560 homes were damaged by Sunday's floods, the council said."),
    ("The storm cut power to 8,000 homes in Bergen on Sunday.",
     "The storm left 14,000 homes in Bergen without power on Sunday."),
])
def test_one_places_figure_told_two_ways_conflicts(verdict, a, b):
    assert verdict(a, b).contradiction


def test_a_count_that_leaves_out_its_noun_counts_the_first_ones():
    from crosscheck.claims import claim_from_text
    from crosscheck.frames import frame_of

    frame = frame_of(claim_from_text("Flooding closed 12 schools in Bangor and 8 in Conwy on Monday."))
    assert [(m.value, m.counts) for m in frame.measures if m.unit == "count"] == [(12.0, "school"), (8.0, "school")]
