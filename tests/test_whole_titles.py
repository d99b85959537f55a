"""Read on stories in no sample (round 14): a headline keeps a list whole, a title that goes on with a contrast is
half of what it says, and a press conference is no meeting of the two people its sentence names."""
from datetime import date
from functools import partial

from crosscheck.labels import name_events, read_ledes
from tests.test_labels import article as labels_article

DAY = date(2024, 3, 4)
article = partial(labels_article, published=DAY)


def label(group):
    return name_events([group], [], [date(2024, 3, 3)], group)[0].rsplit(", ", 1)[0]


def headlines(title):
    return read_ledes([f"{title}\nThe ministry gave the figure on Monday."])[0].headlines


def test_a_cut_keeps_a_list_whole():
    for title, last_item in (
            ("Minister to meet leaders from Peru, Chile as she begins first tour abroad", "Chile"),  # names
            ("Mayor’s new plan focuses on nurses, teachers, firefighter’s pensions", "firefighter’s pensions"),  # owned
            ("New tariffs are imposed on Canada, Mexico as trade talks stall", "Mexico")):  # passive
        first = headlines(title)[0]
        assert first.text.endswith(last_item) and " as " not in first.text, (title, first)


def test_a_remark_after_a_comma_is_still_cut():
    # a common noun in apposition remarks on what came before: no list
    assert headlines("Court rejects school board’s appeal, a win for the student")[0].text == \
        "Court rejects school board’s appeal"


def test_a_title_that_goes_on_with_a_contrast_is_half_of_what_it_says():
    for title in ("Mara Lind is leading, but the race for governor isn't decided",  # in the headline's part
                  "Support for the levy is rising — but voters still doubt the plan, poll shows",  # after a dash
                  "Wages are climbing, yet families say prices climb faster"):
        found = headlines(title)
        assert found[0].flaws == 1, (title, found[0])
        assert all(not h.text.lower().startswith(("but", "yet")) for h in found), found  # no headline of its own


def test_a_contrast_that_goes_on_with_the_same_subject_adds_to_the_headline():
    for title in ("Lind vows to finish the bridge, but admits delays", "Lind will sign the budget but warns of cuts"):
        assert headlines(title)[0].flaws == 0, title


def test_a_whole_headline_names_the_event_before_one_a_contrast_follows():
    # the first title shares more of the other ledes' words, and would name the event without the rule
    group = [article("r1", "Post", "Mara Lind is leading, but the race isn't decided",
                     ["Mara Lind is leading the race for governor, but thousands of ballots remain uncounted."]),
             article("r2", "Review", "Lind takes a ten-point lead in the governor primary as rivals trail",
                     ["Mara Lind is leading in the race for governor by ten points."])]
    assert label(group).startswith("Lind takes a ten-point lead")


SUMMIT = [
    article("s1", "Ledger", "Lind apologises for snapping at a reporter",
            ["Lind apologised after snapping at a reporter at a press conference following her summit with Jon Brant."]),
    article("s2", "Wire", "Lind snaps at reporter over Brant question",
            ["Mara Lind snapped at a reporter at the end of her news conference after she was asked whether Brant "
             "would keep his word."]),
    article("s3", "Daily", "Mara Lind spars with reporter who asked about Jon Brant",
            ["Mara Lind sparred on Wednesday with a reporter who asked why she trusts Jon Brant."]),
]


def test_a_press_conference_is_no_meeting_of_the_two_people_it_names():
    name = label(SUMMIT)
    assert "conference" not in name and "Brant–" not in name and "–Brant" not in name, name


def test_a_call_between_the_two_still_names_their_meeting():
    group = [article("c1", "Ledger", "Lind and Brant hold a phone call",
                     ["Mara Lind and Jon Brant spoke in a phone call on Sunday, and Lind later held a press conference."]),
             article("c2", "Wire", "Lind, Brant discuss trade in a call",
                     ["Jon Brant told Mara Lind in a phone call that tariffs would stay."])]
    assert label(group) == "Lind–Brant call" or label(group).endswith("call"), label(group)


def test_an_adverb_inside_the_subject_is_no_lead_in():
    for title in ("Fully vaccinated workers don’t need a booster shot: agency",  # a source after a colon
                  "Nearly half of voters support the levy, poll finds",  # a reported clause
                  "Only three senators were briefed on the plan"):  # a passive
        assert not headlines(title)[0].lead_in, title


