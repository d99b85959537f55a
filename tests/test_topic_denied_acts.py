"""Topic labels (issue 18, twenty-second round): a topic is named by an act only where its claims tell the act as done.
A verb its claims negate asserts no act ("did not approve the spending plan" is no "approval of the spending plan");
a word of obligation names the act it governs, not any act the claim tells ("banned mask mandates" obliges no one to
ban; "condemned the junta for forcing the airliner to land": what was forced is the landing); and an act inside
quotation marks is the speaker's words, which no headline clause reports as done ("Obama apologizes for America" of
Trump's remarks). Each case is phrased more than one way: active and passive, a relative clause, attribution first and
last. Every sentence is made up."""
from tests.test_topic_frames import _framed, _label


def test_a_denied_act_names_no_act():
    approval = ["The council did not approve the spending plan on Monday.",
                "Councillors did not approve the spending plan, the mayor said.",
                "The spending plan, which the council did not approve, goes back to committee.",
                "According to the mayor, the council refused to approve the plan."]
    assert _label(approval, "Council budget fight, 9 Mar 2022") == "spending plan"
    release = ["Officials did not release the detained fishermen on Friday.",
               "The fishermen were not released, their families said.",
               "According to the coast guard, the fishermen, who were not released, remain in custody."]
    assert _label(release, "Fishing boat seized, 9 Mar 2022") == "fishermen"


def test_an_act_done_keeps_its_noun():
    texts = ["The council approved the spending plan on Monday.",
             "The spending plan was approved by councillors, the mayor said.",
             "According to the mayor, the council approved the plan after a debate."]
    assert _label(texts, "Council budget fight, 9 Mar 2022") == "approval of the spending plan"
    # two claims tell the act done, one denies it: the act the most claims report still names the topic
    merger = ["The board approved the merger on Tuesday.",
              "The merger was approved by the board after a long meeting, the company said.",
              "Shareholders, who did not approve the merger, plan to sue."]
    assert _label(merger, "Merger vote, 9 Mar 2022") == "board approves merger"


def test_an_obligation_is_of_the_act_it_governs():
    banned = ["The governor banned mask mandates in schools on Friday.",
              "Mask mandates were banned by the governor, the union said.",
              "The governor, who banned mask mandates in schools, faces a lawsuit."]
    assert _label(banned, "School mask fight, 9 Mar 2022") == "ban on mask mandates"
    quoted = ["\"The governor banned mask mandates in schools,\" the teachers' union said.",
              "The union said the governor had \"banned mask mandates\" without consulting anyone.",
              "\"He banned mask mandates,\" a parent told reporters."]
    assert _label(quoted, "School mask fight, 9 Mar 2022") == "ban on mask mandates"
    forced = ["Neighbouring states condemned the junta for forcing the airliner to land.",
              "The condemnation of the junta came swiftly after it forced the plane to land.",
              "Ministers condemned the junta, which forced the jet to land in the capital."]
    assert _label(forced, "Airliner diverted, 9 Mar 2022") == "condemnation of the junta"


def test_an_obligation_on_the_act_names_it():
    vaccinated = ["Federal contractors must be vaccinated by December, the White House said.",
                  "Under the order, employers are required to ensure that their workers are vaccinated.",
                  "The mandate, which requires workers to get vaccinated, takes effect in January."]
    assert _label(vaccinated, "Vaccine order for contractors, 9 Sep 2021") == "vaccination mandate"
    released = ["The court required the ministry to release the detained journalists.",
                "The journalists must be released within a week, the judge ruled.",
                "According to the ruling, the ministry is obliged to release the journalists."]
    assert _label(released, "Court rules on detentions, 9 Mar 2022") == "release requirement"


def test_an_act_in_quotation_marks_is_no_headline_clause():
    apology = ["\"He went around the world apologizing for America,\" Trump said of his predecessor.",
               "Trump told the crowd that Obama \"apologized for America\" on every trip.",
               "\"Obama apologized for America,\" the former president said at the rally."]
    assert _framed(apology) is None
    arrest = ["\"They arrested the mayor for nothing,\" the protest leader said.",
              "The protest leader said police \"arrested the mayor\" to silence critics.",
              "\"Police arrested the mayor,\" a spokesman for the party said."]
    assert _framed(arrest) is None


def test_an_act_told_outside_quotation_marks_is_a_headline_clause():
    texts = ["Police arrested the mayor on Tuesday, the ministry said.",
             "The mayor was arrested by police at his home, according to his lawyer.",
             "Officials said police, who arrested the mayor overnight, had a warrant."]
    assert _framed(texts).label == "police arrest mayor"
