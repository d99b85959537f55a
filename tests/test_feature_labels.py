"""Round 18 of event labels: a feature's examples ("Some veterans' families delayed ...") and a writer's forecast of
what will not happen ("Government won't fix the shortage") are no event's headline; where every title argues, a named
day most ledes write, or the phrase a title heads by what the articles share, names the event."""
from tests.test_broad_labels import headlines
from tests.test_whole_titles import article, label


def _group(*titles_and_ledes):
    outlets = ("Ledger", "Review", "Courier")
    return [article(f"f{n}", outlets[n], title, [lede]) for n, (title, lede) in enumerate(titles_and_ledes)]


def test_a_subject_that_picks_a_part_of_a_group_is_a_features_sample():
    for title in ("Some farmers delayed the harvest during the drought",
                  "Some shops were forced to close during the storm",  # passive
                  "Some nurses' families skipped holiday dinners"):  # the part picked of an owner
        assert headlines(title)[0].sampled, title
    for title in ("Several people killed in Ohio shooting", "Many homes destroyed as wildfire spreads",
                  "Farmers delay the harvest as the drought drags on"):
        assert not headlines(title)[0].sampled, title


def test_a_negated_will_is_a_forecast():
    for title in ("Congress won't fix the steel shortage", "The city will not build the stadium",
                  "Senate won't vote on the bill before recess"):
        assert headlines(title)[0].forecast, title
    for title in ("Congress will fix the steel shortage", "Senate does not vote on the bill"):
        assert not headlines(title)[0].forecast, title


def test_a_named_day_names_a_feature_and_the_columns_on_it():
    for (first, lede_1), (second, lede_2), (third, lede_3), expected in (
            (("Some nurses' families skipped holiday dinners during the pandemic. On Veterans Day, the grief returns.",
              "Families of nurses who died in the pandemic skipped their holiday dinners, and on Veterans Day many "
              "stayed home."),
             ("Opinion: What a true Veterans Day looks like",
              "Veterans Day began as Armistice Day, and families still gather to honour the dead."),
             ("Why honoring the fallen should never be overlooked",
              "On this episode, two families talk about how they will spend Veterans Day."), "Veterans Day"),
            (("Some towns cancelled their parades during the drought",
              "Towns across the state cancelled their Independence Day parades, and families stayed home."),
             ("What a true Independence Day looks like",
              "Independence Day is a day for families to gather and remember."),
             ("Why the fireworks still matter", "Families who skip the fireworks on Independence Day miss the point."),
             "Independence Day")):
        group = _group((first, lede_1), (second, lede_2), (third, lede_3))
        assert label(group) == expected, (first, label(group))


def test_a_forecast_no_lede_reports_names_no_event():
    group = _group(("Why you should care about the copper crisis",
                    "I am talking about the shortage of copper, which touches everything from cars to phones."),
                   ("The global copper shortage is going from bad to worse",
                    "A global shortage of copper could mean you wait longer for a new car."),
                   ("Washington won't fix the metal shortage", "Mines around the world are struggling to meet demand."))
    assert label(group) == "Copper shortage", label(group)
    # a refusal the ledes report is the news
    group = _group(("Regulators will not block the Acme merger",
                    "Regulators said on Monday they would not block the merger of Acme and Zenith."),
                   ("Acme, Zenith merger cleared",
                    "The merger of Acme and Zenith was cleared by regulators on Monday."),
                   ("What the Acme deal means for shoppers", "Regulators said they would not block the deal."))
    assert label(group) == "Regulators will not block the Acme merger", label(group)


def test_a_forecast_ranks_after_a_headline_that_reports():
    group = _group(("Transit strike won't end this week",
                    "The transit strike in Dover entered its second week on Monday as talks stalled."),
                   ("Dover commuters walk as bus drivers stay out",
                    "Dover's transit strike entered its second week on Monday."))
    assert "won't" not in label(group), label(group)


def test_one_place_of_a_trend_across_places_is_left_out():
    for first, second, expected in (
            (("Oregon mask rules lifted, governor calls it a turning point",
              "The state lifted its mask rules on Tuesday, Governor Lena Brandt said."),
             ("Nevada to remove mask rules on July 1", "Nevada will remove its mask rules on July 1, officials said."),
             "Mask rules lifted"),
            (("Ohio school mask mandates are dropped as cases fall",
              "Schools across the state dropped their mandates."),
             ("Indiana school mask mandates to end on Monday",
              "Indiana's schools will end their mask mandates on Monday."),
             "School mask mandates")):  # either title: each names one place
        group = _group(first, second,
                       ("Back to normal: what reopening looks like", "Across the country, rules are easing."))
        assert label(group).startswith(expected), (first, label(group))
    # the same place, written another way by another title, is the event's
    group = _group(("US coronavirus deaths hit 600,000", "The U.S. death toll passed 600,000 on Tuesday."),
                   ("U.S. nears another grim milestone as vaccinations slow in Texas", "Texas reported 300 deaths."),
                   ("More than 600,000 people have died in the U.S.", "The U.S. death toll passed 600,000 on Tuesday."))
    assert label(group).startswith("US coronavirus deaths"), label(group)


