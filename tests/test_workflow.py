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
from crosscheck.types import Kind

from .conftest import write

SIXTH = Path(__file__).parent / "data" / "wire_call_readouts.txt"
FLAG = {"confirmed": "--confirm", "dismissed": "--dismiss"}


def invoke(*args, **kwargs):
    result = CliRunner().invoke(cli, [str(a) for a in args], **kwargs)
    assert result.exit_code == 0, result.output
    return result


def pick_findings(findings):
    """One finding of each kind a reviewer acts on that the corpus has, and the verdict to give it."""
    wanted = [(lambda f: f.kind is Kind.DIFFER, "confirmed"), (lambda f: f.level == "side", "confirmed"),
              (lambda f: f.level == "outlet", "dismissed"), (lambda f: f.kind is Kind.AGREE, "dismissed")]
    picked = {}
    for belongs, verdict in wanted:
        found = next((f for f in findings if belongs(f)), None)
        if found is not None:
            picked[found.id] = verdict
    assert len(picked) >= 3, "the seed corpus should hold most kinds of finding"
    return picked


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
    assert "corpus unchanged since the run of" in report.output
    text = (decisions.parent / "divergence.md").read_text()
    new_section = text.split("## Since the last run")[1].split("\n## ")[0]
    assert all(f"`{finding_id}`" in new_section for finding_id in involving)

    states = reviews(list(second.corpus.findings), load_decisions(decisions))
    gone = {g.finding_id for g in second.history.gone}
    for decision in load_decisions(decisions):
        holders = [f for f in second.corpus.findings if states[f.id].note == f"checked {decision.finding_id}"]
        assert holders or decision.finding_id in gone, f"decision on {decision.finding_id} lost its finding"
        for holder in holders:
            assert states[holder.id].status == picked[decision.finding_id]
            assert states[holder.id].changed == (set(holder.claim_ids) != set(decision.evidence))


def test_dismissed_findings_leave_the_flags_and_changed_ones_come_back(seed_copy, settings, embedder):
    corpus = run_tracked([seed_copy], settings, embedder).corpus
    reports = seed_copy / "reports"  # the corpus's own: report and review agree on it without options
    outlet = next(f for f in corpus.findings if f.kind is Kind.OMIT)
    invoke("review", outlet.id[:6], "--dismiss", "--corpus", seed_copy)
    invoke("report", seed_copy)
    text = (reports / "divergence.md").read_text()
    omissions, dismissed = text.split("## Omissions")[1].split("## Agreements")[0], text.split("## Dismissed (1)")[1]
    assert f"`{outlet.id}`" in dismissed and f"`{outlet.id}`" not in omissions

    listing = invoke("review", "--list", "--corpus", seed_copy).output
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
    assert "corpus unchanged since the run of" in result.stdout
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
    assert result.stderr == f"Error: review interrupted; 1 decision and 1 note saved in {decisions}\n"
    saved = load_decisions(decisions)
    assert len(saved) == 2 and {d.note for d in saved} == {"", "first look"}


@pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux")
def test_review_in_a_real_terminal(seed_copy, tmp_path, settings, embedder):
    run_tracked([seed_copy], settings, embedder)
    decisions = tmp_path / "decisions.json"
    session = f"crosscheck-test-{time.monotonic_ns()}"
    command = f"{sys.executable} -m crosscheck review --corpus '{seed_copy}' --decisions '{decisions}'"
    subprocess.run(["tmux", "new-session", "-d", "-s", session, "-x", "200", "-y", "50", command], check=True)
    # the pane outlives the review, so its last screen can be read however soon it exits (under load it closed first)
    subprocess.run(["tmux", "set-option", "-t", session, "remain-on-exit", "on"], check=True)
    try:
        wait_for_screen(session, "[c]onfirm")
        subprocess.run(["tmux", "send-keys", "-t", session, "d", "Enter"], check=True)
        wait_for_screen(session, "[2/")
        subprocess.run(["tmux", "send-keys", "-t", session, "C-c"], check=True)
        screen = wait_for_screen(session, "review interrupted")
        assert "1 decision and 0 notes saved" in screen
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
    assert [d.status for d in load_decisions(decisions)] == ["dismissed"]


def wait_for_screen(session: str, text: str, timeout: float = 180) -> str:
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


