"""The claims stage on sentences written for these tests: voice, side, quotes, clauses, omissions."""
import pytest
from crosscheck.claims import claim_from_text, extract_claims
from crosscheck.types import Article, Line
from crosscheck.voices import load_voicebook


def claims_of(*lines: str, outlet: str = "Example News", book=None):
    article = Article("a1", "a.txt", outlet, "t", None, None,
                      tuple(Line(i + 1, text) for i, text in enumerate(lines)))
    return extract_claims([article], book or load_voicebook())


def by_start(found):
    return {c.text[:20]: c for c in found}


def test_voice_and_side_follow_the_attribution_not_the_subject():
    found = by_start(claims_of(
        "Chinese President Xi Jinping spoke to US President Donald Trump on Monday.",
        "Trump acknowledged the importance of the issue, according to the Chinese readout.",
        "China's foreign ministry reported that Trump agreed to keep talking.",
        "“It was a very good call,” Trump wrote on Truth Social.",
        "Japanese Prime Minister Sanae Takaichi spoke to reporters after the call. “We are close,” she said.",
    ))
    assert found["Trump acknowledged t"].side == "china"
    assert (found["China's foreign mini"].voice, found["China's foreign mini"].side) == (
        "China's foreign ministry", "china")
    assert (found["“It was a very good "].voice, found["“It was a very good "].side) == ("Donald Trump", "us")
    assert found["“We are close,” she "].voice == "Sanae Takaichi"
    assert found["“We are close,” she "].quote


def test_narration_is_the_outlets_own_and_says_so():
    (claim,) = claims_of("The two leaders met for two hours in Geneva.")
    assert (claim.voice, claim.side, claim.attributed) == ("Example News", None, False)


def test_a_pronoun_three_sentences_after_the_name():
    found = claims_of("Wendy Cutler, a former trade negotiator, spoke at a conference in Tokyo on Friday. "
                      "The hall was full. Delegates from 40 countries attended the meeting. "
                      "She said the deal would not last.")
    assert (found[-1].voice, found[-1].attributed) == ("Wendy Cutler", True)


def test_a_quote_over_two_paragraphs_keeps_its_speaker():
    found = claims_of("“We are ready to talk about every part of the agreement,” Mayor Jane Doe told the station. "
                      "“Nothing is off the table.",
                      "“We will meet them halfway on the budget and on the schedule.”",
                      "The council meets again next week to vote on the plan.")
    assert [c.voice for c in found] == ["Jane Doe", "Jane Doe", "Jane Doe", "Example News"]


def test_postposed_attribution_and_description_resolved_to_earlier_mention():
    found = by_start(claims_of(
        "Ostrovia's Ministry of Foreign Affairs summoned the ambassador on Monday.",
        "The talks had collapsed over the weekend, the ministry said.",
    ))
    assert found["The talks had collap"].voice == "Ostrovia's Ministry of Foreign Affairs"


def test_sides_for_a_country_no_file_lists():
    found = by_start(claims_of(
        "“We will not back down,” said Ostrovian Deputy Foreign Minister Ana Petrov on Tuesday.",
        "Petrov later told reporters that the border would stay closed until the spring.",
    ))
    assert (found["“We will not back do"].voice, found["“We will not back do"].side) == ("Ana Petrov", "ostrovian")
    assert found["Petrov later told re"].side == "ostrovian"


def test_an_official_publisher_speaks_for_its_side():
    found = claims_of("The two presidents discussed the situation in the region at length.",
                      "President Obama said that sanctions would remain in place.",
                      outlet="Ministry of Foreign Affairs of the Russian Federation")
    assert [c.side for c in found] == ["russia", "russia"]
    assert [c.attributed for c in found] == [False, True]


def test_user_sides_file_adds_a_side(tmp_path):
    sides = tmp_path / "sides.toml"
    sides.write_text('[sides.vatican]\nlabel = "Holy See"\nnames = ["Holy See", "Vatican"]\n'
                     'official = ["Holy See Press Office"]\n', encoding="utf-8")
    book = load_voicebook(sides)
    (claim,) = claims_of("Pope Leo called for a ceasefire in the region on Sunday.",
                         outlet="Holy See Press Office", book=book)
    assert claim.side == "vatican"


