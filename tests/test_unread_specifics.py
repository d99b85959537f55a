"""An agreement is a positive match, round two (issue 16): a specific both claims state that the judge read but set
aside, or never read, keeps the pair from agreeing: a slot's values told apart by two verbs, two statuses, a figure
told of the other rival by a possessive, ordinals of one act's occurrence on other nouns, a place name nothing read
against the other's town, one figure bounded two ways, and a winner told by a title. Each tried in other phrasings
(passive, a relative clause, the attribution first or last), beside pairs whose specifics all match and stay
agreements."""
import pytest


def _no_agreement(result) -> bool:
    return result.relation != "agree"


@pytest.mark.parametrize("a, b", [
    ("Over the next three months the slogan was mentioned by hosts in more than 80 segments, a review of transcripts "
     "found.",
     "Hosts used the slogan in at least 120 segments over the following three months, a transcript review found."),
    ("A transcript review found that hosts, who repeated the slogan often, cited it in more than 80 segments.",
     "The slogan was used in at least 120 segments by the hosts, according to a transcript review."),
])
def test_a_slot_told_apart_by_two_verbs_is_no_agreement(verdict, a, b):
    result = verdict(a, b)
    assert _no_agreement(result) and not result.contradiction


@pytest.mark.parametrize("a, b", [
    ("Two parades along routes the council has not approved are planned for the festival's first day, June 4.",
     "Organisers have called off the two unapproved parades that had been set for the June 4 opening of the festival."),
    ("According to the organisers, the two parades are scheduled for the festival's first day, June 4.",
     "The two parades that were to open the festival on June 4 were cancelled, the organisers said."),
])
def test_a_plan_against_a_cancellation_is_no_agreement(verdict, a, b):
    assert _no_agreement(verdict(a, b))


@pytest.mark.parametrize("a, b", [
    ("Organisers have called off the two parades that had been set for the June 4 opening of the festival.",
     "The two parades planned for the festival's June 4 opening were cancelled, the organisers said."),
])
def test_one_status_told_twice_stays_an_agreement(verdict, a, b):
    assert "statuses" not in verdict(a, b).reason


@pytest.mark.parametrize("a, b", [
    ("Miller received 41 percent, Garcia had 38 percent and Reyes took 12 percent, according to the count.",
     "With Reyes at 12 percent, it was Garcia who finished narrowly ahead, 41 percent to Miller's 38 percent, the count "
     "showed."),
    ("According to the count, Garcia, who trailed all night, ended with 38 percent to Miller's 41 percent.",
     "The count showed Garcia finishing ahead with 41 percent, while Miller had 38 percent."),
])
def test_a_figure_told_of_the_other_rival_by_a_possessive_is_no_agreement(verdict, a, b):
    assert _no_agreement(verdict(a, b))


@pytest.mark.parametrize("a, b", [
    ("Miller received 41 percent and Garcia had 38 percent, according to the count.",
     "Miller finished ahead, 41 percent to Garcia's 38 percent, the count showed."),
])
def test_a_possessive_holder_told_alike_stays_an_agreement(verdict, a, b):
    assert "holders" not in verdict(a, b).reason


@pytest.mark.parametrize("a, b", [
    ("Senator Hale on Monday campaigned alongside Governor Ruiz for the first time, calling the challenger unfit.",
     "Calling the challenger unfit, Senator Hale on Monday made his third campaign appearance with Governor Ruiz."),
    ("It was Senator Hale's second visit to the plant with Governor Ruiz, aides said on Monday.",
     "Aides said Senator Hale toured the plant with Governor Ruiz on Monday for the first time."),
])
def test_ordinals_of_one_occurrence_on_other_nouns_are_no_agreement(verdict, a, b):
    result = verdict(a, b)
    assert _no_agreement(result) and not result.contradiction


@pytest.mark.parametrize("a, b", [
    ("Senator Hale on Monday campaigned alongside Governor Ruiz for the first time.",
     "On Monday Senator Hale made his first campaign appearance with Governor Ruiz."),
])
def test_one_occurrence_numbered_alike_stays_an_agreement(verdict, a, b):
    assert "ordinals" not in verdict(a, b).reason


@pytest.mark.parametrize("a, b", [
    ("Nobody has been pulled out of the wreckage alive since the first hours after the May 9 collapse at Tollerby in "
     "northern Ohio.",
     "Since the first hours after the May 9 collapse of the office block in Columbus, rescuers have found nobody alive "
     "in the wreckage, officials said."),
    ("Officials said the May 9 collapse in Columbus, which buried 30 workers, left no survivors.",
     "The collapse at Tollerby on May 9, which buried 30 workers, left no survivors, according to officials."),
])
def test_a_place_nothing_read_against_the_others_town_is_no_agreement(verdict, a, b):
    result = verdict(a, b)
    assert _no_agreement(result) and not result.contradiction


@pytest.mark.parametrize("a, b", [
    ("The May 9 collapse at the Tollerby office block in Columbus left no survivors, officials said.",
     "Officials said the May 9 collapse in Columbus left no survivors."),
    ("The May 9 collapse at Tollerby left no survivors, officials said.",
     "According to officials, nobody survived the collapse at Tollerby on May 9."),
])
def test_a_place_written_in_both_stays_an_agreement(verdict, a, b):
    assert "places" not in verdict(a, b).reason


@pytest.mark.parametrize("a, b", [
    ("The agency is investigating about 40 kinds of malware, its director said in an interview.",
     "Its director said the agency is now tracking more than 40 strains of malware."),
    ("Up to 2 million households could lose the benefit, the ministry said.",
     "According to the ministry, the cut is expected to affect some 2 million families."),
])
def test_one_figure_bounded_two_ways_is_no_agreement(verdict, a, b):
    result = verdict(a, b)
    assert _no_agreement(result) and not result.contradiction


@pytest.mark.parametrize("a, b", [
    ("The agency is investigating about 40 kinds of malware, its director said.",
     "Its director said the agency is now tracking some 40 strains of malware."),
])
def test_one_figure_bounded_alike_stays_an_agreement(verdict, a, b):
    assert "bounds" not in verdict(a, b).reason


@pytest.mark.parametrize("a, b", [
    ("Carrow United won the regional cup on Saturday, beating Selby Town in the final.",
     "Selby Town are the new regional cup champions after Saturday's final against Carrow United."),
    ("Selby Town, who lost the final to Carrow United on Saturday, had been favourites.",
     "After Saturday's final, Selby Town were crowned champions, finishing ahead of Carrow United."),
])
def test_a_winner_told_by_a_title_against_the_other_winner_is_no_agreement(verdict, a, b):
    assert _no_agreement(verdict(a, b))


@pytest.mark.parametrize("a, b", [
    ("Carrow United won the regional cup on Saturday, beating Selby Town in the final.",
     "Carrow United are the new regional cup champions after Saturday's final against Selby Town."),
])
def test_one_winner_told_by_a_title_stays_an_agreement(verdict, a, b):
    assert verdict(a, b).relation == "agree"
