"""The living-corpus workflows: add an article, re-run, review; state survives interruptions."""
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from crosscheck.cli import cli
from crosscheck.pipeline import omission_queries, run_tracked
from crosscheck.review import load_decisions, reviews
from crosscheck.tracking import signature
from crosscheck.types import Kind

from .conftest import write

SIXTH = Path(__file__).parent / "data" / "wire_call_readouts.txt"
FLAG = {"confirmed": "--confirm", "dismissed": "--dismiss"}


def invoke(*args, **kwargs):
    result = CliRunner().invoke(cli, [str(a) for a in args], **kwargs)
    assert result.exit_code == 0, result.output
    return result


def pick_findings(findings):
    """One finding of each kind a reviewer acts on, and the verdict to give it."""
    differ = next(f for f in findings if f.kind is Kind.DIFFER)
    side = next(f for f in findings if f.level == "side" and f.corroborated)
    outlet = next(f for f in findings if f.level == "outlet")
    agree = next(f for f in findings if f.kind is Kind.AGREE)
    return {differ.id: "confirmed", side.id: "confirmed", outlet.id: "dismissed", agree.id: "dismissed"}


def test_sixth_article_embeds_only_its_claims_and_keeps_every_decision(seed_copy, embedder, settings):
    decisions = seed_copy.parent / "reports" / "decisions.json"
    first = run_tracked([seed_copy], settings, embedder)
    picked = pick_findings(first.corpus.findings)
    for finding_id, verdict in picked.items():
        invoke("review", finding_id, FLAG[verdict],
               "--note", f"checked {finding_id}", "--corpus", seed_copy, "--decisions", decisions)

    added = invoke("add", SIXTH, "--to", seed_copy)
    assert "added" in added.output
    second = run_tracked([seed_copy], settings, embedder)

    sixth = next(a for a in second.corpus.articles if a.outlet == "Wire Desk")
    new_claims = [c for c in second.corpus.claims if c.article_id == sixth.id]
    seen = {c.text for c in first.corpus.claims} | set(omission_queries(list(first.corpus.claims)).values())
    brought = {c.text for c in new_claims} | set(omission_queries(new_claims).values())
    assert len(new_claims) >= 6
    assert second.stats.embedded == len(brought - seen) > 0

    new_ids = {c.id for c in new_claims}
    involving = {f.id for f in second.corpus.findings if new_ids & set(f.claim_ids)}
    assert involving and involving <= set(second.history.new) | set(second.history.changed)
    report = invoke("report", seed_copy, "-o", decisions.parent / "divergence.md")
    assert "nothing changed since the last run" in report.output
    text = (decisions.parent / "divergence.md").read_text()
    new_section = text.split("## New since the last run")[1].split("\n## ")[0]
    assert all(f"`{finding_id}`" in new_section for finding_id in involving)

    states = reviews(list(second.corpus.findings), load_decisions(decisions))
    for decision in load_decisions(decisions):
        holders = [f for f in second.corpus.findings if f.id == decision.finding_id
                   or signature(f) == decision.signature and set(decision.evidence) <= set(f.claim_ids)]
        assert holders, f"decision on {decision.finding_id} lost its finding"
        assert states[holders[0].id].status == picked[decision.finding_id]
        assert states[holders[0].id].note == f"checked {decision.finding_id}"


def test_dismissed_findings_leave_the_flags_and_changed_ones_come_back(seed_copy, settings, embedder):
    corpus = run_tracked([seed_copy], settings, embedder).corpus
    reports = seed_copy.parent / "reports"
    outlet = next(f for f in corpus.findings if f.level == "outlet")
    invoke("review", outlet.id[:6], "--dismiss", "--corpus", seed_copy, "--decisions", reports / "decisions.json")
    invoke("report", seed_copy, "-o", reports / "divergence.md")
    text = (reports / "divergence.md").read_text()
    omissions, dismissed = text.split("## Omissions")[1].split("## Agreements")[0], text.split("## Dismissed (1)")[1]
    assert f"`{outlet.id}`" in dismissed and f"`{outlet.id}`" not in omissions

    listing = invoke("review", "--list", "--corpus", seed_copy, "--decisions", reports / "decisions.json").output
    assert any(line.startswith(outlet.id) and "dismissed" in line for line in listing.splitlines())


