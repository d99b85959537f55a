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
    assert result.output.rstrip().endswith("2 claims from 1 articles")


def test_pair_explains_its_judgement(runner, embedder):
    result = runner.invoke(cli, ["pair", "US tariffs on Chinese imports reached 145 percent.",
                                 "US tariffs on Chinese imports could rise to 155 percent."])
    assert result.exit_code == 0, result.output
    assert "contradiction: no" in result.output and "145 percent" in result.output


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
    assert "numbers differ: $40 million vs $55 million" in markdown
    assert '"schema": "crosscheck.report/1"' in js.read_text()
