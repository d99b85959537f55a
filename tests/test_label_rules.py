"""Event and topic labels as a person would write them (issue 18): sentence case, attribution, opinion and
question titles, figures and owners of a title's phrase; a topic never named by who says it."""
from datetime import date

import pytest

from crosscheck.labels import name_events
from crosscheck.topic_labels import name_topics
from crosscheck.types import Article, Claim, Line

DAY = date(2022, 3, 9)


def article(aid, outlet, title, lines, published=DAY):
    return Article(aid, f"dir/{aid}.txt", outlet, title, published, None,
                   tuple(Line(n, text) for n, text in enumerate(lines, 1)))


def headline(group, articles=None):
    return name_events([group], [], [DAY], articles or group)[0].rsplit(", ", 1)[0]


def test_a_title_case_title_is_put_in_sentence_case_whole_names_kept():
    mayors = [article("a1", "Metro Wire", "Mayors Dismiss Transit Worries",
                      ["Mayors of three cities said on Tuesday that ridership would recover.",
                       "Transit agencies in Ohio expect fewer riders."]),
              article("a2", "Coast Wire", "Ohio Mayors Dismiss Transit Worries As Ridership Sags",
                      ["The mayors of Columbus and Dayton dismissed the transit agencies' warnings."])]
    assert headline(mayors) in {"Mayors dismiss transit worries", "Ohio mayors dismiss transit worries"}
    donor = [article("b1", "Metro Wire", "Ellen Ward, Party Fund-Raiser, Is Charged With Fraud",
                     ["Ellen Ward, who raised money for the Party of Progress, was charged with fraud on Tuesday.",
                      "Ward denies the charges."])]
    label = headline(donor)
    assert label.startswith("Ellen Ward, Party fund-raiser, is charged"), label
    wages = [article("c1", "Metro Wire", "Tight Labor Markets Hand Part-Time Workers a Raise",
                     ["Workers on short hours saw their pay rise in February."])]
    assert "part-time workers" in headline(wages)


def test_a_kicker_that_names_who_speaks_stays_as_its_attribution():
    leak = [article("d1", "Metro Wire", "Former engineer: Carmaker hid brake defects from regulators",
                    ["A former engineer told lawmakers that the carmaker hid brake defects."])]
    assert headline(leak) == "Former engineer says Carmaker hid brake defects from regulators" or \
        headline(leak) == "Former engineer says carmaker hid brake defects from regulators"
    police = [article("e1", "Metro Wire", "Police: Two suspects fled the scene on foot",
                      ["Two suspects fled on foot, police said."])]
    assert headline(police) == "Police say two suspects fled the scene on foot"
    topic = [article("f1", "Metro Wire", "Rail strike: Unions reject the latest pay offer",
                     ["Rail unions rejected the latest pay offer on Wednesday."])]
    assert headline(topic) == "Unions reject the latest pay offer"
    comment = [article("g1", "Metro Wire", "Another setback: Factory output falls for a third month",
                       ["Factory output fell in February."])]
    assert headline(comment) == "Factory output falls for a third month"


def test_a_day_the_date_gives_is_dropped_a_deadline_or_a_month_kept():
    week = [article("h1", "Metro Wire", "Lawmakers push to finish the farm bill this week",
                    ["Lawmakers want to pass the farm bill before Friday."])]
    assert headline(week) == "Lawmakers push to finish the farm bill"
    month = [article("i1", "Metro Wire", "Factories added 40,000 jobs in February",
                     ["Factories added 40,000 jobs in February, the Labor Department said."])]
    assert headline(month) == "Factories added 40,000 jobs in February"


def test_an_opinion_or_a_question_is_no_event_headline():
    column = [article("j1", "Metro Wire", "Why Congress Should Scrap the Gas Tax",
                      ["Congress should scrap the gas tax, which costs drivers billions."]),
              article("j2", "Coast Wire", "The Senate Must Pass the Gas Tax Holiday Now",
                      ["The gas tax holiday deserves a vote."])]
    assert "should" not in headline(column).lower() and "must" not in headline(column).lower()
    asked = [article("k1", "Metro Wire", "Could the Drought End Rice Exports? Here Is What We Know",
                     ["India may curb rice exports as the drought spreads."]),
             article("k2", "Coast Wire", "India weighs curbs on rice exports as drought spreads",
                     ["India is weighing curbs on rice exports."])]
    assert headline(asked) == "India weighs curbs on rice exports"


def test_a_titles_phrase_keeps_its_figure_and_its_owner():
    anniversary = [article("l1", "Metro Wire", "After 7/7, We Stood Together. We Must Again",
                           ["Twenty years on, we remember the bombings."]),
                   article("l2", "Coast Wire", "7/7 anniversary: The bombings taught us resolve",
                           ["The bombings of July 2005 killed 52 people."]),
                   article("l3", "Harbour Times", "Our 7/7 Memory", ["I remember the day."])]
    assert headline(anniversary) == "7/7 anniversary"
    menu = [article("m1", "Metro Wire", "Inside Labour's spending menu",
                    ["Labour's leaders weighed which programmes to fund."])]
    assert headline(menu) == "Labour's spending menu"
    # an amount is the figure whole, its sign and its word-number too
    coin = [article("m2", "Metro Wire", "Money matters: The case for a $2 trillion coin",
                    ["Minting a coin would let the Treasury pay its bills."])]
    assert headline(coin) == "$2 trillion coin", headline(coin)


