"""Read on the report half's residue outside its judged sample (round 16): a name after a title's abbreviation is a
name, a cut leaves no word of a date or a verb's own adverb behind, titles that all argue with no one shared are named
by the phrase most of them write, a later part that acts on "it" goes on with the argument, and a person's name alone
takes what befell them."""
from crosscheck.headlines import corpus_case, truecase
from crosscheck.labels import read_ledes
from tests.test_whole_titles import article, label


def headlines(title):  # as `truecase` writes a title and its lede
    return read_ledes([f"{title.rstrip(' .')}.\nThe ministry gave the figure on Monday."])[0].headlines


def test_a_name_after_a_title_abbreviation_stays_capitalised():
    for title, body, name in (
            ("Speaker Rebukes Mara Lind Over Post On Tariffs", "Sen. Mara Lind wrote the post on Friday.", "Mara Lind"),
            ("Council Praises Tessa Brandt For Flood Plan", "The council thanked Gov. Tessa Brandt for the plan.",
             "Tessa Brandt"),
            ("Hospital Board Hires Oren Feld As Chief", "The board said Dr. Oren Feld starts in May.", "Oren Feld")):
        one = article("n1", "Ledger", title, [body])
        assert name in truecase(one, corpus_case([one])).split("\n")[0], (title, truecase(one))


def test_a_cut_leaves_no_word_of_a_date_behind():
    for title, text in (("Factory orders fell to 2.1 million last week", "Factory orders fell to 2.1 million"),
                        ("Mortgage rates rose to 7 percent last Monday", "Mortgage rates rose to 7 percent"),
                        ("Ferry fares climbed to a record this past weekend", "Ferry fares climbed to a record")):
        assert headlines(title)[0].text == text, (title, headlines(title))


def test_a_verbs_own_adverb_is_no_preposition_cut_off():
    for title, text in (("Inflation is up. The bond market is calm.", "Inflation is up"),
                        ("Rents are down sharply in the capital", "Rents are down sharply in the capital"),
                        ("Turnout was down", "Turnout was down")):
        assert headlines(title)[0].text == text, (title, headlines(title))


def test_a_later_part_that_acts_on_it_goes_on_with_the_argument():
    for title in ("Don't cut the night buses. Rural riders need them.",
                  "Keep the ferry running. Island families depend on it daily.",
                  "Stop the library closures; readers still want them"):
        found = headlines(title)
        assert found and all(h.opinion for h in found), (title, found)


def test_where_every_title_argues_and_no_one_is_shared_the_phrase_most_titles_write_names_it():
    group = [article("z1", "Monitor", "Zoning reform: who gets to decide what a town looks like?",
                     ["A tug of war over zoning reform is playing out in town halls."]),
             article("z2", "Review", "Zoning reform: what the fuss is really about",
                     ["It would be easy to think that zoning reform is a new idea."]),
             article("z3", "Journal", "The zoning reform backlash is not astroturf",
                     ["Several states have passed laws to limit zoning reform this spring."])]
    assert label(group) == "Zoning reform", label(group)


def test_a_persons_name_alone_takes_what_befell_them():
    for first, second, expected in (
            ("'A steward of the harbour': reactions to Mara Lind's death", "The restless genius of Mara Lind",
             "Mara Lind's death"),
            ("Memories and mourners: the funeral of Mara Lind", "The quiet stubbornness of Mara Lind",
             "funeral of Mara Lind")):
        group = [article("d1", "Ledger", first, ["Mara Lind, who ran the port authority for 20 years, died on Tuesday."]),
                 article("d2", "Review", second, ["Mara Lind was never easy to work for, and never dull."])]
        assert label(group).casefold() == expected.casefold(), (first, label(group))


def test_a_headline_worded_as_a_ledes_sentence_ranks_after_a_headline():
    for sentence, headline in (
            ("A judge tossed out the city’s rent cap. Here’s what happens next.", "Appeals judge overturns city rent cap"),
            ("The council has approved a transit levy for the harbour line", "Council backs harbour rail levy")):
        # the sentence shares more of the other ledes' words, and would name the event without the rule
        group = [article("s1", "Ledger", sentence, [f"{sentence.split('.')[0]}, ruling on Friday that the cap "
                                                    "and the levy on the harbour line must go."]),
                 article("s2", "Wire", headline, ["The ruling on Friday ends the cap."]),
                 article("s3", "Daily", "Landlords cheer as the rent cap falls",
                         [f"{sentence.split('.')[0]} on Friday, and the harbour line levy went with it."])]
        assert label(group) == headline, (sentence, label(group))


