import pytest
from click.testing import CliRunner

from crosscheck.cli import cli

from .conftest import write


@pytest.fixture
def runner():
    return CliRunner()


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_help_with_an_example(name):
    assert "Example:" in cli.commands[name].help


def test_missing_path_is_one_line_and_exit_1(runner, tmp_path):
    result = runner.invoke(cli, ["report", str(tmp_path / "nope")])
    assert result.exit_code == 1
    assert result.output == f"Error: {tmp_path / 'nope'}: no such file or folder\n"


def test_empty_folder_and_textless_file(runner, tmp_path):
    (tmp_path / "empty").mkdir()
    result = runner.invoke(cli, ["claims", str(tmp_path / "empty")])
    assert result.exit_code == 1 and result.output.count("\n") == 1 and "no article files" in result.output
    write(tmp_path, "blank.txt", "\n\n")
    result = runner.invoke(cli, ["claims", str(tmp_path / "blank.txt")])
    assert result.exit_code == 1 and "file has no text" in result.output


def test_claims_table(runner, tmp_path):
    path = write(tmp_path, "a.txt", "---\noutlet: Example\n---\n"
                 "Chinese President Xi Jinping spoke to US President Donald Trump on Monday.\n"
                 "Trump acknowledged the issue, according to the Chinese readout.\n")
    result = runner.invoke(cli, ["claims", str(path)])
    assert result.exit_code == 0, result.output
    assert "a.txt:5" in result.output and "Chinese side" in result.output
    assert result.output.rstrip().endswith("2 claims from 1 article")


def test_pair_explains_its_judgement(runner, embedder):
    result = runner.invoke(cli, ["pair", "US tariffs on Chinese imports reached 145 percent.",
                                 "US tariffs on Chinese imports could rise to 155 percent."])
    assert result.exit_code == 0, result.output
    assert "contradiction: no" in result.output and "relation:" in result.output


def test_pair_shows_the_time_of_day_slot_that_decided(runner, embedder):
    result = runner.invoke(cli, ["pair", "The earthquake struck at 3:15 a.m. local time.",
                                 "The quake hit at about 5:40 a.m. local time."])
    assert result.exit_code == 0, result.output
    assert "at 03:15 local" in result.output and "slot time: 03:15 local vs 05:40 local -> conflict" in result.output


def test_report_writes_markdown_and_json(runner, tmp_path, embedder):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write(corpus, "a.txt", "---\noutlet: Planet\ndate: 2025-03-03\n---\n"
          "The city said the bridge cost $40 million to build.\nThe mayor opened the bridge on Monday.\n")
    write(corpus, "b.txt", "---\noutlet: Star\ndate: 2025-03-04\n---\n"
          "The city said the bridge cost $55 million to build.\nThe mayor opened the bridge on Monday.\n")
    out, js = tmp_path / "r.md", tmp_path / "r.json"
    result = runner.invoke(cli, ["report", str(corpus), "-o", str(out), "--json", str(js)])
    assert result.exit_code == 0, result.output
    markdown = out.read_text()
    differ = next(line for line in markdown.splitlines() if "differ · severity" in line or "figures differ" in line)
    assert "$40 million" in differ and "$55 million" in differ
    assert '"schema": "crosscheck.report/1"' in js.read_text()


# -- the workflow's command line, on a small corpus of one disputed figure ----------------------

import json  # noqa: E402
import os  # noqa: E402
import stat  # noqa: E402
from pathlib import Path  # noqa: E402

from .test_workflow import bridge, differ_of, model_once  # noqa: E402,F401  (fixtures)


def run_ok(*args, **kwargs):
    result = CliRunner().invoke(cli, [str(a) for a in args], **kwargs)
    assert result.exit_code == 0, result.output
    return result


def one_line_error(*args, code: int = 1) -> str:
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert result.exit_code == code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.output.count("\n") == 1 if code == 1 else "Error:" in result.output
    return result.output


def test_review_id_alone_shows_the_finding_and_verdicts_exclude_each_other(bridge):
    finding = differ_of(json.loads(run_ok("report", bridge, "--json", "-").stdout))
    shown = run_ok("review", finding["id"][:6], "--corpus", bridge).stdout
    assert shown.startswith(f"{finding['id']} · differ") and "status: open" in shown and "$1.2 billion" in shown
    assert not (bridge / "reports" / "decisions.json").exists()

    both = CliRunner().invoke(cli, ["review", finding["id"], "--confirm", "--dismiss", "--corpus", str(bridge)])
    assert both.exit_code == 2 and "give one of --confirm, --dismiss and --reopen" in both.output
    alone = CliRunner().invoke(cli, ["review", "--confirm", "--corpus", str(bridge)])
    assert alone.exit_code == 2 and "need a FINDING_ID" in alone.output

    run_ok("review", finding["id"], "--dismiss", "--corpus", bridge)
    run_ok("review", finding["id"], "--note", "figures are from two city releases", "--corpus", bridge)
    shown = run_ok("review", finding["id"], "--corpus", bridge).stdout
    assert "status: dismissed" in shown and "note: figures are from two city releases" in shown
    assert run_ok("review", finding["id"], "--reopen", "--corpus", bridge).stdout.startswith(f"{finding['id']}: open")
    shown = run_ok("review", finding["id"], "--corpus", bridge).stdout
    assert "status: open" in shown and "note: figures are from two city releases" in shown


