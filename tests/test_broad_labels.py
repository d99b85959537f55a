"""Round 17 of event labels: broad rules found on made-up events of every kind of title (opinion titles, questions,
quotes, kickers, a title with no verb): a writer's loaded describing word is left out of a headline, a title's part
after one that tells the reader what to do argues too, a lede's act that a cut leaves half-said is no act, and a
surname written before what befell them names the event with it."""
from crosscheck.headlines import reported_acts
from crosscheck.labels import read_ledes
from crosscheck.nlp import parse
from tests.test_whole_titles import article, label


def headlines(title):
    return read_ledes([f"{title.rstrip(' .')}.\nThe ministry gave the figure on Monday."])[0].headlines


def test_a_loaded_describing_word_stacked_on_a_noun_is_left_out():
    for title, text in (
            ("Idaho governor signs extreme 12-week abortion ban into law", "Idaho governor signs 12-week abortion ban"),
            ("Senate advances Biden's disastrous $3.5 trillion spending bill",
             "Senate advances Biden's $3.5 trillion spending bill"),
            ("Council approves most draconian parking fine increase in decades",  # graded
             "Council approves parking fine increase"),
            ("Draconian new curfew rules are imposed on the harbour district",  # first, in the passive
             "new curfew rules are imposed on the harbour district")):
        assert headlines(title)[0].text.startswith(text), (title, headlines(title))


def test_a_loaded_word_alone_before_its_noun_may_be_its_name():
    for title in ("Extreme heat shatters records across the Western US", "Extreme weather batters the Gulf coast"):
        assert headlines(title)[0].text.split()[0] in title.split()[0], (title, headlines(title))


def test_a_part_after_one_that_tells_the_reader_what_to_do_argues():
    for title in ("Stop the $2 trillion boondoggle – Voss shows moderates how to win",
                  "Forget the polls: Lind leads in Ohio",
                  "Ignore the noise. The council got the budget right"):
        found = headlines(title)
        assert found and all(h.opinion for h in found), (title, found)
    # a kicker of one word is no call to the reader
    assert not any(h.opinion for h in headlines("Watch: Lind wins Ohio primary"))


def test_a_ledes_act_that_a_cut_leaves_half_said_is_no_act():
    for lede in ("If Lind opened the gate, Joe Voss kicked the door wide open and showed others the way.",
                 "Governor Mara Lind left the border gates open.",
                 "Mayor Tom Reyes declared the old station unsafe."):
        doc = parse([f"Column of the week.\n{lede}"])[0]
        assert not reported_acts(doc), (lede, reported_acts(doc))
    doc = parse(["Column of the week.\nOn Friday, Governor Mara Lind signed into law a bill to fund rural buses."])[0]
    assert reported_acts(doc) == (("Mara Lind", "signs into law a bill to fund rural buses"),)


def test_a_surname_before_what_befell_them_names_the_event():
    for first, lede, expected in (
            ("The Gaetz nomination", "Rep. Matt Gaetz is the president's choice for attorney general.", "Gaetz nomination"),
            ("The Ruiz confirmation", "Elena Ruiz is now the trade representative.", "Ruiz confirmation"),
            ("Behind the Voss indictment", "Joe Voss faces four counts of fraud.", "Voss indictment")):
        person = expected.split()[0]
        group = [article("p1", "Ledger", first, [lede]),
                 article("p2", "Review", f"{_full(lede, person)}: a profile",
                         [f"{_full(lede, person)} has long courted controversy."])]
        assert label(group) == expected, (first, label(group))


def _full(lede: str, surname: str) -> str:
    words = lede.replace(".", "").split()
    return f"{words[words.index(surname) - 1]} {surname}"


def test_a_figure_and_what_it_counts_names_no_event():
    for (first, lede_1), (second, lede_2), expected in (
            (("Phoenix heat: 118 degrees and counting", "The temperature in Phoenix reached 118 degrees on Sunday."),
             ("Record heat in Phoenix", "At 118 degrees, it was the hottest day on record."), "Phoenix heat"),
            (("Harbour toll: $40 million and rising", "The harbour toll raised $40 million in its first year."),
             ("Who pays the harbour toll?", "At $40 million a year, the toll is the largest in the state."), "Harbour toll")):
        group = [article("f1", "Ledger", first, [lede_1]), article("f2", "Review", second, [lede_2])]
        assert label(group).casefold() == expected.casefold(), (first, label(group))


def test_a_second_clause_with_its_own_subject_is_cut():
    for title, text in (("Oil prices fall and stocks rally after OPEC deal", "Oil prices fall"),
                        ("Mayor Lind resigns and the council calls a snap election", "Mayor Lind resigns")):
        assert headlines(title)[0].text == text, (title, headlines(title))
    # one subject's two acts are one happening
    assert headlines("House passes the bill and sends it to the Senate")[0].text == \
        "House passes the bill and sends it to the Senate"


def test_where_no_title_states_a_headline_the_act_the_ledes_report_names_it():
    for first, second, lede, expected in (
            ("Here's what's in the $1.2 trillion harbour bill", "What's in the harbour bill?",
             "The Senate passed a $1.2 trillion harbour bill on Tuesday.", "Senate passes a $1.2 trillion harbour bill"),
            ("Five charts on the harbour bill", "Who wins from the harbour bill?",  # a phrase and a question
             "On Tuesday, Governor Mara Lind signed the harbour bill into law.", "Lind signs the harbour bill")):
        group = [article("q1", "Ledger", first, [lede]),
                 article("q2", "Review", second, [f"{lede.split(' on ')[0].split(', ')[-1]}, and the debate goes on."])]
        assert label(group).startswith(expected), (first, label(group))