LONGER = ("<p>Both sides said the first day of talks covered tariffs on steel, farm goods and cars, and "
          "that a second round would deal with the rules for state subsidies.</p>"
          "<p>A spokesman for the host government said the talks were held in a constructive spirit and that "
          "no date had been set for a final agreement.</p>")


def test_add_writes_front_matter_under_a_safe_name_and_skips_duplicates(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    page = write(tmp_path, "saved page.html", "<html><head><title>Talks “resume” / again</title>"
                 "<script>alert(1)</script></head><body><article><h1>Talks resume</h1>"
                 "<p>Negotiators from both countries met in Geneva on Tuesday to resume the talks.</p>"
                 "<p>The delegations agreed to meet again next month, officials said.</p>" + LONGER + "</article></body></html>")
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


# -- a small corpus of one fact, for the day-to-day workflow ------------------------------------

BRIDGE = "---\noutlet: {outlet}\ndate: 2025-03-0{day}\n---\n{lines}\n"
FIGURE = {"Planet": "The city said the new bridge cost $1.2 billion to build.",
          "Star": "The city said the new bridge cost $1.5 billion to build.",
          "Courier": "The new bridge cost $1.5 billion to build, the city said."}
OTHER = {"Planet": "Engineers said the bridge would carry 40,000 cars a day.",
         "Star": "Local shops expect more customers once the bridge is busy.",
         "Courier": "Traffic police planned new routes around the river."}


def bridge_article(folder: Path, outlet: str, day: int = 4) -> Path:
    lines = "\n".join([FIGURE[outlet], "The mayor opened the bridge on Monday in front of a large crowd.", OTHER[outlet]])
    return write(folder, f"{outlet.lower()}.txt", BRIDGE.format(outlet=outlet, day=day, lines=lines))


@pytest.fixture
def model_once(monkeypatch, embedder):
    """Commands run in this process use the session's model instead of loading their own."""
    from crosscheck.embed import SentenceTransformerEmbedder

    monkeypatch.setattr(SentenceTransformerEmbedder, "from_settings", classmethod(lambda cls, settings: embedder))


@pytest.fixture
def bridge(tmp_path, model_once, monkeypatch):
    """Two outlets disagreeing on what a bridge cost; commands run from the folder above."""
    corpus = tmp_path / "bridge"
    corpus.mkdir()
    bridge_article(corpus, "Planet", 3)
    bridge_article(corpus, "Star")
    monkeypatch.chdir(tmp_path)
    return corpus


def report_json(*args) -> dict:
    import json

    return json.loads(invoke("report", *args, "--json", "-").stdout)


def differ_of(data: dict) -> dict:
    return next(f for f in data["findings"] if f["kind"] == "differ")


def test_outputs_decisions_and_state_belong_to_their_corpus(bridge, tmp_path):
    other = tmp_path / "other"
    other.mkdir()
    bridge_article(other, "Courier")
    bridge_article(other, "Planet")
    first = invoke("report", "bridge")
    assert first.stdout.startswith("bridge/reports/divergence.md: 2 articles")
    invoke("report", other)
    assert (bridge / "reports" / "divergence.json").exists() and (other / "reports" / "divergence.md").exists()
    assert not (tmp_path / "reports").exists()

    finding = differ_of(report_json(bridge))
    invoke("review", finding["id"], "--confirm", "--corpus", bridge)
    assert (bridge / "reports" / "decisions.json").exists() and not (other / "reports" / "decisions.json").exists()
    listing = invoke("review", "--list", "--corpus", other).stdout
    assert finding["id"] not in listing

    again = invoke("report", bridge)  # its own reports folder is not read as articles
    assert "2 articles" in again.stdout and "corpus unchanged" in again.stdout
    assert "confirmed" in (bridge / "reports" / "divergence.md").read_text()



def test_with_no_corpus_given_commands_act_on_the_current_folder(bridge, tmp_path, monkeypatch):
    monkeypatch.chdir(bridge)
    assert invoke("report").stdout.startswith("reports/divergence.md: 2 articles")
    finding = differ_of(report_json())
    assert finding["id"] in invoke("review", "--list").stdout
    courier = bridge_article(tmp_path, "Courier")
    added = invoke("add", courier, "--force").stdout
    assert added.startswith("added 2025-03-04_courier_") and len(list(bridge.glob("*.txt"))) == 3


def test_the_corpus_setting_names_the_corpus_for_every_command(bridge, tmp_path):
    write(tmp_path, "crosscheck.toml", 'corpus = "bridge"\n')
    assert invoke("report").stdout.startswith("bridge/reports/divergence.md: 2 articles")
    invoke("add", SIXTH)
    assert any(p.name.startswith("2025-11-25_wire-desk") for p in bridge.iterdir())


def test_a_run_with_other_settings_keeps_its_own_history(bridge, tmp_path):
    invoke("report", bridge)
    config = write(tmp_path, "try.toml", "[tool.crosscheck]\nsame_fact_threshold = 0.7\n")
    trial = invoke("report", bridge, "--config", config, "-o", tmp_path / "try.md")
    assert "first run with these settings" in trial.stdout and (tmp_path / "try.json").exists()
    main = invoke("report", bridge)
    assert "corpus unchanged since the run of" in main.stdout  # the main history was not replaced
    bridge_article(bridge, "Courier")
    grown = invoke("report", bridge)
    assert "since the run of" in grown.stdout and "first run" not in grown.stdout


def test_a_new_article_joining_a_reviewed_fact_keeps_the_decision_and_marks_it_changed(bridge):
    before = differ_of(report_json(bridge))
    invoke("review", before["id"][:6], "--confirm", "--note", "city figures checked", "--corpus", bridge)
    bridge_article(bridge, "Courier")
    after = report_json(bridge)
    finding = differ_of(after)
    assert set(before["claims"]) < set(finding["claims"])
    assert finding["review"] == {"status": "confirmed", "note": "city figures checked", "changed": True}
    assert finding["id"] not in after["since"]["new"]
    assert finding["id"] in after["since"]["changed"]
    text = (bridge / "reports" / "divergence.md").read_text()
    assert "**confirmed** · changed since reviewed" in text

    # The changed finding is back in the queue; confirming it again settles it.
    queue = invoke("review", "--corpus", bridge, input="c\n").stdout
    assert finding["id"] in queue and "1 decision and 0 notes saved" in queue
    assert differ_of(report_json(bridge))["review"]["changed"] is False


def test_findings_gone_since_the_last_run_are_listed_with_why(bridge):
    bridge_article(bridge, "Courier")
    before = report_json(bridge)
    differ = differ_of(before)
    agree = next(f for f in before["findings"] if f["kind"] == "agree" and "Courier, Star" in f["reason"])
    edited = "\n".join(["The mayor opened the bridge on Monday in front of a large crowd.", OTHER["Planet"]])
    (bridge / "planet.txt").write_text(BRIDGE.format(outlet="Planet", day=3, lines=edited))
    after = report_json(bridge)
    gone = {g["id"]: g for g in after["since"]["gone"]}
    assert gone[differ["id"]]["why"] == "article edited: planet.txt"
    assert gone[differ["id"]]["kind"] == "differ" and gone[differ["id"]]["reason"] == differ["reason"]
    text = (bridge / "reports" / "divergence.md").read_text()
    section = text.split("## Since the last run")[1].split("\n## ")[0]
    assert f"`{differ['id']}` gone (article edited: planet.txt)" in section

    (bridge / "star.txt").unlink()
    removed = {g["id"]: g for g in report_json(bridge)["since"]["gone"]}
    assert removed[agree["id"]]["why"] == "article removed: star.txt"


def page(folder: Path, name: str, title: str, paragraphs: list[str], footer: str = "") -> Path:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return write(folder, name, f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}"
                 f"</article><footer><p>{footer}</p></footer></body></html>")


