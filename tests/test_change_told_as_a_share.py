"""A change told as a share after "by" ("were down by almost a fifth", "dropped by nearly a quarter") is read as the
percentage change of its verb's subject, as "by 20 percent" is (issue 16, the twenty-sixth stop); bookings and
reservations are one variable. A yearly season counted from now told apart ("this summer" / "last summer") is
another year's figure. And the look-alikes: a share of a thing ("a third of the sales were made online"), another
thing changed, another season."""
import pytest

from crosscheck.claims import claim_from_text
from crosscheck.frames import frame_of


@pytest.mark.parametrize("text, value, counts", [
    ("Reservations were down by almost a fifth this season.", 20.0, "reservation"),
    ("Sales fell by a third last year.", 33.3, "sale"),
    ("Profits rose by half.", 50.0, "profit"),
])
def test_a_change_told_as_a_share(text, value, counts):
    changes = [m for m in frame_of(claim_from_text(text)).measures if m.unit == "%" and m.reading == "change"]
    assert [(m.value, m.counts) for m in changes] == [(value, counts)]


@pytest.mark.parametrize("text", [
    "The first half of the year was slow.",
    "A third of the ticket sales were made online.",
])
def test_no_change_where_a_share_is_of_a_thing(text):
    assert not [m for m in frame_of(claim_from_text(text)).measures if m.reading == "change"]


@pytest.mark.parametrize("a, b", [
    ("Ticket sales at the Tivoli gardens fell by 10 percent this summer, the operator said.",
     "The operator said ticket sales at Tivoli were down by about a third this summer."),
    ("According to the ministry, exports of Danish pork dropped by nearly a quarter last year.",
     "Danish pork exports fell 8 percent last year, the ministry said."),
    ("Bookings at ski resorts in the Alps fell by 12 percent this winter, the tourism board said.",
     "The tourism board said reservations at Alpine ski resorts were down by almost a fifth this winter."),
])
def test_a_change_told_apart_conflicts(verdict, a, b):
    assert verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("Ticket sales at the Tivoli gardens fell by a third this summer, the operator said.",
     "A third of the ticket sales at Tivoli were made online this summer, the operator said."),
    ("Ticket sales at the Tivoli gardens fell by a third this summer, the operator said.",
     "The operator said ticket sales at Tivoli were down by 10 percent last summer."),
    ("Ticket sales at the Tivoli gardens fell by 30 percent this summer, the operator said.",
     "The operator said ticket sales at Tivoli were down by 10 percent last summer."),
])
def test_look_alikes_are_no_contradiction(verdict, a, b):
    assert not verdict(a, b).contradiction