def test_a_lone_column_is_named_by_the_call_it_makes():
    # a column alone is its own event: what it urges, a headline's passive, not a bare phrase ("$2 trillion coin")
    coin = [article("m3", "Metro Wire", "Money matters: The Treasury should ignore the borrowing cap and mint a $2 trillion coin",
                    ["Minting a coin would let the Treasury pay its bills."])]
    assert headline(coin) == "The Treasury urged to ignore the borrowing cap and mint a $2 trillion coin", headline(coin)
    ferry = [article("m4", "Coast Wire", "Opinion: The council should not close the night ferry",
                     ["Closing the night ferry would strand shift workers, a columnist writes."])]
    assert headline(ferry) == "The council urged not to close the night ferry", headline(ferry)
    # "must" is as often a ruling or a deadline as advice: no call
    ruling = [article("m8", "Coast Wire", "Ferry operator must refund fares, judge rules",
                      ["A judge ruled on Monday that the operator must refund the fares."])]
    assert "urged" not in headline(ruling), headline(ruling)
    # a call with no one called on ("Time to ...", "We must ...") is none
    ours = [article("m5", "Coast Wire", "We must keep the night ferry",
                    ["Closing the night ferry would strand shift workers."])]
    assert "urged" not in headline(ours), headline(ours)
    # where several articles are one event, a column's call does not name it
    tax = [article("m6", "Metro Wire", "The council should scrap the harbour tax",
                   ["The harbour tax costs shippers millions, a columnist argues."]),
           article("m7", "Coast Wire", "Council keeps the harbour tax after a 7-2 vote",
                   ["The council voted 7-2 on Tuesday to keep the harbour tax."])]
    assert headline(tax) == "Council keeps the harbour tax", headline(tax)


def test_two_people_and_a_bill_are_named_by_a_headline():
    bill = [article("n1", "Metro Wire", "Ana Ruiz demands tax credits stripped from budget bill",
                    ["Senator Ana Ruiz told Prime Minister Tom Hale that the budget bill must drop the credits."]),
            article("n2", "Coast Wire", "Ruiz objections threaten Hale's budget bill",
                    ["Ana Ruiz opposes parts of Tom Hale's budget bill, and Hale needs her vote."])]
    label = headline(bill)
    assert "–" not in label and "demands" in label or "threaten" in label, label


def claim(cid, text, voice="", attributed=False):
    return Claim(cid, "a1", text, 1, voice, None, False, attributed=attributed)


def test_one_half_of_a_judgement_weighed_both_ways_is_no_headline():
    weighed = [article("w1", "Metro Wire", "The mayor isn't quite right about the bridge, but he's not wrong",
                       ["The city's mayor said the old bridge over the river must close for repairs next spring."]),
               article("w2", "Coast Wire", "City council agrees to close the river bridge for repairs",
                       ["The council voted on Tuesday to close the bridge for repairs."])]
    # ("City council votes to ..." is read as one noun phrase by the parser: no headline at all)
    assert headline(weighed).startswith("City council agrees"), headline(weighed)
    # Two facts joined by "but" keep the first as the headline, and so does a negated verb cut before
    # what merely follows it.
    two = [article("x1", "Metro Wire", "Senate passes the budget, but the House delays its vote",
                   ["The Senate passed the budget on Tuesday."])]
    assert headline(two) == "Senate passes the budget"
    negated = [article("y1", "Metro Wire", "Governor does not rule out tolls as the budget gap grows",
                       ["The governor said tolls were possible."])]
    assert headline(negated) == "Governor does not rule out tolls"


def test_a_topic_is_never_named_by_who_says_it_or_where_it_was_said():
    doses = [claim("d1", "At least 3 million flu vaccine doses expired in warehouses, according to Coast Radio.",
                   "Coast Radio", True),
             claim("d2", "Expired flu vaccine doses were thrown away by clinics, Coast Radio reported.", "Coast Radio", True),
             claim("d3", "The clinics said the expired flu vaccine doses could not be used.", "clinics", True)]
    death = [claim("e1", "She had been vaccinated, her son said in a statement on Instagram.", "her son", True),
             claim("e2", "The actress was vaccinated, her son said in a post on Instagram.", "her son", True),
             claim("e3", "The actress died of pneumonia at a hospital in Lyon.")]
    labels = name_topics([doses, death], "Flu shots go to waste, 9 Mar 2022")
    assert labels[0] not in {"Coast Radio", "Radio"} and "dose" in labels[0], labels
    assert labels[1] != "Instagram", labels


def test_a_topic_label_cut_before_of_keeps_what_follows():
    conflict = [claim("f1", "Conflicts of interest went undeclared in the land deal, the auditor found.", "auditor", True),
                claim("f2", "Conflicts of interest were never declared."),
                claim("f3", "The rules on conflicts of interest were ignored.")]
    other = [claim("g1", "The land deal was signed in 2019 by the city council."),
             claim("g2", "The city council approved the land deal without a tender.")]
    labels = name_topics([conflict, other], "Auditor faults city land deal, 9 Mar 2022")
    assert labels[0].casefold() == "conflicts of interest", labels


def test_names_after_a_capital_or_a_hyphen_keep_their_case_and_a_quotation_is_no_headline():
    graffiti = [article("o1", "Metro Wire", "Rabbis Condemn Anti-Semitic Graffiti In New York's Parks",
                        ["Rabbis in New York condemned the anti-Semitic graffiti found in the city's parks on Sunday."])]
    assert headline(graffiti) == "Rabbis condemn anti-Semitic graffiti in New York's parks"
    audit = [article("p1", "Metro Wire", "'Not our business': Mayor rejects the state audit",
                     ["The mayor rejected the state audit of the city's books."])]
    assert headline(audit) == "Mayor rejects the state audit"


