"""The comparator's logic on claims built by hand (what the claims stage reads), with real embeddings."""
import shutil
from datetime import date
from pathlib import Path

import pytest

from crosscheck.compare import compare, judge
from crosscheck.compare.align import opposite_pair
from crosscheck.types import Article, Claim, ClaimGroup, Clustering, Event, Kind, Line, Quantity, Topic

from .conftest import write


def claim(text, id="", article="a", **parse):
    return Claim(id=id or text, article_id=article, text=text, line=1, voice=parse.pop("voice", "Outlet"),
                 side=parse.pop("side", None), quote=False, **parse)


def figure(value, counts, predicate, text=None, unit="count", **extra):
    return Quantity(float(value), unit, counts, None, text or f"{value:g}", predicate=predicate, **extra)


@pytest.fixture
def verdict(embedder, settings):
    def run(a, b):
        vectors = embedder.embed([a.text, b.text])
        return judge(a, b, float(vectors[0] @ vectors[1]), settings)
    return run




def test_conflicting_counts_are_a_contradiction_naming_both_values(verdict):
    a = claim("Police arrested 12 protesters on Saturday.", predicate="arrest", subject="Police", object="12 protesters",
              numbers=(figure(12, "protester", "arrest"),))
    b = claim("Police arrested 15 protesters on Saturday.", predicate="arrest", subject="Police", object="15 protesters",
              numbers=(figure(15, "protester", "arrest"),))
    result = verdict(a, b)
    assert result.contradiction and result.basis == "figures"
    assert "12" in result.reason and "15" in result.reason


def test_rounded_figure_admits_the_precise_one(verdict):
    a = claim("The Senate passed the $1 trillion infrastructure bill.", predicate="pass", subject="The Senate",
              object="the bill", numbers=(figure(1e12, "bill", "pass", "$1 trillion", unit="USD"),))
    b = claim("The Senate passed the $1.2 trillion infrastructure bill.", predicate="pass", subject="The Senate",
              object="the bill", numbers=(figure(1.2e12, "bill", "pass", "$1.2 trillion", unit="USD"),))
    assert verdict(a, b).relation == "agree"


def test_approximate_figure_admits_a_value_in_its_range(verdict):
    a = claim("About 300 people attended the rally.", predicate="attend", subject="About 300 people", object="the rally",
              numbers=(figure(300, "people", "attend", "About 300", approx="about", low=255, high=345),))
    b = claim("312 people attended the rally.", predicate="attend", subject="312 people", object="the rally",
              numbers=(figure(312, "people", "attend", "312"),))
    assert not verdict(a, b).contradiction


def test_two_different_quantities_are_no_conflict(verdict):
    a = claim("Democrats back the $1 trillion infrastructure bill.", predicate="back", subject="Democrats",
              object="the bill", numbers=(figure(1e12, "bill", "back", "$1 trillion", unit="USD"),))
    b = claim("Democrats back the $3.5 trillion budget.", predicate="back", subject="Democrats",
              object="the budget", numbers=(figure(3.5e12, "budget", "back", "$3.5 trillion", unit="USD"),))
    assert not verdict(a, b).contradiction


def test_a_claim_stating_both_figures_gives_a_second_quantity(verdict):
    bill, budget = figure(1e12, "plan", "approve", "$1 trillion", unit="USD"), figure(3.5e12, "plan", "approve", "$3.5 trillion", unit="USD")
    a = claim("Congress approved the $1 trillion plan and the $3.5 trillion plan.", predicate="approve",
              subject="Congress", object="plan", numbers=(bill, budget))
    b = claim("Congress approved the $3.5 trillion plan.", predicate="approve", subject="Congress", object="plan",
              numbers=(budget,))
    assert not verdict(a, b).contradiction


def test_a_hedged_figure_is_a_certainty_difference_not_a_contradiction(verdict):
    a = claim("Officials said 40 people died in the flood.", predicate="die", subject="40 people",
              numbers=(figure(40, "people", "die"),))
    b = claim("Officials said 90 people may have died in the flood.", predicate="die", subject="90 people", hedge="may", certainty="possible",
              numbers=(figure(90, "people", "die"),))
    result = verdict(a, b)
    assert result.basis == "certainty" and not result.contradiction
    assert "40 (people) vs 90 (people) “may”" in result.reason


