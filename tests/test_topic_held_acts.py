"""Topic labels (issue 18, twenty-fourth round): a topic is named by what happens in its claims, one holder's act told
by its noun or by its verb ("Greene's apology" for "Memorial Day recess", a time one claim writes beside the act), and
a label is the whole name or noun phrase its claims write ("ranked choice voting", never "choice voting"). Each topic
is phrased more than one way: the act told by a verb in some claims and by its noun in others, passive, a relative
clause, attribution first and last. Every sentence is made up."""
from crosscheck.claims import claim_from_text
from crosscheck.topic_labels import _written_whole
from tests.test_topic_frames import _label


def test_an_act_told_by_its_verb_and_its_noun_names_the_topic_with_its_holder():
    apology = ["Senator Ada Lowe apologized on Tuesday for comparing the tax plan to a famine.",
               "Lowe delivered the apology after a meeting with farmers' groups in Fresno.",
               "The apology Lowe offered came a week after her remarks at a fundraiser in Reno.",
               "Critics said the remarks were made during the long Easter recess."]
    assert _label(apology, "Senator sorry for famine remark, 9 Mar 2022") == "Lowe's apology"  # was "Ada Lowe"
    told_apart = ["According to her office, Lowe apologized for the remarks.",
                  "An apology by Senator Ada Lowe was posted on her website late on Monday.",
                  "Lowe, who apologized to farmers on Monday, will meet union leaders next week.",
                  "The senator spoke at a fundraiser in Reno during the Easter recess."]
    assert _label(told_apart, "Senator sorry for famine remark, 9 Mar 2022") == "Lowe's apology"


def test_the_noun_comes_from_the_claims_or_the_table():
    # "withdrew" beside "withdrawal": the claims' own noun; "testified" beside "testimony"
    withdrawal = ["Judge Rosa Imhof withdrew from the race for the court on Thursday.",
                  "Imhof's withdrawal leaves two candidates for the seat, officials said.",
                  "The withdrawal by Imhof followed reports about her campaign's finances in Ohio."]
    assert _label(withdrawal, "Court race narrows, 9 Mar 2022") == "Imhof's withdrawal"  # was "Judge Rosa Imhof"
    testimony = ["Nurse Lena Ortiz testified for six hours before the inquiry in Albany.",
                 "Ortiz's testimony described staff shortages on the night shift.",
                 "During the testimony, which Ortiz gave under oath, lawyers asked about the rota."]
    assert _label(testimony, "Hospital inquiry hears nurse, 9 Mar 2022") == "Ortiz's testimony"
    # "the testimony of Ortiz": whose the act is, by its "of" (was "Lena Ortiz")
    testimony_of = ["The testimony of Lena Ortiz, a nurse, lasted six hours at the inquiry.",
                    "Ortiz testified that staff were exhausted on the night shift.",
                    "Lawyers for the hospital questioned the rota during the hearing in Albany."]
    assert _label(testimony_of, "Hospital inquiry hears nurse, 9 Mar 2022") == "Ortiz's testimony"
    # different verbs of one act ("hit back", "fired back"; the particle read as an adverb) and its noun
    response = ["Governor Ron Vale hit back at the president's criticism of his virus record.",
                "Vale fired back on Wednesday, saying the schools would stay open.",
                "Vale's response came at a news conference in Tampa."]
    assert _label(response, "Governor and president trade barbs, 4 Aug 2021") == "Vale's response"  # was "Ron Vale"


def test_different_verbs_of_one_act_name_it():
    # "defeated", "won", "cruised to victory": one victory, its holder the one who won (was "Councillor Mia Tran"),
    # also where the topic retells the headline (was "incumbent mayor")
    victory = ["Councillor Mia Tran defeated the incumbent mayor in Sunday's runoff.",
               "Tran won in a 61-39 vote, her campaign said.",
               "Mia Tran cruised to victory after a month of debates.",
               "Turnout was low in the northern wards."]
    assert _label(victory, "Port city elects new mayor, 9 Mar 2022") == "Tran's victory"
    assert _label(victory, "Voters back Tran in runoff, 9 Mar 2022") == "Tran's victory"
    # what "won" acts on is no victory of its holder
    won = ["The bill won approval from the Senate on Tuesday.",
           "Senator Joe Hart won support from both parties for the bill.",
           "Hart won backing from unions, officials said."]
    assert "victory" not in _label(won, "Senate passes bill, 9 Mar 2022")