def test_a_subordinate_clause_and_a_quotation_stay_whole():
    season = [article("q1", "Metro Wire", "As the storm season opens, insurers raise home premiums",
                      ["Insurers raised home premiums as the storm season opened."])]
    assert headline(season) == "As the storm season opens, insurers raise home premiums"
    denial = [article("r1", "Metro Wire", "Minister says the leaked memo was taken ‘wildly out of context’",
                      ["The minister said the memo was taken out of context."])]
    assert headline(denial) == "Minister says the leaked memo was taken ‘wildly out of context’"


def test_a_topic_is_named_by_the_phrase_its_short_claims_repeat():
    from crosscheck.claims import claim_from_text

    lawsuit = ["A coalition of landlords and real estate trade groups in Alabama and Georgia challenged the federal "
               "rules in a lawsuit filed last spring.",
               "Property owners, apartment managers and housing associations across several southern states said "
               "tenants owed billions in unpaid rent.",
               "Lawyers for the landlords argued that the agency had exceeded its authority under public health law.",
               "Several appeals courts had earlier declined to block the order while the litigation continued.",
               "The eviction moratorium ended.", "The eviction moratorium lapsed."]
    aid = ["The White House urged states and cities to spend rental aid quickly.",
           "Rental aid has been slow to reach tenants, the White House said."]
    labels = name_topics([[claim_from_text(t) for t in lawsuit], [claim_from_text(t) for t in aid]],
                         "Court ends eviction ban, 26 Aug 2021")
    assert labels == ["eviction moratorium", "rental aid"], labels


def test_a_place_named_only_as_where_it_happened_names_no_topic():
    from crosscheck.claims import claim_from_text

    def claims(texts):
        return [claim_from_text(t) for t in texts]

    scene = ["The march in Chicago drew a small crowd of farmers on Saturday.",
             "Police officers outnumbered the farmers who marched in Chicago, organisers said."]
    # (a verb of no act_nouns entry: two claims that report a ban are named by it, "ban on march", since round 11)
    acts = ["Chicago refused the farmers' march.", "The city of Chicago said the march was refused."]
    prices = ["Grain prices fell for a third week.", "Farmers blame grain imports for the fall in prices."]
    event = "Farmers protest grain prices, 9 Mar 2022"
    assert name_topics([claims(scene), claims(prices)], event)[0] != "Chicago"
    assert name_topics([claims(acts), claims(prices)], event)[0] == "Chicago"  # a place that acts is named


def test_a_title_sentence_the_next_refers_back_to_ranks_after_a_whole_title():
    farm = [article("f1", "Metro Wire", "Farm Subsidies Lift Incomes of Grain Growers. Drought Wipes Them Out.",
                    ["Federal farm subsidies raised the incomes of grain growers this spring.", "The drought cut harvests."]),
            article("f2", "Coast Wire", "Wheat growers face a dry summer in Kansas",
                    ["Farm subsidies lifted the incomes of grain growers before the drought cut harvests."])]
    assert headline(farm) == "Wheat growers face a dry summer in Kansas"
    alone = [farm[0]]  # the only title: its first sentence still names the event
    assert headline(alone) == "Farm subsidies lift incomes of grain growers"


def test_a_topic_most_of_whose_claims_assert_one_act_is_named_by_it():
    from crosscheck.claims import claim_from_text

    def claims(texts):
        return [claim_from_text(t) for t in texts]

    # Active, passive, a relative clause: three of four claims release the activists.
    freed = ["Police released the three climate activists on Friday.",
             "The three climate activists were released after a night in custody, their lawyer said.",
             "The climate activists, who were released on bail, plan to appeal.",
             "Protesters gathered outside the court in the rain."]
    fine = ["The court fined the climate group 5,000 euros.", "The climate group will pay the fine, its director said."]
    event = "Activists glue themselves to a painting, 9 Mar 2022"
    assert name_topics([claims(freed), claims(fine)], event) == ["release of climate activists", "climate group"]
    # One claim of four is no act of the topic's.
    once = freed[:1] + ["The climate activists glued their hands to the frame.",
                        "Museum guards removed the climate activists from the gallery.", freed[3]]
    assert not name_topics([claims(once), claims(fine)], event)[0].startswith("release of")


def test_an_act_is_named_by_what_it_acts_on_never_by_what_it_denies():
    from crosscheck.claims import claim_from_text

    strike = ["The drone strike killed two young shepherds and not the rebel field commander.",
              "Investigators found the strike killed the young shepherds and not the rebel field commander.",
              "The army said the strike killed shepherds and not the rebel field commander."]
    aid = ["The army promised compensation to the families.", "The families rejected the compensation offer."]
    labels = name_topics([[claim_from_text(t) for t in strike], [claim_from_text(t) for t in aid]],
                         "Army admits drone strike error, 9 Mar 2022")
    assert labels[0].startswith("killing of") and "shepherds" in labels[0] and "commander" not in labels[0], labels


def test_an_act_on_one_thing_keeps_its_article():
    from crosscheck.claims import claim_from_text

    held = ["Police arrested a retired teacher at the border crossing.",
            "A retired teacher was arrested after the march, her lawyer said.",
            "Officers arrested a retired teacher who carried the banner."]
    march = ["Thousands marched through the capital.", "The march ended peacefully at dusk."]
    labels = name_topics([[claim_from_text(t) for t in held], [claim_from_text(t) for t in march]],
                         "Teachers march on the capital, 9 Mar 2022")
    assert labels[0] == "arrest of a retired teacher", labels