def test_a_figure_inside_a_forecast_is_not_the_claim_s_assertion(verdict):
    a = claim("Employers added 266,000 jobs in April.", predicate="add", subject="Employers", object="jobs",
              numbers=(figure(266000, "job", "add", "266,000"),))
    b = claim("Economists had predicted employers would add 1 million jobs in April.", predicate="predict",
              subject="Economists", numbers=(figure(1e6, "job", "add", "1 million"),))
    assert verdict(a, b).relation != "differ"


def test_opposite_outcome_is_a_contradiction(verdict):
    a = claim("The vote was postponed.", predicate="postpone", subject="The vote")
    b = claim("The vote was held on Tuesday.", predicate="hold", subject="The vote", dates=("--09-14",))
    result = verdict(a, b)
    assert result.contradiction and result.basis == "status" and "postponed" in result.reason and "happened" in result.reason


def test_opposite_predicate_negated_agrees(verdict):
    a = claim("The vote was not postponed.", predicate="postpone", subject="The vote", negation="not")
    b = claim("The vote was held on Tuesday.", predicate="hold", subject="The vote")
    assert not verdict(a, b).contradiction


def test_opposites_about_different_subjects_are_no_conflict(verdict):
    a = claim("The Senate rejected the bill.", predicate="reject", subject="The Senate", object="the bill")
    b = claim("The House passed the bill.", predicate="pass", subject="The House", object="the bill")
    assert not verdict(a, b).contradiction


def test_negation_of_the_shared_predicate_is_a_contradiction(verdict):
    a = claim("The minister confirmed the meeting.", predicate="confirm", subject="The minister", object="the meeting")
    b = claim("The minister did not confirm the meeting.", predicate="confirm", subject="The minister",
              object="the meeting", negation="not", negated=True)
    result = verdict(a, b)
    assert result.contradiction and result.basis == "negation" and "not confirm" in result.reason


def test_a_paraphrase_with_a_negation_is_no_conflict(verdict):
    a = claim("The law says no entity can compel a citizen to install the app.", predicate="compel",
              subject="no entity", object="a citizen", negation="no", negated=True)
    b = claim("The law bans forcing citizens to install the app.", predicate="ban", subject="The law",
              object="forcing citizens")
    assert not verdict(a, b).contradiction


def test_certainty_only_when_the_hedge_governs_the_shared_predicate(verdict):
    stated = claim("Trump will visit Beijing in April.", predicate="visit", subject="Trump", object="Beijing")
    other_clause = claim("Trump will visit Beijing in April, which could ease tensions.", predicate="visit",
                         subject="Trump", object="Beijing")
    hedged = claim("Trump could visit Beijing in April.", predicate="visit", subject="Trump", object="Beijing",
                   hedge="could", certainty="possible")
    assert verdict(stated, other_clause).relation == "agree"
    result = verdict(stated, hedged)
    assert result.basis == "certainty" and not result.contradiction
    assert "“could”" in result.reason and "Trump could visit" in result.reason


def test_dates_conflict_only_at_the_same_granularity(verdict):
    a = claim("The summit opened on August 31.", predicate="open", subject="The summit", dates=("2025-08-31",))
    b = claim("The summit opened on September 2.", predicate="open", subject="The summit", dates=("2025-09-02",))
    month = claim("The summit opened in August.", predicate="open", subject="The summit", dates=("2025-08",))
    assert verdict(a, b).contradiction and verdict(a, b).basis == "dates"
    assert not verdict(a, month).contradiction


def test_dates_written_differently_without_a_parse_are_no_contradiction(verdict):
    a = claim("The summit opened on Aug. 31.", dates=("aug 31",))
    b = claim("The summit opened on August the 31st.", dates=("august",))
    assert not verdict(a, b).contradiction


def test_different_agent_for_the_same_act(verdict):
    a = claim("Hamas released the two hostages on Friday.", predicate="release", subject="Hamas",
              object="the two hostages", entities=("Hamas",))
    b = claim("Islamic Jihad released the two hostages on Friday.", predicate="release", subject="Islamic Jihad",
              object="the two hostages", entities=("Islamic Jihad",))
    result = verdict(a, b)
    assert result.basis == "agent" and "Hamas" in result.reason and "Islamic Jihad" in result.reason


