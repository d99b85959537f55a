from crosscheck.report import escape, render_json, render_markdown


def test_escape_makes_text_inert():
    hostile = "a | b <script>alert(1)</script> `code` [link](http://x) ![img](y) # head\nnext"
    out = escape(hostile)
    assert "<script>" not in out and "\n" not in out
    assert "\\|" in out and "\\[link\\]" in out and "\\`code\\`" in out


def test_seed_report_sections_and_json(seed_run):
    corpus, _ = seed_run
    markdown = render_markdown(corpus)
    for heading in ("## Sources", "## Contradictions flagged for review", "## Other differences", "## Omissions",
                    "## Agreements"):
        assert heading in markdown
    import json

    data = json.loads(render_json(corpus))
    assert data["schema"] == "crosscheck.report/1"
    assert {"articles", "events", "claims", "topics", "findings"} <= set(data)
    assert all(f["kind"] in {"agree", "differ", "omit"} for f in data["findings"])
    omit = next(f for f in data["findings"] if f["kind"] == "omit")
    assert {"level", "present", "absent"} <= set(omit)


# -- the report's structure, on corpora built by hand ------------------------------------------

from datetime import date  # noqa: E402

from crosscheck.report import report_order, review_screen  # noqa: E402
from crosscheck.types import (Article, Claim, ClaimGroup, Clustering, Corpus, Event, Finding, Kind, Line,  # noqa: E402
                              Review, Severity, Topic)


def built_corpus() -> Corpus:
    articles = (Article("a1", "dir/one.txt", "InfoFinance", "One", date(2025, 11, 24), None, (Line(1, "x"),)),
                Article("a2", "dir/two.txt", "Wire", "Two", date(2025, 11, 24), None, (Line(1, "y"),)))
    claims = (Claim("c1", "a1", "The deal is worth $1.2 billion.", 3, "InfoFinance", None, False),
              Claim("c2", "a2", "The deal is worth $1.5 billion, the ministry said.", 4, "the ministry", "cn", False),
              Claim("c3", "a1", "Talks resume in May.", 5, "InfoFinance", None, False),
              Claim("c4", "a2", "Talks resume in May, officials said.", 6, "officials", None, False))
    findings = (Finding("f-agree", Kind.AGREE, Severity.INFO, "e", "t", ("c3", "c4"), "same fact"),
                Finding("f-omit-low", Kind.OMIT, Severity.LOW, "e", "t", ("c3",), "left out", level="outlet"),
                Finding("f-differ-med", Kind.DIFFER, Severity.MEDIUM, "e", "t", ("c1", "c2"), "hedged"),
                Finding("f-omit-high", Kind.OMIT, Severity.HIGH, "e", "t", ("c1",), "side left out", level="side"),
                Finding("f-contra", Kind.DIFFER, Severity.HIGH, "e", "t", ("c1", "c2"), "figures differ",
                        contradiction=True))
    clustering = Clustering((Event("e", "the deal", ("a1", "a2"), None),),
                            (Topic("t", "deal · talks", "e", ("c1", "c2", "c3", "c4")),),
                            (ClaimGroup("g", "e", ("c3", "c4")),), topic_of={c.id: "t" for c in claims})
    return Corpus(articles, claims, clustering, findings, {"cn": "Chinese side", "us": "US side"})


def test_findings_sort_by_severity_then_substance_and_severity_follows_substance():
    from crosscheck.salience import rank

    ranked = rank(built_corpus())
    order = [f.id for f in ranked.findings]
    assert [f.id for f in report_order(ranked.findings)] == order
    severity = {f.id: f.severity for f in ranked.findings}
    assert [severity[i] for i in order] == sorted(severity.values(), reverse=True)
    assert severity["f-agree"] is Severity.INFO and severity["f-contra"] >= Severity.MEDIUM
    # A figure that differs outranks the same talks date left out by one outlet.
    assert order.index("f-contra") < order.index("f-omit-low")
    assert rank(ranked) == ranked  # ranking twice changes nothing


def test_report_opens_with_a_summary_and_the_findings_that_matter_most():
    from crosscheck.salience import rank

    corpus = built_corpus()
    ranked = {f.id: f for f in rank(corpus).findings}
    markdown = render_markdown(corpus, {"f-omit-high": Review("dismissed")})
    headings = [line for line in markdown.splitlines() if line.startswith("## ")]
    assert headings[0] == "## Summary" and headings[1] == "## Sources"
    summary = markdown.split("## Summary")[1].split("\n## ")[0]
    assert "5 findings; 3 to review, 1 dismissed." in summary
    rows = {line.split("|")[1].strip(): [c.strip() for c in line.split("|")[2:-1]]
            for line in summary.splitlines() if line.startswith("| ") and not line.startswith("| kind")}
    assert rows["contradiction"][-1] == "1" and rows["omission"][-1] == "2"
    top = summary.split("What matters most")[1] if "What matters most" in summary else ""
    ids = [line.split("`")[1] for line in top.splitlines() if line.startswith("| `")]
    expected = [i for i in (f.id for f in rank(corpus).findings)
                if i not in {"f-omit-high", "f-agree"} and ranked[i].severity >= Severity.MEDIUM]
    assert ids == expected  # dismissed, agreements and findings of little substance left out
    glance = markdown.split("## Findings at a glance")[1].split("\n## ")[0]
    assert [line.split("`")[1] for line in glance.splitlines() if line.startswith("| `")] == \
        [f.id for f in rank(corpus).findings]