def test_independent_statements_become_separate_claims():
    found = claims_of("US tariffs on Chinese imports reached 145 percent, "
                      "while China's retaliatory taxes reached 125 percent.")
    assert [c.text for c in found] == ["US tariffs on Chinese imports reached 145 percent",
                                       "China's retaliatory taxes reached 125 percent."]


def test_questions_headings_and_fragments_are_not_claims():
    found = claims_of("What was discussed regarding Taiwan?", "Key issues on the table include:",
                      "Hours after the call.", "The ministers met for two hours in Geneva.")
    assert [c.text for c in found] == ["The ministers met for two hours in Geneva."]


def test_claim_carries_predicate_figure_and_scoped_negation():
    claim = claim_from_text("Police said 12 protesters were arrested, though no one was charged.")
    assert claim.predicate == "arrest"
    assert [(q.value, q.counts) for q in claim.numbers] == [(12, "protester")]
    assert not claim.negated


def test_reported_omissions_name_who_left_out_what():
    found = claims_of(
        "US President Donald Trump and Chinese President Xi Jinping spoke on Monday.",
        "Xi raised Taiwan, according to the Chinese readout. Trump’s own account didn’t mention the island.",
        "China reacted coolly, with state media reporting on the call. "
        "There was no mention of the visit to Beijing, nor of buying soya beans.",
    )
    omissions = [c.omission for c in found if c.omission]
    assert [(o.omitter, o.omitter_side, o.subject) for o in omissions] == [
        ("Donald Trump", "us", "the island"),
        ("China", "china", "the visit to Beijing / buying soya beans"),
    ]
    assert "Taiwan" in omissions[0].context


def test_statements_on_another_occasion_are_marked():
    found = claims_of("US President Donald Trump spoke to Xi.",
                      "Trump also offered reassurance to Taiwan this month, telling CBS News that he was calm.",
                      "Trump said he spoke with Xi about soybeans.",
                      "“It was a good call,” Trump wrote, saying they discussed a pact struck last month.")
    assert [c.other_occasion for c in found] == [False, True, False, False]


def test_two_sources_in_one_sentence_get_a_claim_each():
    found = claims_of("While one company says there are more than 2,400 billionaires in the world, "
                      "another firm says there are about 1,800.")
    assert [c.text for c in found] == ["one company says there are more than 2,400 billionaires in the world",
                                       "another firm says there are about 1,800."]
    assert all(c.attributed for c in found)


def test_a_speaker_label_voices_the_words_after_it():
    found = claims_of("Sanders: “We are going to win this state by a wide margin.”",
                      "The reason is simple: the turnout in the county was low.")
    assert [(c.voice, c.attributed) for c in found] == [("Sanders", True), ("Example News", False)]


@pytest.mark.parametrize("sentence, omitter_side, subject", [
    ("Trump's account did not include the line on Taiwan.", "us", "the line on Taiwan"),
    ("The White House readout left out any reference to Taiwan.", "us", "Taiwan"),
    ("The Kremlin statement made no reference to the sanctions.", "russia", "the sanctions"),
    ("Washington was silent on the arms sales.", "us", "the arms sales"),
    ("The arms sales were absent from the Chinese readout.", "china", "The arms sales"),
    ("The US readout did not contain the phrase about independence.", "us", "the phrase about independence"),
    ("Beijing's account omitted the soybean purchases.", "china", "the soybean purchases"),
])
def test_reported_omissions_are_read_from_the_parse(sentence, omitter_side, subject):
    found = claims_of("US President Donald Trump spoke to Chinese President Xi Jinping on Monday.", sentence)
    omission = found[-1].omission
    assert omission is not None and (omission.omitter_side, omission.subject) == (omitter_side, subject)


def test_a_statement_that_includes_something_is_no_omission():
    found = claims_of("The White House readout included a line on Taiwan.", "Beijing was not silent on trade.")
    assert [c.omission for c in found] == [None, None]


def test_leaving_and_containing_verbs_report_omissions_only_of_accounts():
    found = claims_of("Trump skipped the summit in Busan last week.", "The trade deal did not include chips or rare earths.")
    assert [c.omission for c in found] == [None, None]


