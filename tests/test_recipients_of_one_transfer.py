"""One transfer told from either end (issue 16, h24e): the giver's recipient ("was delivered to Malawi") and the getter's
subject ("Mozambique received") are one thing's recipients, compared (`judge._recipients_of_one_transfer`). Look-alikes
stay uncalled: two givers, a first and a second shipment, one recipient told both ways."""
import pytest


@pytest.mark.parametrize("a, b", [
    # a passive giver against the getter as subject
    ("The first shipment of the new cholera vaccine was delivered to Zambia on Monday.",
     "Botswana received the first consignment of the new cholera vaccine on Monday, the maker said."),
    # the getter first, the giver in a relative clause's claim last
    ("Botswana received the first consignment of the new cholera vaccine on Monday.",
     "The first consignment of the new cholera vaccine, officials said, was handed over to Zambia on Monday."),
    # a giver named in both
    ("UNICEF delivered the first shipment of the new cholera vaccine to Zambia on Monday.",
     "Botswana received the first shipment of the new cholera vaccine from UNICEF on Monday."),
    # a body that may be any country's, placed in one by the act's "in" or its own
    ("The first consignment of the new cholera vaccine, 90,000 doses, was delivered to health authorities in Zambia "
     "on Monday.", "Botswana received the first consignment of the new cholera vaccine on Monday."),
    ("The first 50 ambulances were handed over to health officials in Ghana on Friday.",
     "Togo received the first 50 ambulances on Friday, the donor said."),
])
def test_recipients_told_from_either_end_conflict(verdict, a, b):
    judged = verdict(a, b)
    assert judged.contradiction, judged.reason
    assert judged.reason.startswith("different recipient"), judged.reason


@pytest.mark.parametrize("a, b", [
    # two givers
    ("Pfizer delivered a batch of vaccine to Malawi on Sunday.",
     "Mozambique received a batch of vaccine from Moderna on Sunday."),
    # a first and a second shipment
    ("The first shipment of the vaccine was delivered to Malawi on Sunday.",
     "Mozambique received its second shipment of the vaccine on Sunday."),
    # one recipient, told both ways
    ("Mozambique received the first consignment of the new malaria vaccine on Sunday.",
     "The first shipment of the new malaria vaccine was delivered to Mozambique on Sunday."),
    # the country's own body against the country
    ("The first 50 ambulances were handed over to health officials in Ghana on Friday.",
     "Ghana received the first 50 ambulances on Friday, the donor said."),
    # a body placed in a city, not a country: whose it is is not told
    ("The vaccine was delivered to UN officials in Geneva on Sunday.", "Mozambique received the vaccine on Sunday."),
])
def test_look_alikes_are_not_called(verdict, a, b):
    judged = verdict(a, b)
    assert not judged.contradiction, judged.reason
