"""Amounts of matter in one measure, each of a thing the other never writes (issue 16, writer23 row of kind
`two-actions`): "40 kilograms of cocaine" / "300 kilograms of cannabis resin" are two hauls, whatever day and city
they share (align._stuffs_apart); one thing weighed twice ("of cocaine" in both, or "of the drug" beside a claim
that names cocaine) still conflicts."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("Police in Genoa seized 25 kilograms of heroin from a car at the ferry terminal on Friday.",
     "Border guards in Genoa seized 200 kilograms of cannabis hidden in a van on the coast road on Friday."),
    ("The aid convoy delivered 12 tonnes of rice to Goma on Monday, the agency said.",
     "On Monday the agency's convoy brought 8 tonnes of flour into Goma."),
    ("About 300 litres of diesel leaked into the river near Bonn on Friday.",
     "Some 5,000 litres of heating oil spilled into the river near Bonn on Friday, firefighters said."),
])
def test_amounts_of_two_things_are_no_contradiction(verdict, a, b):
    assert not verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("Police in Genoa seized 25 kilograms of heroin at the ferry terminal on Friday.",
     "On Friday, 60 kilograms of heroin were seized by police at Genoa's ferry terminal."),
    ("The aid convoy delivered 12 tonnes of food to Goma on Monday, the agency said.",
     "On Monday the agency's convoy brought 20 tonnes of food into Goma."),
    ("Customs officers at Antwerp found 2 tonnes of cocaine in a banana shipment on Friday.",
     "A banana shipment searched at Antwerp on Friday held 3.5 tonnes of the drug, customs said."),
])
def test_one_thing_weighed_twice_conflicts(verdict, a, b):
    assert verdict(a, b).contradiction