def test_a_headline_in_the_present_keeps_its_article():
    group = [article("p1", "Ledger", "The council approves a transit levy for the harbour line",
                     ["The council approved a transit levy for the harbour line on Friday."]),
             article("p2", "Wire", "Harbour line gets its levy",
                     ["The council approved the levy for the harbour line on Friday."])]
    assert label(group) == "The council approves a transit levy for the harbour line", label(group)


def test_a_phrase_headed_by_a_groups_member_names_no_event():
    for question, member in (("What’s next for the most outspoken anti-tax Republican?", "Republican"),
                             ("Is there a future for the last anti-war Democrat?", "Democrat")):
        group = [article("m1", "Ledger", question, ["Tom Reed sees a path where none of his caucus colleagues will go."]),
                 article("m2", "Wire", "Whip: members ‘worried’ about Reed’s committee seat",
                         ["The whip said on Tuesday that members are worried about Rep. Tom Reed’s committee seat."]),
                 article("m3", "Daily", f"Trump ‘poisoning’ the party with lies -key House {member}",
                         [f"The No. 3 {member} in the House said on Monday that Trump was poisoning the party."])]
        assert label(group) == "Reed’s committee seat", (question, label(group))


def test_a_talk_show_is_no_meeting_of_the_two_people_its_sentence_names():
    for lede in ("Mara Lind appeared on Sunday talk shows to explain her opposition to Jon Brant's budget.",
                 "On the talk radio circuit, Mara Lind kept up her attack on the budget Jon Brant wants."):
        group = [article("t1", "Ledger", "Mara Lind’s stubbornness", [lede]),
                 article("t2", "Review", "Stop Brant's $2 billion budget",
                         ["Mara Lind has shown how to stop the budget Jon Brant wants."])]
        assert not label(group).endswith("talk"), (lede, label(group))


def test_a_course_no_lede_tells_ranks_after_a_headline_that_reports():
    for argued, reported, lede in (
            ("Mara Lind’s reckoning a bitter end for a transformative mayor",
             "Mara Lind, the port’s longtime mayor, leaves the office she ruled",
             "Mara Lind left office on Sunday, a bitter end for a transformative mayor."),
            ("The harbour board has squandered its last chance on the east dock",
             "Port trustees approve closure of pier",
             "The harbour board voted on Sunday to close the east dock, its last chance gone.")):
        # the argued headline shares more of the ledes' words, and would name the event without the rule
        group = [article("c1", "Ledger", argued, [lede]),
                 article("c2", "Wire", reported, [lede]),
                 article("c3", "Daily", "Why the east dock mattered to a transformative mayor", [lede])]
        assert label(group) == reported, (argued, label(group))


def test_a_names_short_form_the_body_never_writes_stays_capitalised():
    for title, body, short in (("Markets Rally As Fed Holds Rates Steady", "Officials at the Federal Reserve held "
                                "rates on Wednesday.", "Fed"),
                               ("Budget Plan From Dems Heads To A Vote", "House Democrats unveiled the plan on Monday.",
                                "Dems")):
        one = article("f1", "Ledger", title, [body])
        first = truecase(one, corpus_case([one])).split("\n")[0]
        assert f" {short} " in first, (title, first)


def test_a_clause_of_its_own_first_is_no_lead_in():
    for title in ("As prices rise, Fed dismisses inflation worries", "While the port stays shut, dock unions plan a strike",
                  "After floods hit the coast, insurers raise premiums"):
        assert not headlines(title)[0].lead_in, (title, headlines(title))
    assert headlines("For Democrats, the budget fight turns personal")[0].lead_in


def test_a_title_that_goes_on_to_explain_is_an_explainers():
    for title in ("Rents are up. Here’s why landlords blame the tax.",
                  "The bridge closes for repairs. Here is what drivers need to know.",
                  "Wheat prices soar. Here's how bakers cope."):
        assert headlines(title)[0].flaws == 1, (title, headlines(title))