def test_speakers_are_people_bodies_or_documents_and_they_is_both_parties():
    found = by_start(claims_of(
        "President Obama spoke with President Putin about Ukraine.",
        "They discussed the crisis in eastern Ukraine.",
        "The two sides agreed that talks should continue.",
        "Only time will tell whether the truce holds.",
        "In the border towns, criminals say the crossing is open to them.",
        "Voters say the economy matters most."))
    assert (found["They discussed the c"].voice, found["They discussed the c"].side) == ("Obama and Putin", None)
    assert found["The two sides agreed"].side is None
    assert not found["Only time will tell "].attributed and not found["In the border towns,"].attributed
    assert found["Voters say the econo"].voice == "Voters"


def test_the_house_is_not_the_white_house():
    found = by_start(claims_of("The House voted to approve the bill on Tuesday, a spokesman said.",
                               "The White House said the president would sign it."))
    assert found["The House voted to a"].side is None
    assert found["The White House said"].side == "us"


def test_a_quotation_is_the_speaker_named_just_before_or_after_it():
    found = by_start(claims_of(
        "“How big will the wall be?” Pence said in response. “As big as it needs to be.”",
        "“We will win this election in November.” Trump said on Tuesday. The crowd cheered loudly for him."))
    assert found["“As big as it needs "].voice == "Pence"
    assert found["“We will win this el"].voice == "Trump"
    assert not found["The crowd cheered lo"].attributed


def test_they_after_a_call_between_two_officials_is_both_of_them():
    found = claims_of("The Prime Minister spoke to President Xi of China earlier today.",
                      "They agreed the situation in North Korea was deeply troubling.",
                      outlet="UK Prime Minister's Office")
    assert (found[1].voice, found[1].side) == ("Prime Minister and Xi", "uk")


def test_a_quote_that_ends_inside_a_quote_is_closed_before_its_attribution():
    found = claims_of("\"People keep asking why they should pick the one they call 'Ostrov,' \" said Dana Pierce, "
                      "a volunteer.",
                      "Dana Pierce said: \"People keep asking why they should pick 'Ostrov.' \"")
    assert [c.voice for c in found] == ["Dana Pierce", "Dana Pierce"]


@pytest.mark.parametrize("sentence, voice", [
    ("Mr. Halvorsen was prompted to say, \"So far the debate has been very polite.\"", "Halvorsen"),
    ("His rivals rushed to the studios to say he did not speak for the party.", "His rivals"),
    ("Marlow went on to say that the party would unite behind the nominee.", "Marlow"),
    ("On a tour for his sister Anna Berg, former governor Erik Berg said she was ready to lead.", "Erik Berg"),
    ("Marlow, who has no such endorsements, said that fact spoke volumes about his rival.", "Marlow"),
    ("On Monday in Dayton, OH, after a win in the primary, Gov. Tom Hale (R-OH) said the race was not over.",
     "Tom Hale"),
    ("Ruth Adler, a Tampa, Fla., teacher helping to plan the walkout, said she and other teachers were worried.",
     "Ruth Adler"),
    ("In a note to the mayor, Maya Okafor, head of the Center for Urban Progress, recounted a talk she had.",
     "Maya Okafor"),
    ("Republican contender and former surgeon Paul Reyes responded on Sunday to claims that he had exaggerated.",
     "Paul Reyes"),
    ("The firm lobbied on trade, said lawyer and party strategist Tom Wade, a former business partner.", "Tom Wade"),
    ("\"Thank you, Dayton, for welcoming these families,\" said master of ceremonies Omar Al-Rashid, an engineer.",
     "Omar Al-Rashid"),
    ("Mr. Varga has rallied thousands by promising to impose tariffs on imported cars.", "Varga"),
    ("After hinting on Tuesday that he regretted his remarks, Mr. Lind rarely disagreed with her.", "Lind"),
    ("As the Washington Post observed, the party now holds both chambers in 30 states.", "Washington Post"),
    ("The party now holds both chambers in 30 states, as the Washington Post observed.", "Washington Post"),
    ("Reuters estimates the company's value at about $42 billion.", "Reuters"),
])
def test_the_speaker_of_a_verb_without_its_own_subject(sentence, voice):
    (claim,) = claims_of(sentence)
    assert (claim.voice, claim.attributed) == (voice, True)


@pytest.mark.parametrize("sentence, voice", [
    ("New polls released on Friday showed Mendez taking a lead in the race for governor.", "New polls"),
    ("A new poll released on Friday shows that Mendez has taken a lead in the race.", "new poll"),
    ("Mendez's lead in the race was shown by a new poll released on Friday.", "new poll"),
    ("Mendez has taken a lead in the race, a new survey found.", "new survey"),
    ("Farmers in Ohio backed Mendez by a wide margin on Tuesday.", "Farmers"),
])
def test_documents_and_groups_of_people_hold_positions(sentence, voice):
    (claim,) = claims_of(sentence)
    assert (claim.voice, claim.attributed) == (voice, True)


