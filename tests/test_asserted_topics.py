"""Topics named by what their claims assert (issue 18, eighth round of labels): an obligation most of them state,
an act most of them assert by its verb or its noun, a filing they quote, a noun most of them are about;
each phrased another way (passive, relative clause, attribution first or last)."""
from crosscheck.claims import claim_from_text
from crosscheck.topic_labels import name_topics

FARES = ["Ferry fares will rise by a fifth in April.", "The ferry operator blamed fuel prices for the fare rise."]
EVENT = "Harbour row deepens, 9 Mar 2022"


def claims(texts):
    return [claim_from_text(t) for t in texts]


def test_a_topic_whose_claims_oblige_one_act_is_named_by_the_act_and_the_obligation():
    modal = ["Federal contractors must be vaccinated.",
             "Employers with more than 100 workers must ensure their workers are vaccinated or tested weekly.",
             "The rules take effect in March."]
    passive_relative = ["The ministry said hospital staff are required to be vaccinated by March.",
                        "Care home workers, who must be vaccinated by April, protested outside the ministry.",
                        "Nurses' unions called the plan rushed."]
    said_first = ["The ministry said hospital staff are required to be vaccinated by March.",
                  "According to the ministry, care home workers must be vaccinated by April.",
                  "Nurses' unions called the plan rushed."]
    for texts in (modal, passive_relative, said_first):
        assert name_topics([claims(texts), claims(FARES)], EVENT)[0] == "vaccination requirement", texts
    # the obligation's noun as the claims write it
    mandate = passive_relative[:2] + ["Nurses' unions called the vaccine mandate rushed."]
    assert name_topics([claims(mandate), claims(FARES)], EVENT)[0] == "vaccination mandate"
    # vaccination without an obligation is no requirement
    free = ["Hospital staff were vaccinated in March.", "Care home workers, who were vaccinated in April, protested.",
            "Nurses' unions called the plan rushed."]
    assert not name_topics([claims(free), claims(FARES)], EVENT)[0].endswith(("requirement", "mandate"))


def test_an_act_is_asserted_by_a_phrasal_verb_and_by_its_noun_and_names_who_in_full():
    event = "Gymnast withdraws from team final, 27 Jul 2021"
    team = ["The team won silver without her.", "Her teammates thanked the crowd."]
    said_last = ["Simone Biles pulled out of the team final on Tuesday.",
                 "Biles withdrew from the all-around competition, her coach said.",
                 "Her withdrawal stunned the gymnastics world.", "The judges waited for an hour."]
    said_first = ["Her coach said Simone Biles pulled out of the team final on Tuesday.",
                  "Biles, who withdrew from the all-around competition, thanked her fans.",
                  "The withdrawal stunned the gymnastics world, commentators said.", "The judges waited for an hour."]
    for texts in (said_last, said_first):
        assert name_topics([claims(texts), claims(team)], event)[0] == "withdrawal of Simone Biles", texts
    # one claim that withdraws and one that names the withdrawal are not most of four
    once = said_last[:1] + ["Biles trained alone in the morning.", said_last[2], said_last[3]]
    assert not name_topics([claims(once), claims(team)], event)[0].startswith("withdrawal")


def test_a_filing_that_speaks_is_what_the_claims_are_about_a_source_that_finds_is_not():
    event = "Whistleblower goes public, 9 Mar 2022"
    reply = ["The company denied every charge.", "Its spokesman called the charges misleading."]
    filed = ["A former employee filed complaints with federal law enforcement last month.",
             "The complaints say the company's own research shows it amplifies hate.",
             "One complaint alleges that the app harms teenage girls."]
    said_first = ["Last month a former employee filed complaints with federal law enforcement, her lawyers said.",
                  "According to the complaints, the company's own research shows it amplifies hate.",
                  "The app harms teenage girls, one complaint alleges."]
    for texts in (filed, said_first):
        assert name_topics([claims(texts), claims(reply)], event)[0] == "complaints", texts
    # a study that finds is the source the claims cite, not what they are about
    found = ["Researchers at the university published a study on teenage users last month.",
             "The study found the company's own research shows it amplifies hate.",
             "The app harms teenage girls, the study found."]
    assert not name_topics([claims(found), claims(reply)], event)[0].startswith("study")


