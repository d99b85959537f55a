"""Topic labels (issue 18, eighteenth round): a bare noun, or a noun with a describing word one claim writes, is named
with the complement its claims share ("gradual return" -> "return to normal", "ceasefire" -> "talks on a ceasefire");
a lone noun takes the noun a claim writes before it to say what kind ("mandate" -> "vaccine mandate"), or the
describing word two claims write there ("public health"); a court case's first party is named as the case ("...
School District v. J.M."); a phrase the claims only write after a word that says it is not so ("inaccurate",
"former") is never offered without that word; a name who says every claim, or a lone word of one speaker's
quotations, is named by the speaker's remarks, and a person's name by what most claims say is theirs ("Rita Moss's
investigation"). Each case is phrased more than one way: active and passive, a relative clause, attribution first and
last."""
from crosscheck.claims import claim_from_text
from crosscheck.topic_labels import name_topics

FARES = ["Ferry fares will rise by a tenth in June, the operator said.",
         "The operator blamed fuel costs for the higher fares."]
CURBS = "City lifts virus curbs, 9 Mar 2022"


def _first_label(texts: list[str], event: str, other: list[str] = FARES) -> str:
    return name_topics([[claim_from_text(t) for t in texts], [claim_from_text(t) for t in other]], event)[0]


def test_one_claims_describing_word_gives_way_to_the_complement_the_claims_share():
    written = [
        ["Many towns are planning a gradual return to normal, reopening gyms and cinemas.",
         "The city is taking a step toward a return to normal, the mayor said.",
         "Cafes will reopen at full capacity."],
        ["The mayor, who promised a swift return to normal, reopened the gyms.",
         "According to officials, the return to normal will take months.",
         "Cinemas can sell every seat from June."],
    ]
    for texts in written:
        assert _first_label(texts, CURBS) == "return to normal", texts


def test_a_complement_one_claim_writes_is_its_detail():
    texts = ["Many towns are planning a gradual return to normal, reopening gyms and cinemas.",
             "The mayor said the return would take months.",
             "Cafes will reopen at full capacity."]
    assert _first_label(texts, CURBS) != "return to normal"


def test_a_bare_noun_is_named_by_the_noun_it_completes_in_the_claims():
    talks = "Rebels and army meet in Geneva, 9 Mar 2022"
    written = [
        ["Envoys said the careful talks on a ceasefire would resume on Monday.",
         "Talks on a ceasefire were paused after a shelling, the envoys said.",
         "The army said it wanted a truce before winter."],
        ["According to the envoys, talks on a ceasefire will start again on Monday.",
         "The shelling, which paused the talks on a ceasefire, was condemned.",
         "The army said it wanted a truce before winter."],
    ]
    for texts in written:
        assert _first_label(texts, talks) == "talks on a ceasefire", texts


def test_a_lone_noun_takes_the_noun_a_claim_writes_before_it():
    shots = "Governor orders shots for teachers, 9 Mar 2022"
    written = [
        ["The governor said in March that she opposed school vaccine mandates.",
         "Teachers' unions had warned the governor against a mandate.",
         "A mandate, the unions said, would drive staff away."],
        ["A mandate was opposed by the unions, who said it would drive staff away.",
         "According to the governor, vaccine mandates are a last resort.",
         "She said a mandate would come only in winter."],
    ]
    for texts in written:
        assert _first_label(texts, shots) in {"vaccine mandate", "vaccine mandates"}, texts


def test_a_month_before_the_noun_says_when_not_what_kind():
    openings = "Job openings climb, 9 Mar 2022"
    texts = ["The May numbers were little changed, the department said.",
             "According to economists, the numbers surprised markets."]
    assert _first_label(texts, openings) != "may numbers"
    assert "May" not in _first_label(texts, openings)


CASE = "Court hears student speech case, 9 Mar 2022"


def test_a_court_cases_first_party_is_named_as_the_case():
    written = [
        ["Riverton Unified School District v. J.M. was argued before the justices on Monday.",
         "The case, Riverton Unified School District v. J.M., asks whether schools can punish speech off campus.",
         "Several justices worried about off-campus speech."],
        ["The justices, who heard Riverton Unified School District v. J.M. on Monday, seemed split.",
         "At issue in Riverton Unified School District v. J.M. is speech off campus, lawyers said."],
    ]
    for texts in written:
        assert _first_label(texts, CASE) == "Riverton Unified School District v. J.M.", texts


def test_a_party_the_claims_name_apart_from_its_case_stays_the_party():
    texts = ["Lawyers for Harlow County told the court that the back pay was never owed.",
             "Harlow County, the lawyers said, had paid every worker on time.",
             "The justices will rule in Harlow County v. Green by June."]
    assert "v." not in _first_label(texts, CASE)


PLATFORMS = "Minister scolds platforms, 9 Mar 2022"