def test_a_thing_or_both_parties_acting_together_is_narration():
    found = claims_of("The deal saw prices rise across the country for three years.",
                      "The two presidents discussed the situation in the region at length.")
    assert [c.attributed for c in found] == [False, False]


def test_a_relative_pronoun_is_the_noun_it_follows_not_an_earlier_mention():
    found = claims_of("Bloomberg published its list on Monday.",
                      "Marlow, who said the party would unite behind the nominee, spoke in Vermont on Monday.",
                      "The study, which found that turnout rose by a third, was published on Monday.")
    assert [c.voice for c in found[1:]] == ["Marlow", "study"]


@pytest.mark.parametrize("sentence, voice", [
    ("Turnout rose sharply this year, according to an analysis by the Pew Research Center.", "Pew Research Center"),
    ("According to an analysis by the Pew Research Center, turnout rose sharply this year.", "Pew Research Center"),
    ("A 2012 report by the Institute for Fiscal Studies found that a small levy would raise $9 billion.",
     "Institute for Fiscal Studies"),
    ("A small levy would raise $9 billion, a report by the Institute for Fiscal Studies found.",
     "Institute for Fiscal Studies"),
    ("Some said they have cringed at the comparison.", "Some"),
    ("Many say the race is already over.", "Many"),
])
def test_a_finding_is_its_authors_and_some_or_many_are_people(sentence, voice):
    (claim,) = claims_of(sentence)
    assert claim.voice == voice


def test_a_shared_surname_is_not_the_same_person():
    book = load_voicebook()
    book.place_person("George W. Bush", "us")
    assert book.full_name("Jeb Bush") == "Jeb Bush"
    assert book.full_name("Mr. Bush") == "George W. Bush"
    assert book.full_name("George Bush") == "George W. Bush"


@pytest.mark.parametrize("sentence", [
    "Governor Obama angered farmers in 2019 when he criticized the subsidy in a speech.",
    "Obama was booed by the crowd after he said the ruling was wrong.",
])
def test_he_is_the_person_before_it_in_its_own_sentence(sentence):
    found = claims_of("Hillary Clinton spoke in Iowa on Monday.", sentence)
    # the claim that holds "he" (the whole sentence, or what he said cut off from "Obama was booed")
    assert next(c for c in found if c.line == 2 and " he " in f" {c.text} ").voice == "Obama"


@pytest.mark.parametrize("sentence", [
    "Howard Dean launched Democracy for America, an organization that endorsed the senator in June.",
    "The senator was endorsed by Democracy for America, a group that said she would win.",
])
def test_a_relative_clause_on_a_description_of_a_name_is_the_names(sentence):
    (claim,) = claims_of(sentence)
    assert claim.voice == "Democracy for America"


@pytest.mark.parametrize("sentence, voice", [
    ("Reyes lambasted the press coverage as evidence of a double standard.", "Reyes"),
    ("The press coverage was lambasted by Reyes as evidence of a double standard.", "Reyes"),
    ("Weber views the choice of Lund as a smart one.", "Weber"),
    ("The New York Times characterized the governor's rise as a journey from doubt to acceptance.",
     "New York Times"),
])
def test_verbs_of_judging_voice_their_subject(sentence, voice):
    (claim,) = claims_of(sentence)
    assert claim.voice == voice


def test_quotations_of_one_paragraph_keep_their_speaker():
    found = claims_of(
        "\"I am calling from the council. How are you this evening?\" Karsten, a retired teacher from the valley, "
        "said cheerfully into the phone.",
        "“We thought only the mayor was careless,” said Ito, who wrote a book on the town. The governor “kind of "
        "slipped. This is not something he should say openly in public.”",
        "Of Lund, Varga, who has given money to the mayor, said, “He’s plainly out of his depth.”",
        "The senator spoke for an hour. The crowd was quiet, and “nobody cheered,” the next speaker noted.")
    assert [c.voice for c in found[:6]] == ["Karsten", "Karsten", "Ito", "Ito", "Ito", "Varga"]
    assert not found[6].attributed