def test_filters_select_findings_in_review_list_and_report(bridge):
    data = json.loads(run_ok("report", bridge, "--json", "-").stdout)
    kinds = {f["kind"] for f in data["findings"]}
    assert {"differ", "agree"} <= kinds
    differ = differ_of(data)
    listing = run_ok("review", "--list", "--kind", "differ", "--corpus", bridge).stdout
    assert differ["id"] in listing and " agree " not in listing
    assert "No findings." in run_ok("review", "--list", "--status", "confirmed", "--corpus", bridge).stdout
    high = json.loads(run_ok("report", bridge, "--min-severity", differ["severity"], "--json", "-").stdout)
    assert [f["kind"] for f in high["findings"]] == ["differ"]
    run_ok("review", differ["id"], "--confirm", "--corpus", bridge)
    confirmed = run_ok("report", bridge, "--status", "confirmed", "-o", "-").stdout
    assert "Showing only findings with status confirmed." in confirmed and f"`{differ['id']}`" in confirmed
    assert "## Agreements (0)" in confirmed


def test_dash_writes_to_standard_output_and_no_file_named_dash(bridge):
    result = run_ok("report", bridge, "--json", "-")
    data = json.loads(result.stdout)
    assert data["schema"] == "crosscheck.report/1" and "2 articles" in result.stderr
    assert "[1/5]" not in result.stderr  # no progress display when stderr is not a terminal
    assert not (Path.cwd() / "-").exists() and (bridge / "reports" / "divergence.md").exists()
    markdown = run_ok("report", bridge, "-o", "-")
    assert markdown.stdout.startswith("# Divergence report") and "2 articles" in markdown.stderr


def test_fail_on_exits_3_while_such_findings_need_review(bridge):
    finding = differ_of(json.loads(run_ok("report", bridge, "--json", "-").stdout))
    assert finding["contradiction"]
    failing = CliRunner().invoke(cli, ["report", str(bridge), "--fail-on", "contradiction"])
    assert failing.exit_code == 3 and "1 finding matching --fail-on contradiction needs review" in failing.stderr
    run_ok("review", finding["id"], "--dismiss", "--corpus", bridge)
    assert run_ok("report", bridge, "--fail-on", "contradiction").exit_code == 0


def test_status_line_counts_what_review_walks(bridge):
    line = run_ok("report", bridge).stdout
    to_review = int(line.split("; ")[1].split()[0])
    walk = run_ok("review", "--corpus", bridge, input="s\n" * 10).stdout
    assert f"[{to_review}/{to_review}]" in walk and f"[{to_review + 1}/" not in walk
    assert "first run with these settings" in line and "embedded" in line
    again = run_ok("report", bridge).stdout
    assert "corpus unchanged since the run of" in again and "the first with these settings" in again
    assert "embedded" not in again and "First run" not in again


