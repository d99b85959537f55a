"""Property tests: arbitrary text through ingest, claim splitting and report rendering."""
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from crosscheck.claims import extract_claims
from crosscheck.errors import CrosscheckError
from crosscheck.ingest import decode, parse_article
from crosscheck.report import render_markdown
from crosscheck.types import Article, Claim, ClaimGroup, Clustering, Corpus, Event, Finding, Kind, Line, Severity, Topic
from crosscheck.voices import load_voicebook

WORDS = st.sampled_from(["Trump", "Xi", "said", "the", "talks", "would", "resume", "not", "in", "April", "4%",
                         "$5 billion", "“quoted”", "Mr.", "U.S.", "according", "to", "Beijing", "|", "`", "#",
                         "<b>", "[x](y)", "é", "北京", "\t", "—"])
SENTENCE = st.lists(WORDS, min_size=1, max_size=14).map(" ".join).flatmap(
    lambda body: st.sampled_from([".", "?", "!", ":", "", ".”", ";"]).map(lambda end: body + end))
LINE = st.one_of(st.lists(SENTENCE, min_size=1, max_size=4).map(" ".join), st.text(max_size=80))
DOCUMENT = st.lists(LINE, max_size=12).flatmap(
    lambda lines: st.sampled_from(["\n", "\r\n", "\r", "\n\n"]).map(lambda end: end.join(lines)))
FEW = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FEW
@given(DOCUMENT)
def test_every_claim_is_found_in_its_article_at_its_line(text):
    raw = text.encode("utf-8")
    try:
        article = parse_article(Path("article.txt"), raw)
        claims = extract_claims([article], load_voicebook())
    except CrosscheckError:
        return
    lines = decode(raw, Path("article.txt")).split("\n")
    for claim in claims:
        # A line ending in a colon is read with the paragraph it introduces: a claim may run on past its line.
        assert claim.text in lines[claim.line - 1] or (
            lines[claim.line - 1].strip().endswith(":")
            and " ".join(claim.text.split()) in " ".join(" ".join(lines[claim.line - 1:]).split()))


FREE_TEXT = st.text(max_size=300)


@FEW
@given(st.lists(st.tuples(FREE_TEXT, FREE_TEXT, FREE_TEXT), min_size=1, max_size=8), FREE_TEXT)
def test_the_report_has_one_table_row_per_finding(entries, outlet):
    articles, claims, findings = [], [], []
    for n, (claim_text, reason, title) in enumerate(entries):
        articles.append(Article(f"a{n}", f"dir/{title[:20]}.txt", outlet, title, date(2025, 11, 24), None,
                                (Line(1, claim_text),)))
        claims.append(Claim(f"c{n}", f"a{n}", claim_text, 1, outlet, None, False))
        findings.append(Finding(f"f{n}", list(Kind)[n % 3], Severity(n % 4), "e", "t", (f"c{n}",), reason,
                                contradiction=n % 5 == 0))
    clustering = Clustering((Event("e", outlet, tuple(a.id for a in articles), None),),
                            (Topic("t", outlet, "e", tuple(c.id for c in claims)),),
                            (ClaimGroup("g", "e", tuple(c.id for c in claims)),),
                            topic_of={c.id: "t" for c in claims})
    report = render_markdown(Corpus(tuple(articles), tuple(claims), clustering, tuple(findings)))
    section = report.split("## Findings at a glance")[1].split("\n## ")[0]
    rows = [line for line in section.splitlines() if line.startswith("|")]
    assert len(rows) == len(findings) + 2  # header and separator
    assert len({row.count("|") - row.count("\\|") for row in rows}) == 1