@pytest.mark.parametrize("sentence, voice", [
    ("Clinton hoped that the vote would go her way.", "Clinton"),
    ("The vote would go her way, Clinton hoped.", "Clinton"),
    ("Audit files from the vendor show that four accounts searched the data.", "Audit files"),
    ("Idaho Democrats chose Maria Lopez as their nominee.", "Idaho Democrats"),
    ("Maria Lopez was chosen by Idaho Democrats as their nominee.", "Idaho Democrats"),
])
def test_hopes_choices_and_documents_have_sources(sentence, voice):
    (claim,) = claims_of(sentence)
    assert claim.voice == voice


def test_a_verb_that_only_looks_like_a_reporting_verb_is_narration():
    (claim,) = claims_of("Trump hopped on a plane to Iowa on Monday.")
    assert not claim.attributed


def test_he_after_a_quotation_is_not_a_person_the_quotation_names():
    found = claims_of("Peter Novak, 71, knows just what the town needs. \"Anna Berg is the one for it.\"",
                      "\"It will take a stubborn mayor to fix this place,\" he said.")
    assert found[-1].voice == "Peter Novak"


def test_a_body_is_not_the_person_whose_title_names_it():
    found = claims_of("The plan is dead, said Ana Ruiz, a spokeswoman for the campaign.",
                      "In a statement, the campaign said the figures were wrong.",
                      "The levy would raise $9 billion, according to a statement from the campaign.",
                      "A spokesman for Lind, Tom Wade, said the meeting had gone well.")
    assert [c.voice for c in found] == ["Ana Ruiz", "campaign", "campaign", "Tom Wade"]


@pytest.mark.parametrize("sentence, voice", [
    ("Senator Jane Holt, who said the bill would fail, voted against it on Tuesday.", "Jane Holt"),
    ("Reporters later spoke to Senator Jane Holt, who said the bill would fail.", "Jane Holt"),
])
def test_a_relative_clause_speaks_for_the_sentence_only_on_its_main_verbs_arguments(sentence, voice):
    (claim,) = claims_of(sentence)
    assert claim.voice == voice


@pytest.mark.parametrize("sentence, clause", [
    ("The row deepened after a warning by Senator Jane Holt, who said the bill would fail.",
     "who said the bill would fail."),
    ("This push comes amid a dispute triggered by remarks from Senator Jane Holt, who suggested a boycott.",
     "who suggested a boycott."),
])
def test_a_relative_clause_aside_is_a_claim_of_its_own(sentence, clause):
    """Issue 17, seventh round: the clause aside is its speaker's, the rest of the sentence stays narration."""
    narration, statement = claims_of(sentence)
    assert (narration.voice, statement.voice, statement.text) == ("Example News", "Jane Holt", clause)
    assert not narration.attributed and "Holt" in narration.text


@pytest.mark.parametrize("sentence, voice", [
    ("It is unclear, however, if Senator Jane Holt asked the mayor to resign.", "Example News"),
    ("Nobody knows whether Senator Jane Holt told the mayor to resign.", "Example News"),
    ("If the talks fail, Senator Jane Holt said, the bill will die.", "Jane Holt"),
])
def test_whether_someone_spoke_is_not_their_statement(sentence, voice):
    (claim,) = claims_of(sentence)
    assert claim.voice == voice


@pytest.mark.parametrize("sentence, voice", [
    ("Rep. Todd Rokita and state House Speaker Brian Bosma have publicly stated their interest in the seat.",
     "Todd Rokita and Brian Bosma"),
    ("The seat should go to a woman, Rep. Todd Rokita and Speaker Brian Bosma said on Monday.",
     "Todd Rokita and Brian Bosma"),
    ("The plan was praised by Mayor Jane Doe and Senator Jane Holt as a fair compromise.", "Jane Doe and Jane Holt"),
    ("Mr. Autor and Mr. Hanson emphasize that trade is only one factor among many.", "Autor and Hanson"),
])
def test_names_joined_as_one_subject_are_all_the_source(sentence, voice):
    (claim,) = claims_of(sentence)
    assert (claim.voice, claim.attributed) == (voice, True)


def test_a_joint_source_has_a_side_only_when_all_share_it():
    found = claims_of("Chinese President Xi Jinping and US President Donald Trump said the talks went well.",
                      "Chinese President Xi Jinping and Chinese Premier Li Qiang said the economy would grow.")
    assert [c.side for c in found] == [None, "china"]
    assert "Neither" not in claims_of("Neither Rokita nor Bosma said they wanted the seat.")[0].voice


