"""Event headlines (issue 18, eighth round): a figure keeps the time it holds for, a title keeps the source it
names after its headline, and a copula's framing ranks after a headline of what happened."""
from datetime import date

import pytest

from crosscheck.labels import name_events, read_ledes
from crosscheck.types import Article, Line

DAY = date(2021, 10, 4)


def article(aid, outlet, title, lines):
    body = tuple(Line(n, text) for n, text in enumerate(lines, 1))
    return Article(aid, f"dir/{aid}.txt", outlet, title, DAY, None, body)


def headline(*group):
    return name_events([list(group)], [], [DAY], list(group))[0].rsplit(", ", 1)[0]


# One title, its lede and the headline it gives: the tail a figure holds for or a source named after the headline
# is kept; any other tail is cut, as before; a source that is an outlet of the corpus is left out.
ONE_TITLE = [
    pytest.param(outlet, title, lede, expected, id=rule) for rule, outlet, title, lede, expected in [
        ("a time a figure holds for", "Metro Wire", "Vaccine's effectiveness falls below 50 percent after 5 months",
         "The effectiveness of the vaccine falls below 50 percent after five months, a study found.",
         "Vaccine's effectiveness falls below 50 percent after 5 months"),
        ("a time a figure holds for, since", "Metro Wire", "Home prices climb 12% since March as buyers return",
         "Home prices have climbed 12% since March, an industry index showed.", "Home prices climb 12% since March"),
        ("a time after no figure", "Metro Wire", "Police reform talks fall apart after months of negotiations",
         "Bipartisan negotiations over the police reform bill collapsed on Wednesday.", "Police reform talks fall apart"),
        ("no time after a figure", "Metro Wire", "Gasoline prices in Texas rise 8 percent after the storm",
         "Fuel prices jumped 8% after the hurricane shut refineries along the coast.",
         "Gasoline prices in Texas rise 8 percent"),
        ("a source after a colon", "Metro Wire", "Vaccine protects against hospitalization for six months: Study",
         "The vaccine remained 90% effective against hospitalization for six months, a study found.",
         "Vaccine protects against hospitalization for six months, study says"),
        ("officials after a colon", "Metro Wire", "Thousands of migrants are released at the border: officials",
         "Thousands of migrants have been released at the border, officials said.",
         "Thousands of migrants are released at the border, officials say"),
        ("a source after a comma", "Metro Wire", "Suspect in bomb threat has surrendered to police, sources say",
         "A man who claimed to have a bomb in a truck has surrendered, two sources said.",
         "Suspect in bomb threat has surrendered to police, sources say"),
        ("a source after a cut tail", "Metro Wire",
         "Vaccine protects people from hospitalization even as effectiveness against infection falls, Lancet study "
         "confirms", "The vaccine's protection against hospitalization persists, a study found.",
         "Vaccine protects people from hospitalization, Lancet study confirms"),
        ("an outlet of the corpus as source", "Reuters", "Senate passes defense bill: Reuters",
         "The Senate passed the annual defense bill on Tuesday.", "Senate passes defense bill"),
        ("a tail whose verb is no saying", "Metro Wire", "Storm batters the coast, thousands flee",
         "A storm battered the coast on Monday and thousands fled inland.", "Storm batters the coast"),
    ]
]


@pytest.mark.parametrize("outlet, title, lede, expected", ONE_TITLE)
def test_a_titles_tail_is_kept_where_it_qualifies_or_sources_the_headline(outlet, title, lede, expected):
    assert headline(article("a", outlet, title, [lede])) == expected


