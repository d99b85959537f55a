"""A share taken among a group named before it ("Among junior doctors in Wales, 91 percent backed ..."; issue 16,
writer21 row of kind `subgroup`): the share's whole is that group, and words narrowing the group (junior, primary
school, under 30) make it a part of the whole the other claim counts. One group's share told two ways still
conflicts."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("Of all doctors balloted in Wales, 66 percent backed the walkout, the BMA said.",
     "Among junior doctors in Wales, 91 percent backed the walkout, the BMA said."),
    ("About 74 percent of nurses in Ireland voted to accept the pay deal, the union said.",
     "Among nurses under 30, 58 percent voted to accept the pay deal, the union said."),
    ("Some 55 percent of lecturers in Ontario voted to strike, the union said.",
     "Among part-time lecturers in Ontario, 80 percent voted to strike, according to the union."),
])
def test_a_share_of_a_subgroup_is_no_contradiction_of_the_whole(verdict, a, b):
    assert not verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("Among nurses in Ireland, 71 percent backed the pay deal in the ballot, the union said.",
     "Some 62 percent of nurses in Ireland voted for the pay deal in the ballot, the union said."),
    ("Among junior doctors in Wales, 91 percent backed the walkout, the BMA said.",
     "Some 80 percent of junior doctors in Wales voted for the walkout, the BMA said."),
])
def test_one_groups_share_told_two_ways_conflicts(verdict, a, b):
    assert verdict(a, b).contradiction