def test_a_speaker_the_tagger_misses_is_the_person_of_that_surname():
    found = claims_of("Sen. Robert Menendez (D-N.J.) teamed up with Corker on the bill. Clinton backed the deal.",
                      "But Menendez said he does not think the election calendar matters. If politics makes the "
                      "road ahead too complicated now, he said, Congress can still pass a simple reauthorization.")
    assert found[-1].voice == "Robert Menendez"


@pytest.mark.parametrize("sentence", [
    "Last month, when I asked Bernie Sanders if he would ever endorse her, he smiled and said, \"I will.\"",
    "When reporters asked Bernie Sanders about the race, he said he would stay in it.",
])
def test_he_is_the_one_person_its_sentence_named_before_it(sentence):
    (claim,) = claims_of(sentence)
    assert claim.voice == "Bernie Sanders"


@pytest.mark.parametrize("sentence", [
    "Forbes shot back in an article stating that New York was the billionaire capital.",
    "In an article published on Monday, Forbes argued that New York was the billionaire capital.",
    "New York was the billionaire capital, Forbes wrote in an article on Monday.",
])
def test_an_article_is_its_publishers_account(sentence):
    (claim,) = claims_of(sentence)
    assert claim.voice == "Forbes"


@pytest.mark.parametrize("sentence, voice", [
    ("In an interview, Maria Lopez had nothing bad to say about the plan.", "Maria Lopez"),
    ("Maria Lopez was quick to point out that the vote was close.", "Maria Lopez"),
    ("Then the volunteers headed out, ready to tell their neighbors that the plan was sound.", "volunteers"),
    ("The plan had passed by one vote, Maria Lopez was quick to point out.", "Maria Lopez"),
])
def test_a_speech_verb_after_an_adjective_or_an_object_is_its_subjects(sentence, voice):
    (claim,) = claims_of(sentence)
    assert claim.voice == voice


@pytest.mark.parametrize("second", [
    "What's more, many of the arguments are easily refuted, they say.",
    "They say many of the arguments are easily refuted.",
    "Many of the arguments, they say, are easily refuted.",
])
def test_they_after_a_groups_statement_is_that_group(second):
    found = claims_of("Democrats say Republicans are looking for a new line of attack after the raid on the "
                      "U.S. Consulate in Benghazi.", second)
    assert found[-1].voice == "Democrats"


@pytest.mark.parametrize("sentence, voice, side", [
    ("A spokeswoman for Jane Holt said the bill would fail.", "spokeswoman for Jane Holt", None),
    ("The bill would fail, a spokesman for the Chinese Foreign Ministry said.",
     "spokesman for the Chinese Foreign Ministry", "china"),
    ("According to a senior aide to Jane Holt, the bill will fail.", "senior aide to Jane Holt", None),
    ("The plan is dead, said Ana Ruiz, a spokeswoman for the campaign.", "Ana Ruiz", None),
])
def test_a_role_speaks_for_whom_it_names(sentence, voice, side):
    (claim,) = claims_of(sentence)
    assert (claim.voice, claim.side) == (voice, side)


def test_citing_ones_own_record_is_a_statement_and_quoting_as_saying_is_the_quoted():
    found = claims_of("Donald Trump spoke on Monday. He has cited his role as the grand marshal of a parade in 2004.",
                      "Xinhua quoted the minister as telling reporters that the talks went well.")
    assert [c.voice for c in found[1:]] == ["Donald Trump", "minister"]


def test_a_stance_or_a_meeting_is_no_statement_for_what_follows():
    found = claims_of("China stands ready to promote China-UK relations for constant development.",
                      "Technical teams will meet in Riyadh in the coming days to discuss broadening the ceasefire.",
                      "They agreed this could be the first step toward the end of the war.",
                      outlet="Ministry of Foreign Affairs of the People's Republic of China")
    assert not found[0].attributed
    assert found[2].voice != "Technical teams"


def test_a_name_set_off_before_a_joined_verb_speaks_not_it():
    found = claims_of("And it wasn’t a one-off or an accident — Brendan Buck, a spokesman for Ryan, told POLITICO "
                      "that the speaker gave Priebus a heads up.",
                      "It was no accident, and the mayor told reporters that the plan had failed.")
    assert [c.voice for c in found] == ["Brendan Buck", "mayor"]


