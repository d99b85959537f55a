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
