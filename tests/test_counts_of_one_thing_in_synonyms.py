"""Counts of one thing under two nouns ("312 homes" / "120 houses", "640 households" / "around 1,200 homes"; issue
16, writer20 and writer21 rows of kind `count`) and by synonymous verbs ("destroyed" / "flattened"): one measured
variable (frames.toml [variables], [synonyms]). Two fates of things at one scene ("destroyed" / "damaged") are two
groups, as two fates of people are."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("The earthquake destroyed 85 houses in the mountain village of Ighil on Friday, officials said.",
     "Officials said 140 homes in Ighil were flattened by Friday's earthquake."),
    ("About 300 households in Gdansk lost water after a pipe burst on Tuesday, the city said.",
     "A burst pipe on Tuesday cut water to 900 homes in Gdansk, the city said."),
    ("Bulldozers razed 40 homes in the settlement on Wednesday, residents said.",
     "On Wednesday bulldozers demolished 25 houses in the settlement, residents said."),
])
def test_one_count_under_two_nouns_conflicts(verdict, a, b):
    assert verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("The earthquake destroyed 85 houses in Ighil on Friday, officials said.",
     "The earthquake damaged 140 homes in Ighil on Friday, officials said."),
    ("The earthquake destroyed 85 houses in Ighil on Friday, officials said.",
     "The earthquake damaged 140 houses in Ighil on Friday, officials said."),
    ("The fire destroyed 12 homes in the village on Monday.", "The fire destroyed 30 cars in the village on Monday."),
    ("The storm flattened 200 houses on the island in 2019.", "The storm destroyed 90 homes on the island in 2021."),
])
def test_two_fates_two_things_or_two_years_are_no_contradiction(verdict, a, b):
    assert not verdict(a, b).contradiction