def test_outputs_that_cannot_be_written_are_one_line_before_any_work(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write(corpus, "a.txt", "The city said the bridge cost $40 million to build.\n")
    assert one_line_error("report", corpus, "-o", folder) == f"Error: {folder}: is a folder; give a file name\n"
    blocker = write(tmp_path, "file", "")
    message = one_line_error("report", corpus, "-o", blocker / "r.md")
    assert message.startswith(f"Error: {blocker / 'r.md'}:")
    if os.geteuid() != 0:  # root writes anywhere
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        assert "permission denied" in one_line_error("report", corpus, "-o", locked / "r.md")
    assert not (corpus / ".crosscheck").exists()  # refused before the run


def test_reports_respect_the_umask(bridge):
    old = os.umask(0o022)
    try:
        run_ok("report", bridge)
    finally:
        os.umask(old)
    for name in ("divergence.md", "divergence.json"):
        assert stat.S_IMODE((bridge / "reports" / name).stat().st_mode) == 0o644
    finding = differ_of(json.loads((bridge / "reports" / "divergence.json").read_text()))
    old = os.umask(0o027)
    try:
        run_ok("review", finding["id"], "--confirm", "--corpus", bridge)
    finally:
        os.umask(old)
    assert stat.S_IMODE((bridge / "reports" / "decisions.json").stat().st_mode) == 0o640


def test_claims_whole_and_as_json_and_no_model_option(runner, tmp_path):
    long = ("Chinese President Xi Jinping told US President Donald Trump on Monday that the return of Taiwan "
            "to China was an important part of the post-war international order.")
    path = write(tmp_path, "a.txt", f"---\noutlet: Example\n---\n{long}\n")
    table = runner.invoke(cli, ["claims", str(path)])
    assert long not in table.output and "--full" in table.output
    full = runner.invoke(cli, ["claims", str(path), "--full"])
    assert full.exit_code == 0 and long in full.output and "predicate:" in full.output
    data = json.loads(runner.invoke(cli, ["claims", str(path), "--json"]).output)
    assert data[0]["text"] == long and data[0]["file"] == "a.txt"
    assert {"attributed", "negation", "hedge", "predicate", "subject", "object", "entities"} <= set(data[0])
    refused = runner.invoke(cli, ["claims", str(path), "--model", "x"])
    assert refused.exit_code == 2 and "No such option '--model'" in refused.output


def test_settings_lists_values_defaults_sources_and_meanings(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    config = write(tmp_path, "try.toml", "[tool.crosscheck]\nsame_fact_threshold = 0.7\nmin_topic_claims = 3\n")
    result = runner.invoke(cli, ["settings", "--config", str(config)])
    assert result.exit_code == 0, result.output
    row = next(line for line in result.output.splitlines() if line.startswith("same_fact_threshold "))
    assert row.split()[1:4] == ["0.7", "0.59", str(config)]
    assert next(line for line in result.output.splitlines() if line.startswith("batch_size ")).split()[3] == "default"
    one = runner.invoke(cli, ["settings", "min_article_words"]).output
    assert "PolNeAR train" in one and "source:  default" in one
    data = json.loads(runner.invoke(cli, ["settings", "--json"]).output)
    assert all(row["meaning"] for row in data)
    monkeypatch.setenv("CROSSCHECK_STATE_DIR", str(tmp_path / "state"))
    env = json.loads(runner.invoke(cli, ["settings", "state_dir", "--json"]).output)
    assert env[0]["source"] == "environment"


def test_settings_errors_are_one_line(tmp_path):
    typo = write(tmp_path, "typo.toml", "same_fact_treshold = 0.7\n")
    assert one_line_error("settings", "--config", typo) == \
        f"Error: {typo}: unknown setting 'same_fact_treshold' (did you mean same_fact_threshold?)\n"
    wrong = write(tmp_path, "wrong.toml", 'min_topic_claims = "two"\n')
    assert one_line_error("report", tmp_path, "--config", wrong) == \
        f"Error: {wrong}: min_topic_claims must be a whole number, not 'two'\n"
    bad = write(tmp_path, "bad.toml", "batch_size = \n")
    assert one_line_error("settings", "--config", bad).startswith(f"Error: cannot read config {bad}:")
    assert one_line_error("settings", "--config", tmp_path) == f"Error: config file {tmp_path}: is a folder\n"
    assert "did you mean model?" in one_line_error("settings", "modle")


def test_lock_message_names_the_corpus(tmp_path):
    import subprocess
    import sys

    corpus, state = tmp_path / "corpus", tmp_path / "elsewhere"
    corpus.mkdir()
    write(corpus, "a.txt", "The city said the bridge cost $40 million to build.\n")
    state.mkdir()
    holder = subprocess.Popen([sys.executable, "-c", f"import filelock, time; l = filelock.FileLock({str(state / 'lock')!r}); "
                               "l.acquire(); print('held', flush=True); time.sleep(60)"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        config = write(tmp_path, "crosscheck.toml", "lock_wait_seconds = 0.2\n")
        result = CliRunner().invoke(cli, ["report", str(corpus), "--state-dir", str(state), "--config", str(config)])
    finally:
        holder.kill()
    assert result.exit_code == 1
    assert f"waiting for another crosscheck working on {corpus} ..." in result.stderr


def test_paths_in_a_config_file_are_relative_to_it(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "project").mkdir()
    write(tmp_path / "project", "crosscheck.toml", 'corpus = "articles"\nstate_dir = "/var/tmp/x"\n')
    data = json.loads(runner.invoke(cli, ["settings", "--json", "--config", "project/crosscheck.toml"]).output)
    values = {row["name"]: row["value"] for row in data}
    assert values["corpus"] == "project/articles" and values["state_dir"] == "/var/tmp/x"
    assert values["reports_dir"] == "reports"  # relative to the corpus, wherever it is set


def test_review_list_and_the_queue_follow_the_report_order(bridge):
    from .test_workflow import bridge_article

    bridge_article(bridge, "Courier")
    data = json.loads(run_ok("report", bridge, "--json", "-").stdout)
    ranks = {"high": 3, "medium": 2, "low": 1, "info": 0}
    order = [f["id"] for f in data["findings"]]
    assert [ranks[f["severity"]] for f in data["findings"]] == sorted((ranks[f["severity"]] for f in data["findings"]),
                                                                      reverse=True)
    listing = run_ok("review", "--list", "--corpus", bridge).stdout.splitlines()[2:]
    assert [line.split()[0] for line in listing] == order
    walk = run_ok("review", "--corpus", bridge, input="s\n" * len(order)).stdout
    walked = [line.split()[1] for line in walk.splitlines() if line.startswith("[") and line[1].isdigit()]
    assert walked == [i for i in order if i in walked] and walked