def test_rerun_with_nothing_new_loads_no_model_and_no_stage_libraries(seed_copy, tmp_path, settings, embedder):
    run_tracked([seed_copy], settings, embedder)  # the copy has moved: its first run computes
    script = textwrap.dedent(f"""
        import sys
        from crosscheck.cli import cli
        try:
            cli(["report", {str(seed_copy)!r}, "-o", {str(tmp_path / "r.md")!r}])
        except SystemExit as stop:
            assert stop.code in (0, None), stop.code
        heavy = sorted(m for m in ("torch", "sentence_transformers", "sklearn", "dateparser", "trafilatura")
                       if m in sys.modules)
        print("heavy:", heavy)
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "nothing changed since the last run" in result.stdout
    assert "heavy: []" in result.stdout


def test_interrupted_report_leaves_state_and_files_whole(seed_copy, monkeypatch, settings, embedder):
    from crosscheck.embed import SentenceTransformerEmbedder

    reports = seed_copy.parent / "reports"
    corpus = run_tracked([seed_copy], settings, embedder).corpus
    invoke("review", corpus.findings[0].id, "--confirm", "--corpus", seed_copy, "--decisions", reports / "decisions.json")
    invoke("report", seed_copy, "-o", reports / "divergence.md")
    before = {p.name: p.read_bytes() for p in reports.iterdir()}
    shutil.copy(SIXTH, seed_copy / SIXTH.name)

    def interrupt(self, texts, progress=False):
        raise KeyboardInterrupt
    monkeypatch.setattr(SentenceTransformerEmbedder, "embed", interrupt)
    result = CliRunner().invoke(cli, ["report", str(seed_copy), "-o", str(reports / "divergence.md")])
    assert result.exit_code == 1 and "interrupted" in result.output
    assert {p.name: p.read_bytes() for p in reports.iterdir()} == before
    database = sqlite3.connect(seed_copy / ".crosscheck" / "state.sqlite")
    assert database.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    database.close()

    monkeypatch.undo()
    again = run_tracked([seed_copy], settings, embedder)
    assert not again.reused and again.stats.embedded > 0


def test_interrupted_review_keeps_the_decisions_made(seed_copy, settings, embedder):
    run_tracked([seed_copy], settings, embedder)
    decisions = seed_copy.parent / "reports" / "decisions.json"
    # End of input is what click sees on Ctrl-C at a prompt too: both abort the prompt.
    result = CliRunner().invoke(cli, ["review", "--corpus", str(seed_copy), "--decisions", str(decisions)],
                                input="c\nn\nfirst look\n")
    assert result.exit_code == 1
    assert result.stderr == f"Error: review interrupted; 2 decisions saved in {decisions}\n"
    saved = load_decisions(decisions)
    assert len(saved) == 2 and {d.note for d in saved} == {"", "first look"}


@pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux")
def test_review_in_a_real_terminal(seed_copy, tmp_path, settings, embedder):
    run_tracked([seed_copy], settings, embedder)
    decisions = tmp_path / "decisions.json"
    session = f"crosscheck-test-{time.monotonic_ns()}"
    command = f"{sys.executable} -m crosscheck review --corpus '{seed_copy}' --decisions '{decisions}'"
    subprocess.run(["tmux", "new-session", "-d", "-s", session, "-x", "200", "-y", "50", command], check=True)
    try:
        wait_for_screen(session, "[c]onfirm")
        subprocess.run(["tmux", "send-keys", "-t", session, "d", "Enter"], check=True)
        wait_for_screen(session, "[2/")
        subprocess.run(["tmux", "send-keys", "-t", session, "C-c"], check=True)
        screen = wait_for_screen(session, "review interrupted")
        assert "1 decisions saved" in screen
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
    assert [d.status for d in load_decisions(decisions)] == ["dismissed"]


def wait_for_screen(session: str, text: str, timeout: float = 60) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        screen = subprocess.run(["tmux", "capture-pane", "-p", "-t", session], capture_output=True, text=True).stdout
        if text in screen:
            return screen
        time.sleep(0.2)
    raise AssertionError(f"{text!r} never appeared on the screen:\n{screen}")


def test_second_process_on_the_same_corpus_waits_then_stops_clearly(seed_copy, tmp_path):
    lock = seed_copy / ".crosscheck" / "lock"
    holder = subprocess.Popen([sys.executable, "-c", f"import filelock, time; l = filelock.FileLock({str(lock)!r}); "
                               "l.acquire(); print('held', flush=True); time.sleep(60)"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        config = write(tmp_path, "crosscheck.toml", "lock_wait_seconds = 0.5\n")
        result = CliRunner().invoke(cli, ["report", str(seed_copy), "-o", str(tmp_path / "r.md"), "--config", str(config)])
    finally:
        holder.kill()
    assert result.exit_code == 1
    assert "another crosscheck has been working on this corpus" in result.output
    assert not (tmp_path / "r.md").exists()


def test_layout_1_database_is_upgraded_in_place_keeping_embeddings(tmp_path):
    from crosscheck.state import SCHEMA_VERSION, open_database

    state = tmp_path / ".crosscheck"
    state.mkdir()
    old = sqlite3.connect(state / "state.sqlite")
    old.executescript("CREATE TABLE embeddings (model TEXT NOT NULL, text_hash TEXT NOT NULL, dim INTEGER NOT NULL, "
                      "vector BLOB NOT NULL, PRIMARY KEY (model, text_hash)); PRAGMA user_version = 1;")
    old.execute("INSERT INTO embeddings VALUES ('m', 'h', 1, x'00000000')")
    old.commit()
    old.close()
    connection = open_database(state)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert connection.execute("SELECT count(*) FROM embeddings").fetchone()[0] == 1
    assert connection.execute("SELECT count(*) FROM runs").fetchone()[0] == 0


def test_add_writes_front_matter_under_a_safe_name_and_skips_duplicates(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    page = write(tmp_path, "saved page.html", "<html><head><title>Talks “resume” / again</title>"
                 "<script>alert(1)</script></head><body><article><h1>Talks resume</h1>"
                 "<p>Negotiators from both countries met in Geneva on Tuesday to resume the talks.</p>"
                 "<p>The delegations agreed to meet again next month, officials said.</p></article></body></html>")
    first = invoke("add", page, "--to", corpus, "--outlet", "Le Monde Diplomatique", "--date", "3 March 2026")
    [written] = corpus.iterdir()
    assert written.name.startswith("2026-03-03_le-monde-diplomatique_") and written.suffix == ".txt"
    text = written.read_text()
    assert text.startswith("---\noutlet: Le Monde Diplomatique\n") and "date: 2026-03-03\n" in text
    assert "Negotiators from both countries met in Geneva" in text and "<script>" not in text and "alert" not in text
    assert str(written) in first.output

    again = invoke("add", page, "--to", corpus)
    assert "already in the corpus" in again.output and len(list(corpus.iterdir())) == 1

    result = CliRunner().invoke(cli, ["add", str(page), "--to", str(corpus), "--date", "someday"])
    assert result.exit_code == 1 and result.output == "Error: --date 'someday' is not a date (try YYYY-MM-DD)\n"


def test_corrupt_decisions_file_stops_the_run_and_is_kept(seed_copy, tmp_path):
    decisions = write(tmp_path, "decisions.json", '{"schema": "crosscheck.decisions/1", "decisions": [')
    result = CliRunner().invoke(cli, ["report", str(seed_copy), "-o", str(tmp_path / "r.md"),
                                      "--decisions", str(decisions)])
    assert result.exit_code == 1 and result.output.count("\n") == 1
    assert str(decisions) in result.output and "move it aside" in result.output
    assert decisions.read_text() == '{"schema": "crosscheck.decisions/1", "decisions": ['