def test_coverage_drops_empty_columns_and_narration_names_the_outlet_once():
    corpus = built_corpus()
    markdown = render_markdown(corpus)
    coverage = markdown.split("## the deal")[1].split("\n## ")[0]
    header = next(line for line in coverage.splitlines() if line.startswith("| topic"))
    assert "Chinese side" in header and "US side" not in header  # no claim of the US side: no column
    assert "InfoFinance, InfoFinance" not in markdown
    assert "— InfoFinance (one.txt:3)" in markdown and "— Wire, the ministry (Chinese side) (two.txt:4)" in markdown
    screen = review_screen(corpus, corpus.findings[-1], Review("open"))
    assert "     InfoFinance — one.txt:3" in screen


def test_skipped_files_are_listed_in_the_report_and_its_json():
    import json

    skipped = ("dir/empty.txt: file has no text", "dir/photo.txt: binary file (PNG image)")
    markdown = render_markdown(built_corpus(), skipped=skipped)
    section = markdown.split("## Skipped files (2)")[1].split("\n## ")[0]
    assert "dir/empty.txt: file has no text" in section and "binary file (PNG image)" in section
    assert json.loads(render_json(built_corpus(), skipped=skipped))["skipped"] == list(skipped)


def test_tables_are_shortened_by_words_to_fit_the_terminal():
    from crosscheck.report import escape
    from crosscheck.terminal import fit_table

    reason = "Xi told his US counterpart that Taiwan's return to China is part of the post-war international order"
    table = fit_table([["f1", "omit", reason], ["f2", "differ", "figures differ"]], ["id", "kind", "reason"], 50)
    lines = table.splitlines()
    assert all(len(line) <= 50 for line in lines) and "figures differ" in table
    shown = lines[2].split("  ")[-1].strip()
    assert shown.endswith(" …") and reason.startswith(shown[:-2])  # whole words only
    assert escape(reason, 40).endswith(" …") and reason.startswith(escape(reason, 40)[:-2].replace("\\", ""))


def test_a_finding_line_leads_with_the_point_and_names_the_sides_after_it():
    import dataclasses

    from crosscheck.report import _View, plain_line
    from crosscheck.types import Stated

    corpus = built_corpus()
    claims = corpus.claims + (Claim("c5", "a2", "Xi said Taiwan's return to China is part of the post-war order, and "
                                    "he thanked Trump for the call.", 7, "Xi", "cn", False, attributed=True),)
    omission = Finding("f-side", Kind.OMIT, Severity.MEDIUM, "e", "t2", ("c5",), "in the Chinese side's account, ...",
                       level="side", present=("cn",), absent=("us",),
                       values=(Stated("he thanked Trump for the call", ("c5",), ("Wire (Xi)",)),
                               Stated("Taiwan's return to China is part of the post-war order", ("c5",),
                                      ("Wire (Xi)",))))
    topics = corpus.clustering.topics + (Topic("t2", "post-war order", "e", ("c5",)),)
    corpus = dataclasses.replace(corpus, claims=claims, findings=(omission,),
                                 clustering=dataclasses.replace(corpus.clustering, topics=topics))
    line = plain_line(omission, _View(corpus, {}))
    # The point (the part of substance, not the thanks), its speaker, then who has it and who not.
    assert line == ("Post-war order: Xi: “Taiwan's return to China is part of the post-war order” — in the Chinese "
                    "side's account (Wire), absent from the US side's (with 1 more point it leaves out)")
    short = plain_line(omission, _View(corpus, {}), 80)
    assert len(short) <= 80 and short.endswith("— in the Chinese side's account, absent from the US side's")


def test_a_relative_clause_told_as_a_claim_is_quoted_after_what_it_tells_of():
    line = "Two lawsuits were filed on Monday against Dr. Alan Braid, who said he performed an abortion."
    article = Article("a1", "dir/one.txt", "InfoFinance", "One", date(2021, 9, 20), None, (Line(2, line),))
    told = Claim("c1", "a1", "who said he performed an abortion.", 2, "Dr. Alan Braid", None, False)
    plain = Claim("c2", "a1", "Two lawsuits were filed on Monday against Dr. Alan Braid,", 2, "InfoFinance", None, False)
    finding = Finding("f", Kind.OMIT, Severity.LOW, "e", "t", ("c1", "c2"), "left out", level="outlet")
    clustering = Clustering((Event("e", "lawsuits", ("a1",), None),), (Topic("t", "lawsuits", "e", ("c1", "c2")),),
                            (), topic_of={"c1": "t", "c2": "t"})
    corpus = Corpus((article,), (told, plain), clustering, (finding,), {})
    screen = review_screen(corpus, finding, Review("open"))
    assert "“…against Dr. Alan Braid, who said he performed an abortion.”" in screen
    assert "“Two lawsuits were filed on Monday against Dr. Alan Braid,”" in screen
    assert "“…against Dr. Alan Braid, who said" in render_markdown(corpus)
    assert "finding: Dr. Alan Braid, who said he performed an abortion." in screen