def test_a_title_in_square_brackets_is_an_editors_note_not_a_headline():
    from crosscheck.headlines import truecase
    from crosscheck.ingest import parse_article

    from pathlib import Path

    article = parse_article(Path("note.txt"), (
        "---\noutlet: Ministry\ntitle: [Briefing on the summit; original title not captured]\n"
        "date: 2023-08-24\n---\nThe prime minister met the president on the sidelines of the summit.\n").encode())
    assert "original title" not in truecase(article)
    assert truecase(article).startswith("The prime minister met the president")


def test_two_people_whose_ledes_say_they_met_are_named_by_the_meeting_under_a_kicker_line():
    talks = [article("t1", "Metro Wire", "Mara Lind, Oskar Brant and a fragile truce",
                     ["Nov 26, 2025 Politics World Affairs",
                      "Mara Lind spoke with Oskar Brant in a call on Monday, as tensions threaten their truce."]),
             article("t2", "Coast Wire", "What next for the Oskar Brant and Mara Lind truce?",
                     ["Oskar Brant raised the border with Mara Lind during their call, also discussing trade."])]
    assert headline(talks) in {"Lind–Brant call", "Brant–Lind call"}
    # the kicker line above the first article's lede is not read as its lede
    from crosscheck.headlines import truecase
    assert "spoke with Oskar Brant" in truecase(talks[0]) and "Politics" not in truecase(talks[0])


def test_an_outlet_is_matched_word_for_word_never_inside_a_word():
    # "RT" (an agency) is no part of "poverty", nor "PTI" of "deception".
    poverty = [claim("p1", "The poverty rate fell to 9.1 percent last year, the Census Bureau said.", "Census Bureau", True),
               claim("p2", "The poverty rate was 11.8 percent in 2019.", "Metro Wire"),
               claim("p3", "Relief checks cut the poverty rate, economists said.", "economists", True)]
    assert name_topics([poverty], "Jobs report, 9 Mar 2022") == ["poverty rate"]
    wire = [claim("w1", "Metro Wire reported that the dam failed overnight.", "Metro Wire"),
            claim("w2", "The dam failed after heavy rain, Metro Wire said.", "Metro Wire")]
    assert "Metro Wire" not in name_topics([wire], "Dam fails, 9 Mar 2022")


def test_a_topic_whose_claims_say_who_was_vaccinated_is_named_by_the_vaccination():
    from crosscheck.claims import claim_from_text

    shots = ["The singer was fully vaccinated, her manager said in a statement.",
             "The singer was vaccinated against measles as a child, her family said.",
             "Doctors said the singer had been vaccinated twice.",
             "\"We have lost a gifted artist and a loving mother,\" her family said."]
    tour = ["The singer cancelled the rest of her tour.", "Fans asked for refunds of their tickets."]
    labels = name_topics([[claim_from_text(t) for t in shots], [claim_from_text(t) for t in tour]],
                         "Pop star dies of measles, 9 Mar 2022")
    assert labels[0] == "vaccination of the singer", labels


def test_a_label_takes_the_participle_its_claims_describe_the_thing_with():
    doses = [claim("d1", "At least 3 million flu vaccine doses have gone to waste, the ministry said.", "ministry", True),
             claim("d2", "Clinics reported 400,000 wasted doses each.", "Metro Wire"),
             claim("d3", "The 3.1 million wasted doses may be an undercount.", "Metro Wire"),
             claim("d4", "Pharmacies threw away flu vaccine doses they could not store.", "Metro Wire")]
    assert name_topics([doses], "Flu shots go to waste, 9 Mar 2022") == ["wasted flu vaccine doses"]
    # A finite verb is no description: "clinics stored doses" says what the clinics did.
    stored = [claim("s1", "Clinics stored flu vaccine doses in warehouses.", "Metro Wire"),
              claim("s2", "Pharmacies stored flu vaccine doses at home.", "Metro Wire")]
    assert name_topics([stored], "Flu shots go to waste, 9 Mar 2022") == ["flu vaccine doses"]


def test_people_of_a_place_that_is_only_the_scene_name_no_topic():
    from crosscheck.claims import claim_from_text

    study = ["The study looked at 300 patients in Ohio who caught measles twice.",
             "The study examined the risk of reinfection among hundreds of Ohio residents.",
             "Unvaccinated adults were three times as likely to face reinfection, the study found."]
    funding = ["The state paid for the study.", "Lawmakers asked for more money for the state's clinics."]
    labels = name_topics([[claim_from_text(t) for t in study], [claim_from_text(t) for t in funding]],
                         "Unvaccinated more likely to catch measles again, 9 Mar 2022")
    assert labels[0] not in {"Ohio residents", "Ohio"}, labels


def test_a_level_names_its_topic_by_what_reached_it():
    from crosscheck.claims import claim_from_text

    hunger = ["The share of people living in hunger hit a record low last year.",
              "About 3 percent of residents went hungry last year, the bureau said."]
    wages = ["Wages rose 4 percent in February.", "Employers raised wages to keep their staff."]
    labels = name_topics([[claim_from_text(t) for t in hunger], [claim_from_text(t) for t in wages]],
                         "Province adds jobs, 9 Mar 2022")
    assert labels[0] == "hunger", labels