def test_a_names_words_in_a_phrase_of_one_claim_say_whose_not_what():
    event = "Billionaire reaches the edge of space, 20 Jul 2021"
    town = ["Crowds watched from the desert town of Van Horn.", "Local motels were fully booked for the week.",
            "Van Horn's mayor welcomed the visitors."]
    active = ["Jeff Bezos rose above the Texas desert aboard the Blue Origin launch vehicle on Tuesday.",
              "Blue Origin's first crewed space flight lasted ten minutes, the company said.",
              "The space flight carried four people to the edge of space, Blue Origin said.",
              "Blue Origin called the flight a milestone."]
    passive = ["Aboard the Blue Origin launch vehicle, which rose above the Texas desert, Jeff Bezos waved.",
               "The company said Blue Origin's first crewed space flight lasted ten minutes.",
               "Four people were carried to the edge of space on the space flight, Blue Origin said.",
               "The flight was called a milestone by Blue Origin."]
    for texts in (active, passive):
        assert name_topics([claims(texts), claims(town)], event)[0] == "space flight", texts
    # a lone noun says less than the phrase it would replace
    lone = [active[0], "Blue Origin's first flight lasted ten minutes, the company said.",
            "The flight carried four people to the edge of space, Blue Origin said.", active[3]]
    assert name_topics([claims(lone), claims(town)], event)[0] == "Blue Origin launch vehicle"


def test_a_name_who_acts_in_every_claim_that_writes_it_gives_way_to_what_most_of_them_are_about():
    event = "Harbour bill heads to the floor, 9 Mar 2022"
    active = ["Council Leader Maria Okafor set a procedural vote on the harbour plan for Wednesday.",
              "Council Leader Maria Okafor will hold the procedural vote even though the text is unfinished.",
              "Maria Okafor said the procedural vote would go ahead.", "Members expect the procedural vote to fail."]
    passive = ["A procedural vote on the harbour plan was set for Wednesday by Council Leader Maria Okafor.",
               "The procedural vote will be held by Council Leader Maria Okafor even though the text is unfinished.",
               "The procedural vote would go ahead, Maria Okafor said.", "Members expect the procedural vote to fail."]
    relative = ["Council Leader Maria Okafor, who set a procedural vote on the harbour plan, spoke on Tuesday.",
                "Council Leader Maria Okafor, who will hold the procedural vote anyway, met members.",
                "According to Maria Okafor, the procedural vote would go ahead.",
                "Members expect the procedural vote to fail."]
    for texts in (active, passive, relative):
        assert name_topics([claims(texts), claims(FARES)], event)[0] == "procedural vote", texts
    # a name the claims act upon is what they are about
    aimed = ["Members criticised Maria Okafor over the procedural vote.",
             "Critics wrote to Maria Okafor about the procedural vote.",
             "Aides to Maria Okafor discussed the vote timing.", "Members expect the procedural vote to fail."]
    assert name_topics([claims(aimed), claims(FARES)], event)[0] == "Maria Okafor"


def test_a_place_where_every_claim_that_writes_it_says_something_happened_gives_way_too():
    event = "Army leaves as militants strike, 9 Mar 2022"
    active = ["Air defences shot down rockets aimed at the Kabul airport on Monday morning.",
              "Flights resumed at the Kabul airport within hours.",
              "Crowds gathered again at the Kabul airport on Tuesday.",
              "Militants fired multiple rockets from a car, police said.",
              "The multiple rockets hit houses in the old town."]
    passive = ["Rockets aimed at the Kabul airport were shot down by air defences on Monday morning.",
               "Flights were resumed at the Kabul airport within hours, officials said.",
               "At the Kabul airport, crowds gathered again on Tuesday.",
               "Multiple rockets were fired from a car by militants, police said.",
               "Houses in the old town were hit by the multiple rockets."]
    for texts in (active, passive):
        assert name_topics([claims(texts), claims(FARES)], event)[0] == "multiple rockets", texts
    # a place the claims act upon is what they are about
    closed = ["Officials closed the Kabul airport on Monday morning.", "The army guarded the Kabul airport for hours.",
              "Militants attacked the Kabul airport on Tuesday.", active[3], active[4]]
    assert name_topics([claims(closed), claims(FARES)], event)[0] == "Kabul airport"