def test_unrelated_statements(verdict):
    result = verdict(claim("The cat sat on the mat."), claim("Parliament passed the budget on Tuesday."))
    assert not result.same_fact and result.relation == "unrelated"


def test_opposites_file_pairs_lemmas_not_within_one_side():
    assert opposite_pair("postpone", "hold") == "held / postponed"
    assert opposite_pair("reject", "approve") == "approved / rejected"
    assert opposite_pair("postpone", "delay") is None


# -- findings over an event ---------------------------------------------------------------------

def _corpus(embedder, reports):
    """Articles that each state one claim about the same arrests: (outlet, voice, count)."""
    articles, claims = [], []
    for n, (outlet, voice, count) in enumerate(reports):
        article_id = f"art{n}"
        articles.append(Article(article_id, f"/c/{n}_{outlet}.txt", outlet, "Protest in the capital",
                                date(2025, 9, 13 + n), None, (Line(1, "x"),)))
        text = f"Police arrested {count} protesters in the capital on Saturday."
        claims.append(Claim(f"c{n}", article_id, text, 1, voice, None, False, attributed=voice != outlet,
                            numbers=(figure(count, "protester", "arrest"),), predicate="arrest", subject="Police",
                            object=f"{count} protesters"))
    vectors = embedder.embed([c.text for c in claims])
    ids = tuple(c.id for c in claims)
    event = Event("e1", "protest", tuple(a.id for a in articles), date(2025, 9, 13))
    clustering = Clustering((event,), (Topic("t1", "arrests", "e1", ids),), (ClaimGroup("g1", "e1", ids),),
                            {c: "t1" for c in ids})
    return articles, claims, vectors, clustering


def test_one_finding_per_conflicting_fact_with_each_value_and_its_sources(embedder, settings):
    reports = [("Outlet A", "police", 12), ("Outlet B", "Outlet B", 15), ("Outlet C", "Outlet C", 15)]
    findings = compare(*_corpus(embedder, reports), settings, {})
    conflicts = [f for f in findings if f.kind is Kind.DIFFER]
    assert len(conflicts) == 1
    found = conflicts[0]
    assert found.contradiction and found.basis == "figures"
    assert [(v.value, v.sources) for v in found.values] == [("12 (protester)", ("Outlet A (police)",)),
                                                            ("15 (protester)", ("Outlet B", "Outlet C"))]
    assert "12 (protester): Outlet A (police) · 15 (protester): Outlet B, Outlet C" in found.reason
    # B and C agree with each other, but no pair is both a difference and an agreement.
    for agreement in (f for f in findings if f.kind is Kind.AGREE):
        assert not ({"c0"} & set(agreement.claim_ids) and {"c1", "c2"} & set(agreement.claim_ids))
    assert findings[0] is found, "a contradiction comes first"

    # A fourth article repeating one value joins the finding, which keeps its id.
    grown = compare(*_corpus(embedder, reports + [("Outlet D", "Outlet D", 15)]), settings, {})
    again = [f for f in grown if f.kind is Kind.DIFFER]
    assert len(again) == 1 and again[0].id == found.id
    assert again[0].values[1].sources == ("Outlet B", "Outlet C", "Outlet D")


def test_the_overlap_matrix_agrees_with_the_pairwise_overlap():
    from crosscheck.similarity import overlap_matrix, word_overlap

    texts = ["Trump is set to visit China in April.", "Trump's statement confirmed a visit to China in April, "
             "with Xi to visit Washington later.", "Café owners said costs rose 4%.", "", "!!!"]
    matrix = overlap_matrix(texts)
    for i, a in enumerate(texts):
        for j, b in enumerate(texts):
            assert abs(matrix[i, j] - word_overlap(a, b)) < 1e-9, (a, b)


def test_a_plan_or_a_condition_is_no_certainty_difference(verdict):
    done = claim("The truce began at 2 a.m. on Friday.", predicate="begin", subject="The truce")
    planned = claim("Hamas said the truce would begin at 2 a.m. on Friday.", predicate="begin", subject="the truce",
                    hedge="would", certainty="expected")
    conditional = claim("If the truce holds, it began at 2 a.m. on Friday.", predicate="begin", subject="the truce",
                        hedge="if", certainty="possible")
    assert verdict(done, planned).relation == "agree"
    assert verdict(done, conditional).relation == "agree"