PARAGRAPHS = [
    "Dock workers at the city's main port returned to work on Thursday after union leaders and employers "
    "agreed a new wage deal in overnight talks.",
    "The agreement raises pay by four percent this year and three percent next year, the union said in a statement.",
    "Shipping companies said the backlog of containers would take about two weeks to clear, according to the "
    "port authority.",
    "The strike had lasted nine days and delayed exports of grain and machinery, officials said.",
]


def add_error(*args) -> str:
    result = CliRunner().invoke(cli, ["add", *map(str, args)])
    assert result.exit_code == 1 and result.output.count("\n") == 1, result.output
    return result.output


def test_add_refuses_error_pages_and_stubs_unless_forced(tmp_path):
    corpus = tmp_path / "corpus"
    stub = page(tmp_path, "stub.html", "Page not found", ["Sorry, the page you asked for cannot be found.",
                                                          "It may have been moved or deleted."])
    teaser = page(tmp_path, "teaser.html", "Port strike ends", PARAGRAPHS[:1] + ["Subscribe to keep reading."])
    for source in (stub, teaser):
        message = add_error(source, "--to", corpus)
        assert f"{source}: only " in message and "words of article text" in message and "--force" in message
    assert not corpus.exists() or not list(corpus.iterdir())
    invoke("add", teaser, "--to", corpus, "--force")
    assert len(list(corpus.iterdir())) == 1


