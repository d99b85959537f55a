"""Smoke test: `make bench` runs end to end on a tiny data folder of the same layout."""
import json

from click.testing import CliRunner

from benchmarks.__main__ import main

PAIRS = [
    ("The council approved the budget on Monday.", "On Monday the council passed the budget.", "1", "ENTAILMENT", "4.6"),
    ("The council approved the budget on Monday.", "The council did not approve the budget on Monday.", "0",
     "CONTRADICTION", "3.1"),
    ("Shares fell 3% in early trading.", "Shares dropped 3% early in the session.", "1", "ENTAILMENT", "4.4"),
    ("Shares fell 3% in early trading.", "The river flooded three streets overnight.", "0", "NEUTRAL", "0.2"),
    ("A man is playing a guitar.", "Nobody is playing a guitar.", "0", "CONTRADICTION", "3.0"),
    ("A man is playing a guitar.", "A man plays the guitar.", "1", "ENTAILMENT", "4.8"),
]


def write_data(root):
    for folder in ("msrp", "sick", "sts"):
        (root / folder).mkdir()
    msrp = "\ufeffQuality\t#1 ID\t#2 ID\t#1 String\t#2 String\n" + "".join(
        f"{label}\t{n}\t{n + 100}\t{a}\t{b}\n" for n, (a, b, label, _, _) in enumerate(PAIRS))
    for split in ("train", "val"):
        (root / "msrp" / f"msr-para-{split}.tsv").write_text(msrp, encoding="utf-8")
    sick = "pair_ID\tsentence_A\tsentence_B\trelatedness_score\tentailment_judgment\n" + "".join(
        f"{n}\t{a}\t{b}\t{score}\t{judgment}\n" for n, (a, b, _, judgment, score) in enumerate(PAIRS))
    for split in ("train", "trial"):
        (root / "sick" / f"SICK_{split}.txt").write_text(sick, encoding="utf-8")
    sts = "".join(f"{score}\t{a}\t{b}\n" for a, b, _, _, score in PAIRS) + "\tunscored\tpair\n"
    for name in ("2013.headlines", "2014.headlines", "2015.headlines", "2014.deft-news"):
        (root / "sts" / f"{name}.tsv").write_text(sts, encoding="utf-8")


def test_bench_runs_on_a_folder_of_the_same_layout(tmp_path):
    write_data(tmp_path)
    result = CliRunner().invoke(main, ["--data", str(tmp_path), "--out", str(tmp_path / "out"), "--sizes", "5",
                                       "--no-backends"])
    assert result.exit_code == 0, result.output
    assert "plain cosine" in result.output and "Speed by stage" in result.output
    written = json.loads((tmp_path / "out" / "results.json").read_text())
    assert written["quality"]["sick"]["split"] == "trial" and written["speed"]["runs"][0]["articles"] == 5
    assert 0 <= written["quality"]["msrp"]["crosscheck"]["f1"] <= 1


def test_bench_compares_the_embedding_backends(tmp_path):
    """Quality of torch, ONNX float32 and int8 side by side (the speed part runs in `make bench` only)."""
    write_data(tmp_path)
    result = CliRunner().invoke(main, ["--data", str(tmp_path), "--out", str(tmp_path / "out"), "--no-speed",
                                       "--no-attribution"])
    assert result.exit_code == 0, result.output
    assert "Embedding backends: quality" in result.output
    compared = json.loads((tmp_path / "out" / "results.json").read_text())["backends"]["quality"]
    assert list(compared) == ["torch", "onnx", "onnx-int8"] and compared["torch"]["variant"] == "torch"
    assert compared["onnx"]["cosine_to_torch"]["min"] > 0.9999 and compared["onnx-int8"]["cosine_to_torch"]["min"] > 0.95
    assert compared["torch"]["equal_to_torch"] and compared["torch"]["pairs"]["msrp/validation"] == len(PAIRS)