def test_a_headline_word_is_a_name_only_where_the_claims_write_it_so():
    storm = [claim("s1", "A tropical storm brought strong winds to the island on Monday.", "Metro Wire"),
             claim("s2", "The tropical storm dumped heavy rain on the coast.", "Coast Wire"),
             claim("s3", "Forecasters said the tropical storm would weaken by Wednesday.", "forecasters", True)]
    aid = [claim("a1", "Aid groups flew water to the island.", "Metro Wire"),
           claim("a2", "The aid groups asked for more donations.", "Coast Wire")]
    labels = name_topics([storm, aid], "Tropical Storm Nora strikes the island, 9 Mar 2022")
    assert labels[0] == "tropical storm", labels
    # Written with a capital inside the claims' sentences, it stays the event's name.
    named = [claim("n1", "Tropical Storm Nora brought strong winds to the island.", "Metro Wire"),
             claim("n2", "Forecasters said Nora would weaken by Wednesday.", "forecasters", True)]
    assert "Nora" not in name_topics([named, aid], "Tropical Storm Nora strikes the island, 9 Mar 2022")[0]


def test_a_name_too_long_for_a_phrase_names_a_topic_every_claim_writes_it_in():
    from crosscheck.claims import claim_from_text

    length = ["The National Flood Insurance Reform Act runs to some 900 pages.",
              "Drafted during a late night session, the bill, called the National Flood Insurance Reform Act, "
              "runs to 912 pages."]
    vote = ["The Senate will vote on the bill next week.", "Senators expect a close vote."]
    labels = name_topics([[claim_from_text(t) for t in length], [claim_from_text(t) for t in vote]],
                         "Senators unveil the flood bill, 9 Mar 2022")
    assert labels[0] == "National Flood Insurance Reform Act", labels


def test_an_opinion_titles_verdict_is_no_event_label():
    pieces = [article("s1", "Metro Wire", "The Harbour Tax Deception",
                      ["Lawmakers who back the harbour tax are misleading voters about its cost."]),
              article("s2", "Coast Wire", "What Voters Think About The Fight Over The Harbour Tax",
                      ["Most voters oppose the harbour tax, a poll found."])]
    assert "deception" not in headline(pieces).lower()
    # the phrase the event's titles share, not the one an opinion title alone writes
    pieces.append(article("s3", "Harbour Times", "Money matters: The council should scrap the harbour tax and sell a "
                                                 "$2 billion bond", ["The council could sell bonds instead, a columnist argues."]))
    assert headline(pieces).lower() == "harbour tax", headline(pieces)


def test_a_title_that_says_its_subject_is_judged_for_something_is_no_event_headline():
    march = [article("t1", "Metro Wire", "Fences come down after the harbour march",
                     ["Workers removed the fences around the harbour on Sunday."]),
             article("t2", "Coast Wire", "Pundits mocked for hyping the 'dud' harbour march on the quay",
                     ["Commentators who warned of trouble at the harbour march were ridiculed online."])]
    assert "mocked" not in headline(march), headline(march)
    # passive with "is", and a verb of praise: the same angle on a reaction
    for title in ("Mayor is slammed for closing the harbour road", "Mayor praised for closing the harbour road"):
        angle = [article("t3", "Metro Wire", title, ["The mayor closed the harbour road on Monday."])]
        assert not headline(angle).lower().startswith("mayor"), headline(angle)
    # the active verb states what someone did: a headline
    active = [article("t4", "Metro Wire", "Parents criticized the school board for closing the harbour school",
                      ["Parents criticised the school board on Monday."])]
    assert headline(active).startswith("Parents criticized the school board"), headline(active)


def test_a_name_in_quotation_marks_stays_whole_with_the_noun_it_names():
    rally = [article("u1", "Metro Wire", "What is really behind the 'Save the Harbour' rally",
                     ["Thousands marched at the harbour on Saturday."]),
             article("u2", "Coast Wire", "Why the “Save the Harbour” rally matters",
                     ["Organisers said the march was peaceful."])]
    assert headline(rally) in {"'Save the Harbour' rally", "“Save the Harbour” rally"}, headline(rally)


def test_a_readouts_sentence_that_names_neither_person_yields_to_the_meeting():
    talks = [article("v1", "Lind Office", "On the sidelines of the harbour forum, the prime minister held talks",
                     ["Prime Minister Mara Lind met President Oskar Brant on the sidelines of the harbour forum."]),
             article("v2", "Brant Office", "During his visit to the harbour forum, the president had a meeting",
                     ["President Oskar Brant held a meeting with Mara Lind on Monday."])]
    assert headline(talks) in {"Lind–Brant meeting", "Brant–Lind meeting"}, headline(talks)
    # a headline that names one of them says what happened: it stays
    named = [article("w1", "Lind Office", "At the harbour forum, Lind and Brant agree to reopen the border",
                     ["Prime Minister Mara Lind met President Oskar Brant at the harbour forum."]),
             article("w2", "Brant Office", "Brant meets Lind",
                     ["President Oskar Brant held a meeting with Mara Lind on Monday."])]
    assert "meeting" not in headline(named), headline(named)


def test_a_phrase_never_opens_with_a_bracket_an_editor_added():
    from crosscheck.labels import claim_phrases
    from crosscheck.nlp import parse

    doc = parse(["The union warned of a “severe impact on [dock workers’] health and safety.”"])[0]
    texts = [p.text for p in claim_phrases(doc[:])]
    assert "dock workers" in texts and not any(t.startswith("[") for t in texts), texts


FARES = ["Ferry fares will rise by a tenth in June, the operator said.",
         "The operator blamed fuel costs for the higher fares."]


