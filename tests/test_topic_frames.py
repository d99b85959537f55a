"""Topic labels (issue 18, twentieth round): a topic whose label is one claim's phrase, or only says who or where, is
named by the act most of its claims report, as a headline's clause (`topic_frames.frame_label`): who does it, the
verb's present and what it acts on ("Fed holds rates"), or the passive where no claim names who ("aid workers
detained"). A phrase most claims write is kept ("Taiwan's return"), and no act is shared where the claims negate it,
name nothing it acts on, or each act on another thing. Each case is phrased more than one way: active and passive, a
relative clause, attribution first and last. Every sentence is made up."""
from crosscheck.claims import claim_from_text
from crosscheck.topic_frames import frame_label
from crosscheck.topic_labels import name_topics

FARES = ["Ferry fares will rise by a tenth in June, the operator said.",
         "The operator blamed fuel costs for the higher fares."]


def _label(texts: list[str], event: str) -> str:
    return name_topics([[claim_from_text(t) for t in texts], [claim_from_text(t) for t in FARES]], event)[0]


def _framed(texts: list[str]):
    return frame_label([claim_from_text(t) for t in texts], set())


def test_the_act_most_claims_share_names_a_topic_no_phrase_names():
    texts = ["The central bank held interest rates steady, the governor said.",
             "Borrowing costs were held at 5 percent by the Fed for a third month.",
             "Analysts said the Fed, which held rates again, would wait for more data."]
    assert _label(texts, "Central bank meets amid inflation, 9 Mar 2022") == "Fed holds rates"


def test_what_the_act_is_done_to_keeps_whose_it_is():
    texts = ["The governor responded on Wednesday to the president's criticism of his pandemic record.",
             "DeSantis, who responded to the criticism at a news conference, said schools would stay open.",
             "According to aides, DeSantis responded sharply to Biden's criticism."]
    assert _label(texts, "Governor and president trade barbs over virus, 4 Aug 2021") == \
        "DeSantis responds to Biden's criticism"


def test_many_who_act_take_the_plural_verb():
    texts = ["The Senate passed the spending bill by 68 votes to 32 on Friday.",
             "The measure was passed by senators late on Friday, aides said.",
             "Senators, who passed the bill after a long debate, left for the recess."]
    assert _label(texts, "Spending fight ends, 9 Mar 2022") == "senators pass spending bill"


def test_a_label_that_names_only_who_acts_gives_way_to_the_act():
    texts = ["Regulators halted construction of the pipeline, the company said.",
             "Construction was halted by regulators after a spill.",
             "Regulators, who halted work on the line last week, will review the permits.",
             "The company said it would appeal."]
    assert _label(texts, "Pipeline dispute, 9 Mar 2022") == "regulators halt construction"


def test_a_phrase_fewer_claims_write_than_report_the_act_gives_way():
    texts = ["A federal judge blocked the state's voting law on Tuesday.",
             "The voting law was blocked by a judge in Austin, the attorney general said.",
             "Officials said they would appeal the ruling of the judge who blocked the law."]
    assert _label(texts, "Voting law fight goes to court, 9 Mar 2022") == "judge blocks voting law"


def test_no_one_named_who_acts_gives_the_passive():
    texts = ["Two aid workers were detained at the border on Friday, the charity said.",
             "According to the charity, the aid workers were detained without charge.",
             "The aid workers, detained near the crossing, were moved to the capital."]
    assert _framed(texts).label == "aid workers detained"


def test_a_phrase_most_claims_write_is_kept():
    taiwan = ["Xi called for Taiwan's return to the motherland in a speech on Sunday.",
              "In his speech, the Chinese leader again called for the island's return.",
              "Taiwan's return, Xi said as he called for unity, is a historic task."]
    assert _label(taiwan, "Beijing marks anniversary, 9 Mar 2022") == "Taiwan's return"
    storm = ["Hurricane Lena struck the coast near Mobile on Sunday, forecasters said.",
             "Hurricane Lena flooded streets and cut power to thousands.",
             "Residents fled before Hurricane Lena made landfall."]
    assert _label(storm, "Storm hits coast, 9 Mar 2022") == "Hurricane Lena"


def test_a_negated_act_is_no_frame():
    texts = ["The council did not approve the budget on Monday.",
             "Councillors did not approve the budget, the mayor said.",
             "The budget was not approved, officials said."]
    assert _framed(texts) is None


def test_an_act_on_nothing_is_no_frame():
    texts = ["The finance minister resigned on Monday, the palace said.",
             "She resigned after weeks of pressure, aides said.",
             "The minister, who resigned abruptly, gave no reason."]
    assert _framed(texts) is None


def test_acts_on_different_things_are_no_frame():
    texts = ["Opposition leader Ana Ruiz conceded the race on Sunday night.",
             "Ruiz conceded defeat in a speech to supporters.",
             "In a statement, the opposition said Ruiz had conceded the election."]
    assert _framed(texts) is None


def test_an_act_told_as_a_purpose_is_no_act_done():
    texts = ["Senators on Friday blocked a bill to create a panel on the riot.",
             "The bill, which would have created a panel to study the riot, failed.",
             "A measure to create the panel was blocked, according to aides."]
    framed = _framed(texts)
    assert framed is None or "create" not in framed.label


def test_a_name_written_in_the_plural_is_one_body():
    # (the tagger reads "Airlines" as a plural name, NNPS, after "Dallas-based")
    texts = ["Dallas-based Coastal Airlines canceled more than 800 flights over the weekend.",
             "Hundreds of flights were canceled by Coastal Airlines over the weekend.",
             "According to the union, Coastal Airlines, which canceled flights again on Monday, blamed the weather."]
    framed = _framed(texts)
    assert framed is not None and framed.label.startswith("Coastal Airlines cancels")


def test_a_party_named_in_the_plural_takes_the_plural_verb():
    texts = ["Senate Republicans blocked the election bill on Tuesday.",
             "The election bill was blocked by Senate Republicans in a test vote.",
             "Democrats said Republicans, who blocked the bill, would pay at the polls."]
    framed = _framed(texts)
    assert framed is not None and "Republicans block " in framed.label + " "


def test_advice_or_a_plan_under_a_modal_is_no_act_done():
    texts = ["Health officials said on Tuesday that vaccinated people should wear masks indoors.",
             "Masks should be worn indoors by vaccinated people, the agency said.",
             "The agency, which said vaccinated people should wear masks, cited the new variant."]
    framed = _framed(texts)
    assert framed is None or "wear" not in framed.label