def test_a_list_item_cut_from_its_sentence_is_shown_cut_without_its_joining_word():
    import dataclasses

    from crosscheck.report import _View, plain_line
    from crosscheck.types import Stated

    corpus = built_corpus()
    text = "We spoke about the front line, touched on the prisoners, and the return of children taken by soldiers."
    claims = corpus.claims + (Claim("c5", "a2", text, 7, "Wire", "cn", False),)
    parts = ("We spoke about the front line", "touched on the prisoners",
             "and the return of children taken by soldiers")
    omission = Finding("f-side", Kind.OMIT, Severity.MEDIUM, "e", None, ("c5",), "in the Chinese side's account, ...",
                       level="side", present=("cn",), absent=("us",),
                       values=(Stated(parts[2], ("c5",), ("Wire",)),))
    line = plain_line(omission, _View(dataclasses.replace(corpus, claims=claims, findings=(omission,)), {}))
    assert line.startswith("…the return of children taken by soldiers — in the Chinese side's account")
    whole = dataclasses.replace(omission, values=(Stated(text, ("c5",), ("Wire",)),))
    assert plain_line(whole, _View(dataclasses.replace(corpus, claims=claims, findings=(whole,)), {})).startswith(text)


def test_a_point_naming_its_common_noun_speaker_is_not_prefixed_with_it_again():
    import dataclasses

    from crosscheck.report import _View, plain_line
    from crosscheck.types import Stated

    corpus = built_corpus()
    text = "The leaders met, and the prime minister highlighted concerns on the unresolved border issues."
    claims = corpus.claims + (Claim("c5", "a2", text, 7, "prime minister", "cn", False, attributed=True),)
    part = "the prime minister highlighted concerns on the unresolved border issues"
    omission = Finding("f-side", Kind.OMIT, Severity.MEDIUM, "e", None, ("c5",), "in the Chinese side's account, ...",
                       level="side", present=("cn",), absent=("us",), values=(Stated(part, ("c5",), ("Wire",)),))
    line = plain_line(omission, _View(dataclasses.replace(corpus, claims=claims, findings=(omission,)), {}))
    assert line.startswith(part + " — in the Chinese side's account")
    spoken = dataclasses.replace(claims[-1], text="The leaders met, and they highlighted concerns on the border.")
    other = dataclasses.replace(omission, values=(Stated("they highlighted concerns on the border", ("c5",), ("Wire",)),))
    line = plain_line(other, _View(dataclasses.replace(corpus, claims=corpus.claims + (spoken,), findings=(other,)), {}))
    assert line.startswith("prime minister: “they highlighted concerns on the border”")


def test_an_outlet_that_is_its_sides_one_voice_gets_no_column_of_its_own_and_a_side_agreement_names_the_sides():
    import dataclasses

    from crosscheck.report import _View, plain_line

    articles = (Article("a1", "dir/us.txt", "White House", "Readout", date(2025, 11, 24), None, (Line(1, "x"),)),
                Article("a2", "dir/cn.txt", "Foreign Ministry", "Readout", date(2025, 11, 24), None, (Line(1, "y"),)))
    claims = (Claim("c1", "a1", "The leaders agreed to keep talking about trade.", 3, "White House", "us", False),
              Claim("c2", "a2", "The two leaders agreed to keep talking about trade.", 4, "Foreign Ministry", "cn",
                    False),
              Claim("c3", "a1", "The president raised fentanyl.", 5, "White House", "us", False))
    agreement = Finding("f", Kind.AGREE, Severity.INFO, "e", "t", ("c2", "c1"), "both sides state it", level="side",
                        basis="sides")
    clustering = Clustering((Event("e", "the call", ("a1", "a2"), None),),
                            (Topic("t", "trade", "e", ("c1", "c2")), Topic("t2", "fentanyl", "e", ("c3",))), (),
                            topic_of={"c1": "t", "c2": "t", "c3": "t2"})
    corpus = Corpus(articles, claims, clustering, (agreement,), {"cn": "Chinese side", "us": "US side"})
    coverage = render_markdown(corpus).split("## the call")[1].split("\n## ")[0]
    header = next(line for line in coverage.splitlines() if line.startswith("| topic"))
    assert "Chinese side" in header and "US side" in header
    assert "White House" not in header and "Foreign Ministry" not in header  # each says what its side says
    assert "1 more claim stands alone in a topic of its own." in coverage
    line = plain_line(agreement, _View(corpus, {}))
    assert line.endswith("— in the Chinese side's and the US side's accounts")
    # An agreement of outlets names the outlets.
    outlets = dataclasses.replace(agreement, level=None, basis="")
    assert plain_line(outlets, _View(dataclasses.replace(corpus, findings=(outlets,)), {})).endswith(
        "said alike by 2 outlets: Foreign Ministry, White House")