def test_a_copulas_framing_ranks_after_a_headline_of_what_happened():
    framing = article("a", "Metro Wire", "Governor's crime bill becomes a war on the poor",
                      ["The governor's crime bill was signed into law on Thursday."])
    plain = article("b", "Coast Wire", "Governor signs crime bill in Austin",
                    ["The governor signed the crime bill into law on Thursday, and critics called it a war on the "
                     + "poor."])
    assert headline(framing, plain) == "Governor signs crime bill in Austin"
    assert headline(plain, framing) == "Governor signs crime bill in Austin"
    # alone, it still names its event: there is nothing else to name it by
    assert headline(framing) == "Governor's crime bill becomes a war on the poor"
    # a bare noun after the copula is a status, no framing: "becomes law" says what happened
    law = article("c", "Metro Wire", "Governor's crime bill becomes law",
                  ["The governor's crime bill became law on Thursday."])
    signed = article("d", "Coast Wire", "Governor signs crime bill in Austin",
                     ["The governor signed the crime bill into law on Thursday, aides said."])
    assert headline(law, signed) == "Governor's crime bill becomes law"
    # a copula with a describing word judges its subject too
    judged = article("e", "Metro Wire", "Governor's crime bill is unfair to the poor",
                     ["The governor's crime bill was signed into law on Thursday."])
    unfair = article("f", "Coast Wire", "Governor signs crime bill in Austin",
                     ["The governor signed the crime bill into law on Thursday; critics call it unfair to the poor."])
    assert headline(judged, unfair) == "Governor signs crime bill in Austin"
    # a question left out before a headline is no flaw of it: it said nothing
    asked = article("g", "Coast Wire", "Was it worth it? Governor signs crime bill in Austin",
                    ["The governor signed the crime bill, which critics call a war on the poor, on Thursday."])
    assert headline(framing, asked) == "Governor signs crime bill in Austin"


def test_a_headline_of_others_verdict_ranks_after_a_headline_of_what_happened():
    verdict = article("a", "Metro Wire", "Mayor's budget questioned amid falling revenue",
                      ["Council members questioned the mayor's budget as revenue falls."])
    plain = article("b", "Coast Wire", "City council trims transit service",
                    ["The council voted on Tuesday to trim transit service, as members questioned the mayor's "
                     + "budget amid falling revenue."])
    assert headline(verdict, plain) == "City council trims transit service"
    assert headline(plain, verdict) == "City council trims transit service"
    # a verb of judging that judges its object is who did what
    active = article("c", "Metro Wire", "Governor praises council for budget deal",
                     ["The governor praised the city council on Tuesday for its budget deal."])
    assert headline(active) == "Governor praises council for budget deal"


def test_a_headline_without_its_where_takes_the_placed_subject_another_title_gives():
    surrendered = article("a", "Metro Wire", "Suspect who claimed to have a bomb has surrendered to authorities",
                          ["A suspect who claimed to have a bomb in a truck near the Lincoln Memorial has "
                           + "surrendered."])
    custody = article("b", "Coast Wire", "Lincoln Memorial bomb threat suspect: live video from his truck",
                      ["The man who parked a truck near the Lincoln Memorial is in custody, police said."])
    assert headline(surrendered, custody) == "Lincoln Memorial bomb threat suspect has surrendered to authorities"
    # a passive, and a headline that opens with its verb's other words, the same
    arrested = article("c", "Metro Wire", "Driver who rammed barrier was arrested by police",
                       ["A driver who rammed a barrier outside the Lincoln Memorial was arrested on Monday."])
    named = article("d", "Coast Wire", "Lincoln Memorial barrier driver in custody",
                    ["Police detained the driver who rammed a barrier at the Lincoln Memorial."])
    assert headline(arrested, named) == "Lincoln Memorial barrier driver was arrested by police"
    # a headline that names the place keeps its own words
    placed = article("e", "Metro Wire", "Bomb suspect at Lincoln Memorial has surrendered to police",
                     ["A suspect who claimed to have a bomb near the Lincoln Memorial surrendered on Thursday."])
    assert headline(placed, custody) == "Bomb suspect at Lincoln Memorial has surrendered to police"