def test_a_group_only_some_claims_name_is_who_acts_not_the_topic():
    from crosscheck.claims import claim_from_text

    headline_label = "Commissioners seek a higher harbour levy, 9 Mar 2022"
    # "Liberal councillors" is the weightiest phrase, but one claim of three names them: who struck a deal
    active = ["Harbour commissioners struck a deal with Liberal councillors to keep the night ferry running.",
              "Without Liberal votes, the commissioners cannot raise the harbour levy.",
              "The harbour levy has not been raised since 2015."]
    passive = ["A deal to keep the night ferry running was struck by the commissioners with Liberal councillors.",
               "The harbour levy, which the commissioners want to raise, needs Liberal votes.",
               "The harbour levy has not been raised since 2015."]
    for texts in (active, passive):
        labels = name_topics([[claim_from_text(t) for t in texts], [claim_from_text(t) for t in FARES]], headline_label)
        assert labels[0] == "harbour levy", labels
    # a group most of the claims name is what they are about
    most = ["A deal to keep the night ferry running was struck with Liberal councillors.",
            "The harbour levy cannot be raised without Liberal votes, the commissioners say.",
            "The harbour levy, which Liberal councillors have blocked since 2015, pays for the ferry."]
    labels = name_topics([[claim_from_text(t) for t in most], [claim_from_text(t) for t in FARES]], headline_label)
    assert labels[0] == "Liberal councillors", labels


def test_a_phrase_of_one_claim_gives_way_to_the_headlines_phrase():
    from crosscheck.claims import claim_from_text

    bonds = [claim_from_text(t) for t in ["Bond yields rose as the borrowing cap neared.",
                                          "Investors sold state bonds on Tuesday, pushing yields higher."]]
    headline_label = "Treasurer warns the state will hit its borrowing cap on May 3, 9 Mar 2022"
    # "emergency reserves" is one claim's; the headline says the story is the borrowing cap (attribution last,
    # first, a passive, a relative clause)
    said = ["The Treasury said the state would exhaust its emergency reserves by May 3.",
            "Without action, the state may be unable to meet its pension payments, the treasurer warned.",
            "The treasurer urged the assembly to lift the borrowing cap before May 3."]
    passive = ["The emergency reserves will be exhausted by May 3, the Treasury said.",
               "Pension payments may be missed, warned the treasurer, who urged the assembly to lift the borrowing cap.",
               "The state will run out of cash on May 3."]
    for texts in (said, passive):
        labels = name_topics([[claim_from_text(t) for t in texts], bonds], headline_label)
        assert labels[0] == "borrowing cap", labels
    # a label of the event's matter (no headline phrase in the claims) keeps the claims' own phrase
    labels = name_topics([[claim_from_text(t) for t in said], bonds], "State budget crisis, 9 Mar 2022")
    assert labels[0] == "emergency reserves", labels


def test_a_common_noun_label_keeps_what_it_is_on_or_against():
    from crosscheck.claims import claim_from_text

    event = "Council bars trawling in county bays, 9 Mar 2022"
    fares = [claim_from_text(t) for t in FARES]
    # "new ban" alone is cut off: what it bans is what the claims are about (attribution last, first, a passive
    # with a relative clause)
    said_last = ["The new ban on bottom trawling covers every bay of the county, the council said.",
                 "Fishermen who break the new ban face fines of up to 5,000 pounds.",
                 "The council said the new ban would last until 2030."]
    said_first = ["The council said the new ban on bottom trawling covers every bay of the county.",
                  "According to the council, fishermen who break the new ban face fines.",
                  "The new ban will last until 2030, officials said."]
    passive = ["Bottom trawling is barred in every bay of the county by the new ban on bottom trawling.",
               "Fines of up to 5,000 pounds will be imposed on fishermen who break the new ban.",
               "The new ban, which the council passed on Monday, will last until 2030."]
    for texts in (said_last, said_first, passive):
        labels = name_topics([[claim_from_text(t) for t in texts], fares], event)
        assert labels[0] == "new ban on bottom trawling", labels
    # a name's "on" says where or whom it struck, not what it is
    wave = ["The Omicron wave on the islands filled every hospital bed, the council said.",
            "The Omicron wave closed schools for a month.",
            "Officials said the Omicron wave would peak in March."]
    assert name_topics([[claim_from_text(t) for t in wave], fares], event)[0] == "Omicron wave"


def test_a_phrase_of_one_claim_gives_way_to_the_noun_most_claims_are_about():
    from crosscheck.claims import claim_from_text

    event = "Harbour row deepens, 9 Mar 2022"
    fares = [claim_from_text(t) for t in FARES]
    # "berth fees" is one claim's; a lawsuit (a suit) is what all three are about (attribution last, first, a
    # passive and a relative clause)
    said_last = ["Twelve fishing cooperatives filed a lawsuit against the port authority on Monday, their lawyer said.",
                 "The suit seeks to stop the berth fees from rising.",
                 "The lawsuit was lodged in the county court."]
    said_first = ["Their lawyer said twelve fishing cooperatives filed a lawsuit against the port authority on Monday.",
                  "According to the cooperatives, the suit seeks to stop the berth fees from rising.",
                  "The lawsuit was lodged in the county court."]
    passive = ["A lawsuit was filed against the port authority by twelve fishing cooperatives on Monday.",
               "The suit, which was lodged in the county court, seeks to stop the berth fees from rising.",
               "The lawsuit names the harbour master too."]
    for texts in (said_last, said_first, passive):
        labels = name_topics([[claim_from_text(t) for t in texts], fares], event)
        assert labels[0] == "lawsuit", labels
    # a phrase most claims write keeps its topic
    shared = ["Twelve fishing cooperatives filed a lawsuit against the port authority on Monday.",
              "The fishing cooperatives want the berth fees frozen.",
              "The fishing cooperatives lodged the claim in the county court."]
    assert name_topics([[claim_from_text(t) for t in shared], fares], event)[0] == "fishing cooperatives"