def test_a_phrase_before_the_subject_still_leads_in():
    for title in ("Again, the council rejects the levy", "After the vote, council members resign",
                  "For the mayor, the levy is a test"):
        assert headlines(title)[0].lead_in, title


def fuel(named_by_others: bool):
    lind = ", Mara Lind's motoring club said" if named_by_others else ", the motoring club said"
    return [article("f1", "Post", "Lind laments fuel prices before the holiday",
                    ["Former governor Mara Lind on Thursday lamented the fuel prices drivers pay before the holiday."]),
            article("f2", "Ledger", "With the holiday near, fuel prices reach a seven-year high",
                    [f"Fuel prices reached a seven-year high on Thursday before the holiday{lind}."]),
            article("f3", "Wire", "Holiday fuel prices: the highest in seven years",
                    ["Drivers face the highest fuel prices before the holiday in seven years, the motoring club said."])]


def test_a_headline_opening_with_a_name_no_other_article_writes_is_one_outlets_angle():
    assert label(fuel(named_by_others=False)).startswith("With the holiday near, fuel prices reach")
    # one party's side, its lede with a relative clause: the agency's answer, which two articles tell, names the event
    group = [article("b1", "Daily", "Corvana says it is time for a third dose",
                     ["Drugmaker Corvana, which makes the vaccine, said on Thursday that a third dose is needed."]),
             article("b2", "Wire", "Vaccinated adults ‘don’t need third dose’ against new variant: agency",
                     ["Vaccinated adults do not need a third dose yet, the health agency said on Thursday."]),
             article("b3", "Post", 'Agency: "No third dose needed for now"',
                     ["A third dose is not needed for now, the health agency said in a statement on Thursday."])]
    assert label(group).startswith("Vaccinated adults ‘don’t need third dose’"), label(group)


def test_a_name_the_other_articles_write_still_heads_the_event():
    assert label(fuel(named_by_others=True)).startswith("Lind laments fuel prices")


def test_a_comma_inside_a_quotation_ends_the_headline_with_the_quotation():
    for title, text in (("Mara Lind calls the levy a ‘cash grab,’ says voters should reject it",
                         "Mara Lind calls the levy a ‘cash grab’"),
                        ('Mayor calls the audit a "witch hunt," vows to fight it in court',
                         'Mayor calls the audit a "witch hunt"'),
                        ("Levy branded a ‘cash grab,’ by council that voted for it last year",  # a passive
                         "Levy branded a ‘cash grab’"),
                        ("Lind told aides they would ‘win this together,’ memo reveals",  # its source after it
                         "Lind told aides they would ‘win this together’, memo reveals")):
        found = headlines(title)
        assert found and found[0].text == text, (title, found)


DIVORCE_LEDES = ["Tom and Mara Lind, who run the country's largest charity, said on Monday they are getting a divorce.",
                 "The internet had jokes after Tom and Mara Lind announced their divorce on Monday.",
                 "Tom and Mara Lind deserve kindness after announcing their divorce, one writer says."]


def test_a_title_of_what_may_come_of_the_news_argues():
    for first in ("Tom and Mara Lind’s divorce could shake the charity world",
                  "The charity world might be shaken by the Linds’ divorce",  # a passive
                  "Tom and Mara Lind’s divorce may upend their charity, experts say"):  # attribution last
        group = [article(f"d{n}", outlet, title, [lede]) for n, (outlet, title, lede) in enumerate(zip(
            ("Vox", "Post", "Guest"), (first, "The wildest jokes about Tom and Mara Lind’s divorce",
                                       "Kind words for Tom and Mara Lind"), DIVORCE_LEDES))]
        assert label(group) == "Lind divorce", (first, label(group))


def test_a_title_of_what_will_happen_reports():
    headline = headlines("Tom and Mara Lind’s divorce will be final next month")[0]
    assert not headline.speculative and headlines("Lind’s divorce could shake the charity world")[0].speculative


def test_a_cut_for_length_never_leaves_out_what_a_verb_urges():
    for title in ("Mayor sets out a plan of home visits in every district to urge residents to get their flu shots "
                  "before winter",
                  "Governor Mara Lind tours farms in the north and the south to persuade growers to plant more wheat "
                  "next year",
                  "Health officials were asked by the mayor at a packed meeting to tell parents to keep sick children "
                  "at home"):  # a passive
        text = headlines(title)[0].text
        assert not text.endswith(("residents", "growers", "parents")), text