def test_a_year_that_dates_something_else_is_no_date_conflict(verdict):
    a = claim("Barrack, a top 2016 campaign fund-raiser, was arrested on Tuesday.", predicate="arrest",
              subject="Barrack", dates=("2016", "tuesday"))
    b = claim("Barrack, who led the 2017 inaugural fund, was arrested on Tuesday.", predicate="arrest",
              subject="Barrack", dates=("2017", "tuesday"))
    assert verdict(a, b).relation != "differ"


def test_a_denied_existence_contradicts_the_act(verdict):
    none = claim("There is no man playing a guitar on stage.", predicate="be", object="no man playing a guitar",
                 negation="no", negated=True)
    one = claim("A man is playing a guitar on stage.", predicate="play", subject="A man", object="a guitar")
    other = claim("A woman is singing on stage.", predicate="sing", subject="A woman")
    assert verdict(none, one).contradiction and verdict(none, one).basis == "negation"
    assert not verdict(none, other).contradiction


# -- planted corpora, end to end (tests/data/planted/<conflict type>/, articles written for these tests) --

PLANTED = Path(__file__).resolve().parent / "data" / "planted"


@pytest.fixture(scope="module")
def planted(tmp_path_factory, embedder, settings):
    from crosscheck.pipeline import run

    runs = {}
    for folder in sorted(p for p in PLANTED.iterdir() if p.is_dir()):
        copy = tmp_path_factory.mktemp(folder.name)
        for path in folder.glob("*.txt"):
            shutil.copy(path, copy / path.name)
        runs[folder.name] = run([copy], settings, embedder)[0]
    return runs


def _differences(corpus):
    claim = {c.id: c.text for c in corpus.claims}
    return [(f, " | ".join(claim[c] for c in f.claim_ids)) for f in corpus.findings if f.kind is Kind.DIFFER]


@pytest.mark.parametrize("kind, basis, contradiction, needles", [
    ("figures", "figures", True, ("12 protesters", "15 protesters")),
    ("dates", "dates", True, ("August 31", "September 2")),
    ("negation", "negation", True, ("confirmed the meeting", "did not confirm")),
    ("opposite", "status", True, ("postponed", "was held")),
    ("agent", "agent", False, ("Hamas", "Islamic Jihad")),
    # The second planted set, other words: a figure in a passive relative clause with the attribution
    # first and last, an event called off vs held, a place swap.
    ("passive_figure", "figures", True, ("12 soldiers", "nine soldiers")),
    ("status", "status", True, ("called off", "went ahead")),
    ("place", "place", True, ("Doha", "Cairo")),  # two cities the gazetteer puts apart
    # The third planted set: two happenings in opposite order (attribution last, "according to"), one transfer
    # to two recipients (active and passive), buyer and bought traded (active and passive).
    ("order", "order", True, ("walked out on Monday after", "collapsed on Monday after")),
    ("recipient", "recipient", True, ("to Estonia", "to Latvia")),
    ("swap", "agent", True, ("has acquired its rival", "was acquired by its rival")),
])
def test_planted_conflict_found_once_and_its_traps_not(planted, kind, basis, contradiction, needles):
    found = _differences(planted[kind])
    assert len(found) == 1, [f.reason for f, _ in found]  # no trap (rounding, second quantity, paraphrase) flagged
    finding, texts = found[0]
    assert finding.basis == basis and finding.contradiction == contradiction
    assert all(n in texts for n in needles)
    if kind == "figures":
        assert [v.sources for v in finding.values][1] == ("Harbour Times", "Daily Wire Service")


# -- side omissions over constructed accounts -----------------------------------------------------