def test_a_phrase_written_only_after_a_word_that_says_it_is_not_so_is_no_label():
    written = [
        ["Platforms must remove inaccurate vaccine information, the minister said.",
         "She said a dozen accounts spread most of the falsehoods."],
        ["According to the minister, inaccurate vaccine information stays online for weeks.",
         "A dozen accounts, she said, wrote most of the posts."],
        ["Inaccurate vaccine information, which the platforms leave online, costs lives, the minister said.",
         "She said a dozen accounts wrote most posts."],
    ]
    for texts in written:
        assert _first_label(texts, PLATFORMS) == "inaccurate vaccine information", texts


def test_a_former_holder_is_named_with_the_word_that_says_so():
    arrest = "Police arrest executive, 9 Mar 2022"
    written = [
        ["The minister said the former finance director had been arrested.",
         "According to police, the former finance director fled to Spain in May."],
        ["Police said the former finance director was arrested in Spain.",
         "The former finance director, who fled in May, denies the charges."],
    ]
    for texts in written:
        assert _first_label(texts, arrest) == "former finance director", texts


def test_a_name_who_says_every_claim_is_named_by_the_speakers_remarks():
    blog = "Former president's blog shuts down, 9 Mar 2022"
    written = [
        ["“It was just auxiliary to what we do,” Miller said via email.",
         "“It was just auxiliary to what we do,” Miller commented in email correspondence."],
        ["“We did what we could,” Miller said.", "“We will do better,” Miller added."],
        ["Miller said: “We did what we could.”", "“It was never going to last,” Miller told reporters."],
    ]
    for texts in written:
        assert _first_label(texts, blog) == "Miller's remarks", texts


def test_a_lone_noun_takes_the_describing_word_two_claims_write_before_it():
    travel = "Borders reopen to vaccinated travellers, 9 Mar 2022"
    written = [
        ["This policy is guided by public health, the adviser said.",
         "According to the minister, the rules follow public health."],
        ["The rules were eased, which public health allowed, the minister said.",
         "This policy is guided by public health."],
    ]
    for texts in written:
        assert _first_label(texts, travel) == "public health", texts
    one = ["This policy is guided by public health, the adviser said.", "The minister said health came first."]
    assert _first_label(one, travel) != "public health"


def test_a_phrase_the_claims_write_after_one_noun_completes_it():
    ruling = "Judge strikes down state gun law, 9 Mar 2022"
    written = [
        ["A federal judge overturned the state's ban on assault weapons on Friday.",
         "The governor said the ban on assault weapons had saved lives.",
         "Assault weapons are rarely used in crimes, the judge wrote."],
        ["The ban on assault weapons was struck down by a federal judge on Friday.",
         "According to the governor, the ban on assault weapons, which dates from 1989, saved lives.",
         "Assault weapons are rarely used in crimes, the judge wrote."],
    ]
    for texts in written:
        assert _first_label(texts, ruling) == "ban on assault weapons", texts


def test_a_persons_name_is_named_with_what_the_claims_say_is_theirs():
    probe = "Builder probe turns criminal, 9 Mar 2022"
    written = [
        ["According to her office, Rita Moss's investigation, which began in 2019, is now criminal.",
         "The investigation was widened by prosecutors on Tuesday.",
         "Rita Moss had looked at how the builder valued its homes."],
        ["The investigation was widened to criminal conduct by Rita Moss, her office said.",
         "Rita Moss's investigation began in 2019.",
         "Rita Moss said lenders had been misled."],
        ["Rita Moss's investigation, her office said, is now criminal.",
         "Prosecutors widened the investigation on Tuesday, according to Rita Moss.",
         "Rita Moss had looked at how the homes were valued."],
    ]
    for texts in written:
        assert _first_label(texts, probe) == "Rita Moss's investigation", texts
    # one claim of three writes the noun: not what the claims are about
    once = ["Rita Moss's investigation began in 2019.", "Rita Moss said lenders had been misled.",
            "Lenders were misled about the homes, Rita Moss said."]
    assert _first_label(once, probe) != "Rita Moss's investigation"


def test_a_lone_word_of_one_speakers_quotations_is_the_speakers_remarks():
    statues = "House votes to remove statues, 9 Mar 2022"
    written = [
        ["“We ought not to forget history,” Dana Wills said.",
         "“We must learn from history,” Dana Wills said."],
        ["Dana Wills said: “We ought not to forget history.”",
         "“History, which we must learn from, is not erased,” said Dana Wills."],
        ["“We must learn from history,” Wills told reporters.",
         "“History is not erased by moving a statue,” Dana Wills added."],
    ]
    for texts in written:
        assert _first_label(texts, statues) == "Dana Wills's remarks", texts
    # two speakers: no one's remarks
    two = ["“We must learn from history,” Dana Wills said.", "“History is not erased,” Lee Park said."]
    assert "remarks" not in _first_label(two, statues)