@pytest.mark.parametrize("title, kept", [
    ("US Airstrike Kills 2 ISIS-K Members in Afghanistan", "ISIS-K"),
    ("Strike Hits T-Mobile Stores Across Ohio", "T-Mobile"),
])
def test_a_lone_letter_joined_to_a_word_of_a_title_case_title_keeps_its_case(title, kept):
    from crosscheck.headlines import truecase
    from crosscheck.ingest import parse_article

    from pathlib import Path

    article = parse_article(Path("t.txt"), (
        f"---\noutlet: Metro Wire\ntitle: {title}\ndate: 2021-08-27\n---\n"
        "Officials said the strike came late on Friday, and that more would follow.\n").encode())
    assert kept in truecase(article).split(".\n")[0]
    assert "kills" in truecase(article) or "hits" in truecase(article)


def test_a_briefing_transcripts_lede_is_its_first_answer_not_the_question():
    from crosscheck.headlines import truecase
    from crosscheck.ingest import parse_article

    from pathlib import Path

    article = parse_article(Path("briefing.txt"), (
        "---\noutlet: Ministry\ntitle: Spokesperson's Remarks on a Meeting\ndate: 2023-08-25\n---\n"
        "Q: The two leaders reportedly met during the summit. Can you confirm?\n\n"
        "A: President Mara Lind talked with Prime Minister Oskar Brant on the sidelines of the summit.\n").encode())
    lede = truecase(article).split("\n", 1)[1]
    assert lede.startswith("President Mara Lind talked with"), lede


def _dated_event(pieces) -> tuple[list[Article], list]:
    """An event's articles, each (outlet, title, publication day, lede sentences), and their claims as the claims stage
    reads them."""
    from dataclasses import replace

    from crosscheck.claims import claim_from_text

    articles, claims = [], []
    for n, (outlet, title, published, lede) in enumerate(pieces):
        aid = f"p{n}"
        articles.append(article(aid, outlet, title, lede, published))
        claims += [replace(claim_from_text(text, published), id=f"{aid}-{k}", article_id=aid, line=k)
                   for k, text in enumerate(lede, 1)]
    return articles, claims


def _dated_label(pieces) -> str:
    from crosscheck.config import Settings
    from crosscheck.events import dated_names

    articles, claims = _dated_event(pieces)
    claims_of = {a.id: [c for c in claims if c.article_id == a.id] for a in articles}
    return dated_names([articles], claims, claims_of, articles, Settings())[0][0]


MONDAY_AFTER = date(2023, 6, 12)  # after Saturday 10 Jun and Sunday 11 Jun 2023


def test_an_occasion_most_ledes_date_is_not_dated_by_one_ledes_later_aftermath():
    label = _dated_label([
        ("Metro Wire", "Barriers come down after 'Harbour Freedom' march", MONDAY_AFTER,
         ["Fencing around the Statehouse installed ahead of the “Harbour Freedom” march on Saturday started coming "
          "down on Sunday afternoon, according to footage shared by several reporters on Twitter."]),
        ("Coast Post", "What was really behind the 'Harbour Freedom' march", MONDAY_AFTER,
         ["The 'Harbour Freedom' march, a protest Saturday in support of the jailed dockers, was smaller than "
          "expected."]),
        ("Valley Times", "Pundits mocked for hyping 'dud' march on the harbour", MONDAY_AFTER,
         ["Commentators who warned of the danger of Saturday's march found that police outnumbered the marchers."])])
    assert label.endswith(", 10 Jun 2023"), label


def test_a_day_most_ledes_state_and_the_start_of_a_named_span_stand():
    # the ledes that state a day outvote the occasion's day: the coverage's day is theirs
    stated = _dated_label([
        ("Metro Wire", "Barriers come down after 'Harbour Freedom' march", MONDAY_AFTER,
         ["Barriers put up ahead of the 'Harbour Freedom' march on Saturday came down on Sunday afternoon."]),
        ("Coast Post", "Town hall barriers removed after 'Harbour Freedom' march", MONDAY_AFTER,
         ["Workers took down the barriers around the town hall on Sunday, a day after the march."]),
        ("Valley Times", "Pundits mocked for hyping 'dud' march on the harbour", MONDAY_AFTER,
         ["Commentators who warned of the danger of Saturday's march found that police outnumbered the marchers."])])
    assert stated.endswith(", 11 Jun 2023"), stated
    # a stated day before the occasion's is where its span starts ("from Friday through Sunday" of a holiday weekend)
    span = _dated_label([
        ("Metro Wire", "Storms across the county kill 12 over Midsummer weekend", MONDAY_AFTER,
         ["Storms killed 12 people over the Midsummer weekend, from Friday through Sunday, officials said."]),
        ("Coast Post", "Midsummer weekend storms leave 12 dead", MONDAY_AFTER,
         ["From Friday through Sunday, storms tore through the county, leaving 12 people dead."]),
        ("Valley Times", "Deadly Midsummer storms: 12 killed across the county", MONDAY_AFTER,
         ["A stormy Midsummer weekend ended with 12 people killed across the county."])])
    assert not span.endswith(", 11 Jun 2023"), span