def _accounts(embedder, settings):
    from crosscheck.compare import claim_parts

    said = {
        "north": ["The president spoke by telephone with the prime minister of the south on Sunday.",
                  "The two leaders discussed trade and agreed to meet again in the spring.",
                  "They agreed the talks had been useful for both countries and their businesses, and the prime "
                  "minister offered his condolences over the deadly floods that struck the southern provinces "
                  "last week."],
        "south": ["The prime minister held a telephone call with the president of the north on Sunday.",
                  "The two leaders discussed trade and agreed to meet again in spring.",
                  "Both sides said the talks had been useful for the two countries and their businesses."],
        "east": ["The east's foreign minister opened a new railway museum in the old harbour district.",
                 "The museum holds forty locomotives from the last century.",
                 "Visitors can ride a restored steam engine every weekend this summer."],
    }
    articles, claims = [], []
    for n, (side, texts) in enumerate(said.items()):
        articles.append(Article(f"art{n}", f"/c/{n}_{side}.txt", f"{side} office", "Call", date(2025, 9, 14), None,
                                (Line(1, "x"),)))
        claims += [Claim(f"{side}{i}", f"art{n}", t, i + 1, f"{side} office", side, False, predicate="agree")
                   for i, t in enumerate(texts)]
    vectors = embedder.embed([c.text for c in claims])
    ids = tuple(c.id for c in claims)
    event = Event("e1", "call", tuple(a.id for a in articles), date(2025, 9, 14))
    clustering = Clustering((event,), (Topic("t1", "call", "e1", ids),), tuple(ClaimGroup(f"g{c}", "e1", (c,)) for c in ids),
                            {c: "t1" for c in ids})
    texts = claim_parts(claims, settings.part_min_words)
    parts = {cid: (pieces, embedder.embed(pieces)) for cid, pieces in texts.items()}
    return articles, claims, vectors, clustering, parts


def test_a_clause_one_account_has_is_an_omission_only_between_accounts_of_one_occasion(embedder, settings):
    articles, claims, vectors, clustering, parts = _accounts(embedder, settings)
    findings = compare(articles, claims, vectors, clustering, settings, {}, parts)
    side = [f for f in findings if f.kind is Kind.OMIT and f.level == "side"]
    found = [f for f in side if f.present == ("north",) and f.absent == ("south",)]
    assert found and any("condolences" in v.value for v in found[0].values)
    assert not any("meet again" in v.value for f in found for v in f.values)  # covered by the other account
    assert not any("east" in f.present + f.absent for f in side), "the east gave no account of this call"


@pytest.mark.parametrize("kind, needles", [("passive_figure", ("12 soldiers", "nine soldiers")),
                                           ("status", ("called off", "went ahead")),
                                           ("place", ("Doha", "Cairo"))])
def test_no_agreement_holds_a_conflicting_slot(planted, kind, needles):
    corpus = planted[kind]
    claim = {c.id: c.text for c in corpus.claims}
    for finding in corpus.findings:
        if finding.kind is Kind.AGREE:
            texts = " | ".join(claim[c] for c in finding.claim_ids)
            assert not all(n in texts for n in needles), finding.reason


def test_two_readouts_agree_on_the_point_not_on_the_call_itself(embedder, settings, tmp_path):
    from crosscheck.pipeline import run

    write(tmp_path, "a.txt", "---\noutlet: Japanese Foreign Ministry\ntitle: Readout of the call\n"
          "date: 2026-02-03\n---\nForeign Minister Ana Sato spoke with Canadian Foreign Minister Lee.\n\n"
          "The two ministers agreed to reopen the border crossing at Velden for trade next month.\n\n"
          "Sato raised the detention of three Japanese fishermen.\n\nThey discussed energy prices.\n")
    write(tmp_path, "b.txt", "---\noutlet: Global Affairs Canada\ntitle: Readout of the call\n"
          "date: 2026-02-03\n---\nCanadian Foreign Minister Lee held a call with Japanese Foreign Minister Sato.\n\n"
          "Both ministers agreed that the Velden border crossing will reopen for trade next month.\n\n"
          "Lee set out Canada's position on fishing quotas.\n\nThe ministers talked about the price of energy.\n")
    corpus = run([tmp_path], settings, embedder)[0]
    claim = {c.id: c.text for c in corpus.claims}
    agreements = [(f, " | ".join(claim[c] for c in f.claim_ids)) for f in corpus.findings if f.kind is Kind.AGREE]
    assert any("reopen the border" in t and "will reopen" in t for _, t in agreements), agreements
    assert not any(f.level == "side" and ("spoke with" in t or "held a call" in t) for f, t in agreements)