# Headlinese the parser misreads (ninth round): a present tense it takes for a plural noun, and a "to" of the future
# after a subject it reads as a purpose; each title is one its parse reads no clause of.
PLAIN = [
    pytest.param(title, expected, id=rule) for rule, title, expected in [
        ("a present tense read as a noun", "Mayor fires back at critics over budget cuts",
         "Mayor fires back at critics over budget cuts"),
        ("a present tense before 'to'", "Senate votes to confirm new attorney general",
         "Senate votes to confirm new attorney general"),
        ("a present tense before a preposition", "Court rules against airline in fare dispute",
         "Court rules against airline in fare dispute"),
        ("the future", "Nurses to strike at three city hospitals", "Nurses to strike at three city hospitals"),
        ("the future after a relative clause", "Firefighters who battled the blaze to receive medals at ceremony",
         "Firefighters who battled the blaze to receive medals at ceremony"),
        ("the future after an earlier 'to'", "Officers who responded to the shooting to speak at hearing",
         "Officers who responded to the shooting to speak at hearing"),
        ("a tail's time, with its figure", "Agency releases sealed flood report 20 years after storm",
         "Agency releases sealed flood report"),
    ]
]


@pytest.mark.parametrize("title, expected", PLAIN)
def test_headlinese_the_parser_misreads_is_read_in_its_plain_form(title, expected):
    from crosscheck import headlines
    from crosscheck.nlp import parse_one

    doc = parse_one(f"{title}.\nThe lede says so.")
    assert headlines._clause(doc[:headlines.title_end(doc)]) is None  # the parse alone reads no headline
    assert headline(article("a", "Metro Wire", title, ["The lede says so."])) == expected


def test_a_noun_phrase_or_a_plural_before_a_participle_is_no_plain_headline():
    from crosscheck.headlines import title_headlines
    from crosscheck.nlp import parse_one

    for title in ["Biden's dishonest sales pitch", "Flu cases rising among children, data shows",
                  "Critics mocked for ignoring the report"]:
        assert title_headlines(parse_one(f"{title}.\nThe lede says so.")) == ()


def test_an_analysis_angle_ranks_after_the_plain_report_the_parser_misread():
    angle = article("a", "Metro Wire", "Jan. 6 panel could be final stand for two Republicans",
                    ["The select committee holds its first hearing on Tuesday."])
    report = article("b", "Coast Wire", "Officers who defended the Capitol to testify at panel's first hearing",
                     ["Four officers who defended the Capitol testify on Tuesday at the committee's first hearing."])
    assert headline(angle, report) == "Officers who defended the Capitol to testify at panel's first hearing"
    assert headline(report, angle) == "Officers who defended the Capitol to testify at panel's first hearing"


def test_a_source_after_the_headline_is_kept_by_the_clause_it_governs_or_with_where_it_spoke():
    from crosscheck.headlines import title_headlines
    from crosscheck.nlp import parse_one

    def read(title):
        found = title_headlines(parse_one(f"{title}.\nThe lede says so."))
        return found[0].text, found[0].source

    # a verb whose clause the headline is, with a speaker that is a name
    assert read("Hurricane could reach the coast within 48 hours, Coast Guard warns") == (
        "Hurricane could reach the coast within 48 hours, Coast Guard warns", "Coast Guard warns")
    assert read("City budget gap will top 2 billion dollars, Mayor Adams predicts")[1] == "Mayor Adams predicts"
    # a speaker and its verb, without where it spoke; the list rule does not take the speaker for a list's noun
    assert read("Ports will stay shut, Governor Lamont says during a storm briefing") == (
        "Ports will stay shut, Governor Lamont says", "Governor Lamont says")
    # a second clause of its own is no source
    assert read("Factory output falls for a third month, unemployment rate rises")[1] == ""


def test_a_clause_after_the_headline_that_goes_on_is_no_source():
    from crosscheck.headlines import title_headlines
    from crosscheck.nlp import parse_one

    found = title_headlines(parse_one(
        "Eric Adams takes comfortable lead in NYC mayoral primary as Wiley, Garcia fight for second place.\nLede."))
    assert [(h.text, h.source) for h in found] == [("Eric Adams takes comfortable lead in NYC mayoral primary", "")]


@pytest.mark.parametrize("title, expected", [
    ("Officials: Senate votes to delay budget talks", "Officials say Senate votes to delay budget talks"),
    ("Senate votes to delay budget talks, officials say", "Senate votes to delay budget talks, officials say"),
    ("Union: nurses to strike at three city hospitals", "Union says nurses to strike at three city hospitals"),
    ("Nurses to strike at three city hospitals, union says", "Nurses to strike at three city hospitals, union says"),
])
def test_headlinese_keeps_its_attribution_first_or_last(title, expected):
    assert headline(article("a", "Metro Wire", title, ["The lede says so."])) == expected