def test_a_saying_whose_claim_the_other_titles_do_not_share_gives_way_to_their_report():
    unrest = [article("s1", "Metro Wire", "Northland unrest: Death toll rises to 40, over 900 arrested",
                      ["The death toll from a week of riots and looting in Northland rose to 40 on Thursday, police "
                       "said.", "More than 900 people have been arrested, the police minister said."]),
              article("s2", "Coast Post", "Enemies of democracy behind Northland protests, says president",
                      ["President Ada Okafor said the riots in Northland were planned by enemies of democracy who "
                       "wanted to sow chaos, as she toured the worst-hit towns."]),
              article("s3", "Valley Times", "Northland violence continues to spiral, causing food shortages",
                      ["Violence in Northland continued on Thursday as looters targeted shops and warehouses, the "
                       "president said, and food shortages spread."])]
    assert headline(unrest) == "Northland violence continues to spiral"


def test_a_saying_whose_claim_the_other_titles_share_keeps_its_headline():
    damage = [article("t1", "Metro Wire", "Storm damage in Northland tops $2 billion, says governor",
                      ["Governor Ada Okafor said storm damage in Northland had passed $2 billion."]),
              article("t2", "Coast Post", "How much did the Northland storm cost?",
                      ["Damage from the storm that hit Northland passed $2 billion, the governor said on Thursday."]),
              article("t3", "Valley Times", "Clean-up crews fan out across Northland",
                      ["Crews began clearing storm damage across Northland, where the governor said losses topped $2 "
                       "billion."])]
    assert headline(damage).startswith("Storm damage in Northland tops $2 billion")


def test_analysis_headlines_of_a_run_of_rulings_name_the_rulings_not_one_ledes_case():
    term = [article("u1", "Metro Wire", "Supreme Court confounding its partisan critics",
                    ["The Supreme Court this week continued to disappoint activists with a long line of unanimous, "
                     "nonideological rulings."]),
            article("u2", "Coast Post", "Despite popular belief, Supreme Court 9-0 rulings aren't that rare",
                    ["In one of the final decisions of its term, the Supreme Court ruled against the Northland Rail "
                     "Union in a closely watched case."]),
            article("u3", "Valley Times", "The Supreme Court's surprising term",
                    ["The Supreme Court term that began last fall has spanned several upheavals at once."])]
    label = headline(term)
    assert "confounding" not in label and "Rail Union" not in label, label
    assert "Supreme Court" in label and "ruling" in label, label


def test_a_progressive_headline_whose_act_the_ledes_tell_is_a_report():
    homes = [article("v1", "Metro Wire", "City Council debating a tax on second homes",
                     ["The City Council is debating a tax on second homes, which make up a third of the town's "
                      "housing."]),
             article("v2", "Coast Post", "Why second homes are emptying the town",
                      ["As the council debates a tax on second homes, residents say the town is emptying."])]
    assert headline(homes) == "City Council debating a tax on second homes"


def _title_headlines(text: str) -> list[str]:
    from crosscheck.headlines import title_headlines
    from crosscheck.nlp import parse_one

    return [h.text for h in title_headlines(parse_one(text))]


def test_a_name_before_a_progressive_without_be_states_a_headline():
    wire = [article("w1", "Metro Wire", "Voss ‘poisoning’ democracy with ‘stolen vote’ claim -key Senate Democrat",
                    ["The senator on Monday said former Governor Dana Voss was “poisoning our democratic system” with "
                     "her false claims about the vote."]),
            article("w2", "Coast Post", "What's next for the most committed anti-Voss Democrat?",
                    ["Senator Ellen Ward sees a winning strategy where none of her colleagues will go."])]
    assert headline(wire).startswith("Voss ‘poisoning’ democracy with ‘stolen vote’ claim"), headline(wire)


@pytest.mark.parametrize("text, expected", [
    # an imperative opens a call, no name: none of the text after the title writes it capitalised
    ("Stop ‘poisoning’ democracy with false claims.\nThe senator on Monday said the governor was poisoning democracy.",
     []),
    # a part with a verb of its own is read as it is
    ("Capitol fencing starts coming down after ‘Free the Dockers’ rally.\nFencing around the Capitol installed ahead "
     "of the rally on Saturday started coming down on Sunday.", []),
])
def test_a_progressive_is_read_after_a_name_only(text, expected):
    assert _title_headlines(text) == expected


TUESDAY_AFTER = date(2023, 6, 13)  # after Thursday 8 Jun 2023


@pytest.mark.parametrize("lede, expected", [
    # the announcement its opening day dates, though what it says is a plan
    ("On Thursday afternoon, Governor Ada Okafor announced that businesses with over 100 staff will soon need to "
     "test their workers weekly.", ", 8 Jun 2023"),
    # a saying still to come on the day that opens the sentence: no happening dated, the coverage's day
    ("On Thursday, workers across Northland will be told that businesses will need to test them weekly.",
     ", 13 Jun 2023"),
])
def test_a_sentence_opened_by_its_day_dates_the_saying_it_opens_with(lede, expected):
    label = _dated_label([
        ("Metro Wire", "Okafor testing mandate leaves companies scrambling", TUESDAY_AFTER,
         ["Governor Ada Okafor's new testing mandate is expected to affect some 2 million workers."]),
        ("Coast Post", "Okafor's testing mandate: even friendly companies seem comfortable", TUESDAY_AFTER, [lede]),
        ("Valley Times", "More workers face weekly tests or no job", TUESDAY_AFTER,
         ["Employers across Northland are racing to comply with the testing mandate."])])
    assert label.endswith(expected), label