def test_two_outlets_quoting_different_sentences_of_one_speaker_do_not_agree(embedder, settings, tmp_path):
    from crosscheck.pipeline import run

    write(tmp_path, "a.txt", "---\noutlet: Harbour Times\ntitle: Council debates the port budget\n"
          "date: 2026-03-05\n---\nThe city council debated the port budget on Thursday.\n\n"
          "“Everyone has been working hard and the talks must keep moving,” Mayor Ana Ruiz said in a speech "
          "on Thursday.\n\n“We will find the money for the new cranes,” Ruiz told reporters afterwards.\n")
    write(tmp_path, "b.txt", "---\noutlet: Valley Post\ntitle: Port budget goes to the council\n"
          "date: 2026-03-05\n---\nThe council took up the port budget on Thursday.\n\n"
          "“The time has come to settle this,” Mayor Ana Ruiz said on Thursday.\n\n"
          "“We will find the money for the new cranes,” Ruiz said after the debate.\n")
    corpus = run([tmp_path], settings, embedder)[0]
    claim = {c.id: c.text for c in corpus.claims}
    agreed = [" | ".join(claim[c] for c in f.claim_ids) for f in corpus.findings if f.kind is Kind.AGREE]
    assert not any("keep moving" in t and "time has come" in t for t in agreed), agreed
    assert any(t.count("new cranes") == 2 for t in agreed), agreed


def test_an_outlet_is_named_absent_only_when_its_article_tells_the_same_happening(embedder, settings):
    told = {"Ledger": ["The governor resigned on Tuesday after an investigation found he harassed 11 women.",
                       "Aides said the governor would leave office in two weeks."],
            "Wire": ["Aides said 11 women had accused the governor and that he would leave office in two weeks.",
                     "The governor resigned on Tuesday."],
            "Courier": ["Crowds gathered outside the mansion on Tuesday as the governor said he would step down."],
            "Markets": ["Pfizer reported quarterly earnings of 7.8 billion dollars on Tuesday."]}
    articles, claims = [], []
    for n, (outlet, texts) in enumerate(told.items()):
        articles.append(Article(f"art{n}", f"/c/{n}.txt", outlet, "Tuesday", date(2021, 8, 10), None, (Line(1, "x"),)))
        claims += [claim(t, id=f"{outlet}{i}", article=f"art{n}", voice=outlet, predicate="resign",
                         numbers=(figure(11, "woman", "harass"),) if "11" in t else ()) for i, t in enumerate(texts)]
    vectors = embedder.embed([c.text for c in claims])
    ids = tuple(c.id for c in claims)
    event = Event("e1", "governor resigns", tuple(a.id for a in articles), date(2021, 8, 10))
    clustering = Clustering((event,), (Topic("t1", "resignation", "e1", ids),),
                            (ClaimGroup("g1", "e1", ("Ledger0", "Wire0")),), {c: "t1" for c in ids})
    omissions = [f for f in compare(articles, claims, vectors, clustering, settings, {}) if f.kind is Kind.OMIT]
    assert [f.absent for f in omissions] == [("Courier",)]
    assert "possibly another story: Markets" in omissions[0].reason


def test_a_place_and_its_initials_are_one_place_whatever_the_hash_seed():
    """Initials are read in the order the words are written: a set's order changed with the hash seed."""
    import subprocess
    import sys

    script = ("from crosscheck.compare.align import same_place; "
              "print(same_place('the United States', 'U.S.'), same_place('U.S.', 'the United States'), "
              "same_place('United Kingdom', 'UK'))")
    for seed in range(8):
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                              env={**__import__("os").environ, "PYTHONHASHSEED": str(seed)})
        assert done.stdout.split() == ["True", "True", "True"], (seed, done.stdout, done.stderr[-500:])


@pytest.mark.parametrize("text, names, topic", [
    ("I supported this step, and Ukraine confirmed that we are ready to implement it.", {"Ukraine"}, False),
    ("This step was supported by Kyiv, which said it was ready to implement it.", {"Kyiv"}, False),
    ("Ukraine confirmed that it is ready to join the grain deal.", {"Ukraine"}, True),
    ("The President reiterated his concerns about Russia's compliance with the INF Treaty.", {"Russia"}, True),
])
def test_a_side_omission_needs_a_topic_of_its_own_not_only_the_parties(text, names, topic):
    from crosscheck.claims import claim_from_text
    from crosscheck.compare.omissions import _has_topic

    assert _has_topic(claim_from_text(text), frozenset(names)) is topic