# A phrase of where or when set off by a comma before the subject, whatever its first word ("One year into the
# pandemic, ..."), opens a feature, as "At first Jan. 6 hearing, ..." does: the headline of what happened ranks first.
@pytest.mark.parametrize("fronted", [
    "One year into the pandemic, millions of jobs are still missing",
    "Two days after the report, millions of jobs are still missing",
])
def test_a_phrase_before_the_subject_ranks_after_a_report(fronted):
    group = [article("j1", "Metro Wire", fronted, ["Millions of jobs are still missing, a weak report showed."]),
             article("j2", "Coast Post", "Weak report shows limits of stimulus",
                     ["Millions of jobs are still missing in the pandemic, the report showed."])]
    assert headline(*group) == "Weak report"  # what it shows is the outlet's inference (headlines._inferred)


@pytest.mark.parametrize("title, fronted", [
    ("One year into the pandemic, millions of jobs are still missing", True),
    ("At first Jan. 6 hearing, police to detail violence", True),
    ("Israel, Hamas trade deadly rocket strikes as tensions mount", False),  # two subjects, no phrase set off
    ("Unvaccinated twice as likely to get Covid-19 again, CDC says", False),  # a source after the headline
    ("Senators in both parties push to wrap up the bill", False),  # a phrase inside the subject
])
def test_a_phrase_set_off_before_the_subject_is_a_lead_in(title, fronted):
    lede = read_ledes([f"{title}.\nOfficials said on Monday that it happened."])[0]
    assert lede.headlines and lede.headlines[0].lead_in is fronted


# A cut before "after" keeps its tail where the tail tells the happening another title names: without it the headline
# names no event ("Websites rumble back to life" of "... after Fastly-linked outage").
@pytest.mark.parametrize("title, kept", [
    ("Websites rumble back to life after Fastly-linked outage",
     "Websites rumble back to life after Fastly-linked outage"),
    ("Search crews return after the condo tower's last section is brought down with explosives",  # a clause after it
     "Search crews return after the condo tower's last section is brought down with explosives"),
    ("Websites rumble back to life after a morning of errors", "Websites rumble back to life"),  # no other title's
])
def test_a_cut_keeps_the_tail_that_tells_the_happening(title, kept):
    group = [article("o1", "Metro Wire", title, ["Sites were back online on Tuesday, the company said."]),
             article("o2", "Coast Post", "Notes on a day of outages, explosives and condo towers",
                     ["Several sites were down on Tuesday, the company said."])]
    assert headline(*group) == kept


def test_a_tail_that_would_make_the_headline_too_long_is_still_cut():
    title = ("Websites rumble back to life after a long and costly Fastly-linked outage that hit news, retail and "
             "government sites")
    group = [article("o1", "Metro Wire", title, ["Sites were back online on Tuesday, the company said."]),
             article("o2", "Coast Post", "Notes on a day of outages", ["Several sites were down on Tuesday."])]
    assert headline(*group) == "Websites rumble back to life"


# A quotation set off by a comma before the title's own clause is a kicker in another's voice: the clause after it is
# the headline; where that clause only says who said it, the title gives none.
@pytest.mark.parametrize("title, expected", [
    ("“It’s a long tradition,” Whitehouse defends family’s membership in beach club",
     "Whitehouse defends family’s membership in beach club"),
    ('"A long tradition", Whitehouse defends family\'s membership in beach club',  # straight marks, comma outside
     "Whitehouse defends family's membership in beach club"),
    ("“We will not back down,” Whitehouse says of beach club", None),  # a saying: the quotation is what is said
    ("“Absolutely the club's business” to know who joins", None),  # a quotation, no clause of its own after it
])
def test_a_quotation_before_the_clause_is_a_kicker(title, expected):
    lede = read_ledes([f"{title}.\nSenator Whitehouse spoke on Monday."])[0]
    assert (lede.headlines[0].text if lede.headlines else None) == expected