def test_add_refuses_dates_that_read_two_ways(tmp_path):
    article = page(tmp_path, "strike.html", "Port strike ends after talks", PARAGRAPHS)
    message = add_error(article, "--to", tmp_path / "corpus", "--date", "11/03/2026")
    assert "reads two ways" in message and "YYYY-MM-DD" in message
    invoke("add", article, "--to", tmp_path / "corpus", "--date", "25/03/2026")  # only one reading
    assert next((tmp_path / "corpus").iterdir()).name.startswith("2026-03-25_")

    dated = write(tmp_path, "dated.txt", "Harbour Times\nPort strike ends after talks\n11/03/2026\n\n"
                  + "\n\n".join(PARAGRAPHS) + "\n")
    assert "reads two ways" in add_error(dated, "--to", tmp_path / "other")
    invoke("add", dated, "--to", tmp_path / "other", "--date", "2026-03-11")


def test_add_keeps_titles_whole_and_takes_no_copyright_year_for_a_date(tmp_path):
    title = "'Horse dewormer' sales soar as the port strike ends after nine days of talks between unions"
    article = page(tmp_path, "strike.html", title, PARAGRAPHS, footer="© 2019 Harbour Times Media. All rights reserved.")
    added = invoke("add", article, "--to", tmp_path / "corpus", "--outlet", "Harbour Times").stdout
    [written] = (tmp_path / "corpus").iterdir()
    assert "undated" in added and written.name.startswith("undated_harbour-times_")
    assert "2019" not in written.read_text()
    # The name is cut between words, within its limit.
    title_part = written.stem.split("_", 2)[2]
    assert len(title_part) <= 60 and "horse-dewormer-sales-soar-as-the-port-strike".startswith(title_part[:40])
    assert all(word in title.lower() for word in title_part.split("-"))
    from crosscheck.ingest import parse_article

    assert parse_article(written, written.read_bytes()).title == "‘Horse dewormer’ sales soar as the port strike ends " \
        "after nine days of talks between unions"


def read_terminal(command: list[str], timeout: float = 300) -> str:
    """Run `command` with a pseudo-terminal as stdin, stdout and stderr; everything it wrote."""
    import os
    import pty
    import select

    master, slave = pty.openpty()
    process = subprocess.Popen(command, stdin=slave, stdout=slave, stderr=slave)
    os.close(slave)
    output, deadline = b"", time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 1)
            if ready:
                try:
                    chunk = os.read(master, 4096)
                except OSError:  # the other end closed
                    break
                if not chunk:
                    break
                output += chunk
            elif process.poll() is not None:
                break
    finally:
        process.kill()
        process.wait()
        os.close(master)
    return output.decode("utf-8", "replace")


def test_progress_on_a_terminal_is_one_display_over_the_stages(tmp_path):
    corpus = tmp_path / "bridge"
    corpus.mkdir()
    bridge_article(corpus, "Planet", 3)
    bridge_article(corpus, "Star")
    screen = read_terminal([sys.executable, "-m", "crosscheck", "report", str(corpus)])
    stages = [f"[{n}/5] {stage}" for n, stage in enumerate(("ingest", "claims", "embed", "cluster", "compare"), 1)]
    positions = [screen.find(stage) for stage in stages]
    assert -1 not in positions and positions == sorted(positions), screen
    assert "Loading weights" not in screen and "Batches" not in screen and "it/s]" not in screen, screen
    assert f"{corpus}/reports/divergence.md: 2 articles" in screen

