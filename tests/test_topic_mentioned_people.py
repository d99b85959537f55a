"""Topic labels (issue 18, twenty-third round): a person the claims only mention names no topic. A name most claims
that write it hold in an aside ("a quota set by former Prime Minister Alan Fisk", "prosecutors under former Attorney
General Ray Dunn", "Fisk's quota"), as whom a speaker tells ("she told host Maria Lenz") or beside who acts ("with Judge
Carl Moss writing the opinion") gives way to what the claims are about, or to the act they share; a name the claims
hold as who acts, what is acted on, or who the act is done with or goes to ("met with rebel leader Omar Haddad", "goes
to President Mara Voss") still names its topic. Each case phrased more than one way: attribution first and last, a
passive, a relative clause, an apposition."""
import pytest

from crosscheck.claims import claim_from_text
from crosscheck.topic_labels import name_topics

FARES = ["Ferry fares will rise by a tenth in June, the operator said.",
         "The operator blamed fuel costs for the higher fares."]


def _first_label(texts: list[str], event: str) -> str:
    return name_topics([[claim_from_text(t) for t in texts], [claim_from_text(t) for t in FARES]], event)[0]


MENTIONED = [
    ("Ministry lifts cod quota, 9 Mar 2022", "Fisk",
     ["The ministry said Monday it would let crews land 900 tonnes of cod this year, dropping a historically low limit.",
      "Minister Eva Holt made the announcement weeks after crews protested a limit of 300 tonnes set by former Prime "
      "Minister Alan Fisk.",
      "Eva Holt lifted the cod quota on Monday after crews said the ministry was slow in revising former Prime Minister "
      "Alan Fisk's quota."]),
    ("Actress slams party on talk show, 9 Mar 2022", "Lenz",
     ["\"I am not here to make anyone feel bad,\" she told host Maria Lenz on Evening Hour on Monday night.",
      "The actress answered her critics, adding that she had a friendly talk with \"Evening Hour\" host Maria Lenz."]),
    ("Watchdog to probe records seizure, 9 Mar 2022", "Dunn",
     ["Members wanted to know who in the department was behind the effort to seize their records, a source said.",
      "The newspaper said that prosecutors under former Attorney General Ray Dunn seized data from two senators."]),
    ("Police cleared square for barriers, report says, 9 Mar 2022", "Ruiz",
     ["Police cleared protesters from the square in order to install barriers, not to make way for a visit by "
      "President Ana Ruiz, the report said.",
      "Officers moved into the crowd as part of a plan to build barriers, not for a photo by President Ana Ruiz, "
      "investigators concluded.",
      "Activists claim that Ruiz ordered the clearing of protesters."]),
    ("Court upholds health law, 9 Mar 2022", "Moss",
     ["A seven-judge majority, with Judge Carl Moss writing the opinion, ruled that the states lacked standing.",
      "The states that challenged the health law had no standing to sue, the court ruled.",
      "The judges ruled that the challengers lacked standing, with Judge Carl Moss writing for the majority."]),
    ("Court upholds health law, 9 Mar 2022", "Moss",
     ["With Judge Carl Moss writing for the majority, the court found that the challengers lacked standing.",
      "The challengers lacked standing, the court found, with Judge Carl Moss writing the opinion."]),
    ("Union ends strike, 9 Mar 2022", "Kern",
     ["The strike was called off under a deal brokered by former labour minister Pia Kern.",
      "Workers voted to end the strike, the union said, in a deal like the one former labour minister Pia Kern "
      "brokered in 2019.",
      "The union called off the strike after workers accepted the pay deal."]),
]


@pytest.mark.parametrize(("event", "name", "texts"), MENTIONED)
def test_a_person_the_claims_only_mention_names_no_topic(event, name, texts):
    assert name not in _first_label(texts, event)


def test_what_the_claims_are_about_names_it_instead():
    event, _, texts = MENTIONED[0]
    assert _first_label(texts, event) == "Eva Holt"  # who lifts the quota in the claims, where Fisk only set the old one
    event, _, texts = MENTIONED[-1]
    assert _first_label(texts, event) == "union calls off strike"  # the act the claims share, as no phrase says it


ABOUT = [
    ("Coach resigns, 9 Mar 2022", "Lena Park",
     ["Coach Lena Park resigned on Friday after ten seasons with the club.",
      "Lena Park, who led the team to two titles, will be replaced by her assistant.",
      "The club thanked Lena Park for her ten seasons, the chairman said."]),
    ("Envoy meets rebel leader, 9 Mar 2022", "Omar Haddad",
     ["The envoy met with rebel leader Omar Haddad in the capital on Monday.",
      "The envoy held a secret meeting on Monday with the rebels' leader, Omar Haddad, officials said.",
      "According to officials, the envoy met in person with rebel leader Omar Haddad."]),
    ("Party picks candidate, 9 Mar 2022", "Dana Cole",
     ["The party picked Dana Cole as its candidate for governor, officials said.",
      "Dana Cole, a former judge, was chosen on the second ballot.",
      "Some in the party, including Dana Cole, had backed a shorter race."]),
    ("Bill heads to president, 9 Mar 2022", "Mara Voss",
     ["The bill now goes to President Mara Voss, who is expected to sign it.",
      "The legislation heads to President Mara Voss for her signature."]),
]


@pytest.mark.parametrize(("event", "name", "texts"), ABOUT)
def test_a_person_the_claims_are_about_still_names_the_topic(event, name, texts):
    assert name in _first_label(texts, event)



def test_an_example_names_no_topic():
    """"Take, for example, Eric Adams": set aside, the name gave way to "example", which stands for what it illustrates
    (data/labels.toml's generic_nouns)."""
    texts = ["Take, for example, the new bridge, which opened two years late.",
             "For example, the tunnel cost twice its budget, the auditors found."]
    assert _first_label(texts, "Auditors fault transport projects, 9 Mar 2022") == "new bridge"