def test_of_two_people_who_did_not_meet_a_stance_one_holds_names_the_event():
    for first, second, expected in (
            (("Joe Voss's stubbornness",  # a pronoun's
              "Sen. Joe Voss went on three talk shows on Sunday to explain his opposition to the harbour bill at the "
              "heart of Governor Mara Lind's agenda."),
             ("Stop the $2 billion boondoggle – Voss shows moderates how to win",
              "If others opened the gate, Joe Voss kicked the door wide open on Lind's harbour bill."),
             "Voss's opposition to the harbour bill"),
            (("Mara Lind's gamble", "Governor Mara Lind, who has made clear her support for the transit bill, met "
                                    "Senator Joe Voss's staff on Friday."),  # in a relative clause
             ("Lind is wrong about the transit bill", "Joe Voss says the transit bill costs too much."),
             "Lind's support for the transit bill"),
            (("Voss's veto of the water bill is a mistake",  # by name
              "Mayor Joe Voss's veto of the water bill leaves Council President Mara Lind without a plan."),
             ("What the veto means for Lind", "Mara Lind said the water bill will return next year after Joe Voss "
                                              "blocked it."),
             "Voss's veto of the water bill")):
        assert label(_group(first, second)) == expected, (first, label(_group(first, second)))


def test_where_every_title_argues_an_act_on_the_place_of_its_occasion_names_it():
    first = ("The Veridian conflict's cycle of absurdity",
             "For a decade, leaders in Veridia promised to crush the rebels, and the shells kept falling on Veridia.")
    third = ("Lind has emboldened Veridia's enemies", "This week, hundreds of shells have hit towns across Veridia.")
    for lede in ("On Tuesday, the Red Front fired more shells at Veridia, and the army answered with drones.",
                 "On Tuesday, more shells were fired at Veridia by the Red Front, and the army answered with drones.",
                 "Saying the army must pay, the Red Front fired more shells at Veridia on Tuesday."):
        group = _group(first, ("What your taxes are paying for in Veridia", lede), third)
        # without the lede's "more" (round 19: a word that points back to the sentence's before)
        assert label(group) == "The Red Front fires shells at Veridia", (lede, label(group))


def test_a_reaction_others_are_left_in_and_an_impression_frame_the_news():
    for title in ("Mask mandate leaves shops scrambling to figure out how to comply",
                  "Tariff ruling leaves farmers wondering what comes next", "Rate hike sends markets reeling",
                  "Delay keeps investors guessing",
                  "Even union-friendly shops seem comfortable with the mask rules",
                  "Markets appear calm after the vote"):
        assert headlines(title)[0].framing, title
    for title in ("Storm leaves thousands without power", "Shooting leaves three dead", "Fed keeps rates unchanged",
                  "Senate leaves town without a deal", "Lind appears in court on fraud charges"):
        assert not headlines(title)[0].framing, title


def test_where_every_title_frames_the_mandate_who_and_what_name_it():
    group = _group(("More shops are facing mandatory masks or no customers",
                    "As more people return to the shops, the question of masks is becoming a condition of entry."),
                   ("Lind's mask mandate: even union-friendly shops seem comfortable with the rules",
                    "On Thursday, Governor Mara Lind announced that shops with over 100 staff will soon need masks."),
                   ("Lind mask mandate leaves shops scrambling to figure out how to comply",
                    "Governor Mara Lind's new mask mandate is expected to affect some 10,000 shops."))
    assert label(group) == "Lind mask mandate", label(group)


def test_made_up_events_of_other_kinds_keep_the_headline_that_reports():
    for titles_and_ledes, expected in (
            ((("Perspectives: Is the harbour tunnel worth $9 billion?",
               "The state approved a $9 billion harbour tunnel."),
              ("State approves $9 billion harbour tunnel", "The state approved the $9 billion tunnel on Friday."),
              ("The harbour tunnel is a boondoggle", "The harbour tunnel approved on Friday will cost $9 billion.")),
             "State approves $9 billion harbour tunnel"),
            ((("Senate passes farm bill; House delays vote on rail strike",
               "The Senate passed the farm bill on Wednesday."),
              ("Senate approves $400 billion farm bill", "The Senate approved a $400 billion farm bill on Wednesday."),
              ("Farm bill clears the Senate", "The farm bill cleared the Senate on Wednesday by a vote of 70-30.")),
             "Senate passes farm bill"),  # a title naming two happenings
            ((("'We will not back down': Lind vows to fight tariff ruling",
               "Governor Mara Lind vowed to appeal the ruling."),
              ("Court strikes down state tariffs", "A federal court struck down the state's tariffs on Monday."),
              ("Judge rules state tariffs unconstitutional",
               "A federal judge ruled that the state tariffs are unconstitutional.")),
             "Court strikes down state tariffs"),  # a quotation first
            ((("Will the rate hike tip the economy into recession?", "The central bank raised rates on Wednesday."),
              ("Central bank raises rates by half a point", "The central bank raised its key rate by half a point."),
              ("Rate hike rattles markets", "Stocks fell after the central bank raised rates on Wednesday.")),
             "Central bank raises rates by half a point"),  # a question
            ((("The harbour strike, day three", "Dock workers at the harbour stayed off the job for a third day."),
              ("Harbour strike: what we know", "The strike at the harbour entered its third day on Thursday."),
              ("Dock workers extend harbour strike", "Dock workers extended their strike at the harbour on Thursday.")),
             "Dock workers extend harbour strike"),  # a title with no verb
            ((("Tunnel project halted by court, officials say", "A court halted the tunnel project, officials said."),
              ("Court halts tunnel project", "A state court halted the harbour tunnel project on Monday."),
              ("Harbour tunnel work stops after ruling",
               "Work on the harbour tunnel stopped on Monday after a ruling.")),
             "Court halts tunnel project")):  # the passive, its source last
        assert label(_group(*titles_and_ledes)) == expected, (expected, label(_group(*titles_and_ledes)))


def test_a_refusal_the_ledes_report_is_no_forecast():
    group = _group(("Court won't revive the school's dress code ban",
                    "The state supreme court on Monday rejected the school board's appeal over its dress code ban."),
                   ("Court will not hear the school's dress code appeal",
                    "The state supreme court declined on Monday to take up the school’s appeal."))
    assert label(group).startswith("Court will"), label(group)