def test_an_act_demanded_is_named_as_called_for():
    verbs = ["Lawmakers called for Mayor Tom Bekker to resign over the contracts.",
             "Bekker refused to resign, saying the inquiry would clear him.",
             "Critics urged Bekker to step down before the budget vote."]
    assert _label(verbs, "Harbor City mayor under pressure, 9 Mar 2022") == "calls for Bekker's resignation"
    nouns = ["Mayor Tom Bekker faces calls for his resignation over the contracts.",
             "Council members demanded Bekker's resignation on Tuesday.",
             "The contracts went to a firm owned by a friend of the mayor in Leeds."]
    assert _label(nouns, "Harbor City mayor under pressure, 9 Mar 2022") == "calls for Bekker's resignation"


def test_no_act_told_as_done_names_no_holder():
    negated = ["Senator Ada Lowe did not apologize for her remarks on the tax plan.",
               "Lowe has not apologized, her spokesman said on Tuesday.",
               "Farm groups said the remarks on the tax plan were an insult."]
    assert _label(negated, "Senator under fire for famine remark, 9 Mar 2022") == "tax plan"
    quoted = ["\"Lowe apologized to nobody,\" a farmer told reporters.",
              "\"She has apologized only to donors,\" the union said.",
              "Lowe spoke at a fundraiser in Reno during the Easter recess."]
    assert "apology" not in _label(quoted, "Senator under fire for famine remark, 9 Mar 2022")
    holders = ["Senator Ada Lowe apologized for the remarks on Monday.",
               "Governor Paul Hume apologized for the delay in paying farmers.",
               "Farm groups met the governor at the Capitol."]
    assert "apology" not in _label(holders, "Farm aid row, 9 Mar 2022")


def test_what_an_act_is_done_to_and_who_does_it_are_no_holders_act():
    fired = ["The club fired coach Dan Reyes on Monday after a fifth defeat.",
             "Reyes was fired by the club's owners, the newspaper said.",
             "The firing of Reyes came after the club lost to Leeds."]
    assert _label(fired, "Club sacks coach, 9 Mar 2022") == "firing of Dan Reyes"
    # "attackers" is who attacks, no act's noun
    attacked = ["Gunmen attacked the convoy near the border on Sunday.",
                "The attackers fled into the hills, the army said.",
                "The convoy was attacked by gunmen, officials said."]
    assert _label(attacked, "Convoy ambushed, 9 Mar 2022") == "gunmen attack convoy"
    # a verb that tells news: what it announces is the topic, not the telling
    announced = ["Mayor Ken Lin announced a curfew on Monday after the riots.",
                 "Lin's announcement came after a night of looting in the port district.",
                 "The curfew, which Lin announced on Monday, runs from 10 pm."]
    assert "announcement" not in _label(announced, "Port city curfew, 9 Mar 2022")


def _whole(label: str, texts: list[str]) -> str:
    return _written_whole(label, [claim_from_text(t) for t in texts])


def test_a_name_or_phrase_cut_short_is_written_whole():
    board = ["The Harbor County Board of Supervisors delayed the vote on the landfill.",
             "Residents said the Harbor County Board of Supervisors had ignored them.",
             "The landfill would take waste from three counties."]
    assert _whole("Harbor County Board", board) == "Harbor County Board of Supervisors"
    # "ranked" misread as a verb in one claim, a describing word of "votes" in another
    ranked = ["[ranked choice voting] tallies were delayed, the board said.",
              "Officials counted the ranked choice votes again on Wednesday."]
    assert _whole("choice voting", ranked) == "ranked choice voting"


def test_a_label_written_whole_somewhere_or_describing_stays():
    assert _whole("Harbor County Board", ["The Harbor County Board of Supervisors delayed the vote.",
                                          "The Harbor County Board met again on Friday."]) == "Harbor County Board"
    assert _whole("Ana Ruiz", ["Sen. Ana Ruiz of Ohio voted against the bill.",
                               "Ruiz said the bill was rushed."]) == "Ana Ruiz"  # where she is from
    assert _whole("climate change", ["Scientists blamed human-caused climate change for the floods.",
                                     "The report tied the floods to human-caused climate change."]) == "climate change"
    assert _whole("container ships", ["Massive container ships waited outside the port.",
                                      "The massive container ships could not unload."]) == "container ships"