@pytest.mark.parametrize("sentence, voice", [
    ("Rep. Todd Rokita and Speaker Brian Bosma, who have said they want the seat, met on Monday.",
     "Todd Rokita and Brian Bosma"),
    ("Rep. Todd Rokita met Speaker Brian Bosma, who has said he wants the seat.", "Brian Bosma"),
    ("Senator Maria Lopez, who was quick to point out that the vote was close, voted against the bill on Tuesday.",
     "Maria Lopez"),
    ("The row grew after remarks from Maria Lopez, who was quick to point out that the vote was close.",
     "Example News"),
])
def test_a_relative_clause_speaks_for_the_names_it_is_on(sentence, voice):
    (claim,) = claims_of(sentence)
    assert claim.voice == voice


@pytest.mark.parametrize("sentence, voice", [
    ("Varga was quoted as saying that the bridge would reopen in May.", "Varga"),
    ("The bridge would reopen in May, Mayor Ellen Varga was quoted as saying.", "Ellen Varga"),
    ("Varga was criticized for saying that the bridge would reopen in May.", "Varga"),
    ("Varga was heard telling aides that the bridge would reopen in May.", "Varga"),
])
def test_the_passive_subject_of_quoted_as_saying_is_the_speaker(sentence, voice):
    (claim,) = claims_of(sentence)
    assert (claim.voice, claim.attributed) == (voice, True)


@pytest.mark.parametrize("lines, voice", [
    (("Ellen Varga opened her speech at the council meeting on Monday night.", "Mr. Reed sat beside her.",
      "“The bridge will reopen in May,” she said."), "Ellen Varga"),
    (("Ellen Varga opened her speech at the council meeting on Monday night.",
      "Tom Reed, who ran against her, raised his hand.", "The bridge will reopen in May, she said."), "Ellen Varga"),
    (("Tom Reed raised his hand at the council meeting on Monday night.", "Ms. Varga spoke next.",
      "“The bridge will reopen in May,” he said."), "Tom Reed"),
    # "her" in a clause that reports another's words is not Reed's: "he" is still Reed
    (("Sandra Lutz said that Tom Reed had ignored her letters.", "Tom Reed spoke to the council later that day.",
      "The bridge will reopen in May, he said."), "Tom Reed"),
])
def test_he_or_she_is_not_a_person_the_text_gives_the_other_pronoun(lines, voice):
    found = claims_of(*lines)
    assert found[-1].voice == voice


@pytest.mark.parametrize("sentence, voice", [
    ("Those who voted for the plan said the bridge would reopen in May.", "Those who voted for the plan"),
    ("Those who drive to work told the council that the bridge should reopen.", "Those who drive to work"),
])
def test_a_pronoun_with_a_relative_clause_names_the_people_it_describes(sentence, voice):
    (claim,) = claims_of(sentence)
    assert (claim.voice, claim.side) == (voice, None)


@pytest.mark.parametrize("sentence, voice", [
    ("“The bridge will reopen in May,” Varga said, according to a pool report.", "Varga"),
    ("Varga said, according to the Ledger, “The bridge will reopen in May.”", "Varga"),
    # reported speech stays the account of whoever reports it (a readout's "X said, according to ..."); what X
    # said is a claim beside it in X's voice (round 19, tests/test_attribution_round19.py)
    ("Varga said, according to the Ledger, that the bridge would reopen in May.", "Ledger"),
    ("According to a survey by the Ledger, most residents said the bridge should reopen in May.", "Ledger"),
])
def test_according_to_after_a_quoted_speakers_verb_is_how_the_words_are_known(sentence, voice):
    (claim,) = [c for c in claims_of(sentence) if c.text == sentence]
    assert claim.voice == voice


@pytest.mark.parametrize("sentence", [
    "Varga's statement read: “The bridge will reopen in May.”",
    "“The bridge will reopen in May,” read a statement from Varga's office.",
])
def test_a_document_that_reads_is_its_owners_statement(sentence):
    (claim,) = claims_of(sentence)
    assert "Varga" in claim.voice and claim.attributed


def test_reading_is_no_statement_of_a_person():
    (claim,) = claims_of("Varga read the report aloud to the council on Monday night.")
    assert not claim.attributed
