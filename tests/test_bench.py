"""Smoke test: `make bench` runs end to end on a tiny data folder of the same layout."""
import json
import shutil

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


def test_bench_runs_on_a_folder_of_the_same_layout(tmp_path, monkeypatch):
    write_data(tmp_path)
    write_attribution_data(tmp_path)
    from benchmarks import planted

    # one of the repository's planted sets, not all eight (`python -m benchmarks.planted` runs them all)
    shutil.copytree(planted.PLANTED_SETS / "planted11", tmp_path / "planted" / "planted11")
    monkeypatch.setattr(planted, "PLANTED_SETS", tmp_path / "planted")
    result = CliRunner().invoke(main, ["--data", str(tmp_path), "--out", str(tmp_path / "out"), "--sizes", "5",
                                       "--no-backends"])
    assert result.exit_code == 0, result.output
    assert "plain cosine" in result.output and "Speed by stage" in result.output
    written = json.loads((tmp_path / "out" / "results.json").read_text())
    assert written["quality"]["sick"]["split"] == "trial" and written["speed"]["runs"][0]["articles"] == 5
    assert 0 <= written["quality"]["msrp"]["crosscheck"]["f1"] <= 1
    assert "PolNeAR voice accuracy, speech cues" in result.output and "last version (none stored)" in result.output
    assert [row[0] for row in written["planted_sets"]] == ["planted11"]
    polnear, readouts = written["attribution"]["polnear"], written["attribution"]["readouts"]
    assert polnear["articles"] == 1 and polnear["all"]["attributions"] == 3 and 0 <= polnear["all"]["covered"] <= 3
    assert [row["side"] for row in readouts["readouts"]] == ["russia", "us"]
    assert (tmp_path / "out" / "attribution.json").exists() and (tmp_path / "out" / "attribution_errors.txt").exists()


ARTICLE = ("Council approves the city budget.\n\n"
           "Mayor Ana Lopez said the council approved the budget on Monday after a long debate.\n\n"
           "\u201cIt is a good day for the city and its schools,\u201d she said.\n\n"
           "The budget grows by four percent, according to the finance office.\n")
ATTRIBUTIONS = [  # (source, cue, content) as written in ARTICLE; a source of None: no source annotated
    ("Mayor Ana Lopez", "said", "the council approved the budget on Monday after a long debate"),
    ("she", "said", "\u201cIt is a good day for the city and its schools,\u201d"),
    ("the finance office", "according to", "The budget grows by four percent"),
]
READOUTS = {
    "white_house.txt": ("White House", "The President spoke today with the President of Ostrovia about trade. "
                        "The two leaders agreed to keep talking about tariffs and ports."),
    "kremlin.txt": ("Kremlin", "The President of Russia had a telephone conversation with the American leader. "
                    "The two sides discussed trade and the situation in the region at length."),
}


def brat(text):
    """ATTRIBUTIONS as brat standoff lines over `text`."""
    lines, t = [], 0
    for n, (source, cue, content) in enumerate(ATTRIBUTIONS, 1):
        roles, paragraph = [], text.rfind("\n", 0, text.index(content)) + 1
        for role, words in (("Source", source), ("Cue", cue), ("Content", content)):
            start = text.index(words, paragraph)
            t += 1
            lines.append(f"T{t}\t{role} {start} {start + len(words)}\t{words}")
            roles.append(f"{role}:T{t}")
        lines.append(f"E{n}\tAttribution:T{t} " + " ".join(roles))
    return "\n".join(lines) + "\n"


def write_attribution_data(root):
    """A PolNeAR-shaped folder with two articles (the first of every ten is the tuning part, so one is
    held out) and a readouts folder with one call of two sides."""
    polnear = root / "polnear"
    (polnear / "text").mkdir(parents=True)
    (polnear / "attributions").mkdir()
    metadata = "compartment\tfilename\tlevel\tannotators\tpublisher\tpublication_date\tauthor\ttitle\n"
    for day, headline in ((3, "Council debates the city budget."), (4, "Council approves the city budget.")):
        stem, text = f"nyt_2016-01-0{day}_council-budget", ARTICLE.replace(ARTICLE.split("\n")[0], headline)
        (polnear / "text" / f"{stem}.txt").write_text(text, encoding="utf-8")
        (polnear / "attributions" / f"{stem}_ab12.ann").write_text(brat(text), encoding="utf-8")
        metadata += f"train\t{stem}\t1\tab12\tnyt\t2016-01-0{day}\tA. Writer\t{headline}\n"
    (polnear / "metadata.tsv").write_text(metadata, encoding="utf-8")
    call = root / "readouts" / "2020-01-01_leaders-call"
    call.mkdir(parents=True)
    for name, (outlet, body) in READOUTS.items():
        (call / name).write_text(f"---\noutlet: {outlet}\ntitle: Call\ndate: 2020-01-01\n---\n{body}\n", encoding="utf-8")
    gold = [{"occasion": call.name, "sides": {"us": "white_house.txt", "russia": "kremlin.txt"}}]
    (root / "readouts" / "gold.json").write_text(json.dumps(gold), encoding="utf-8")


def test_names_are_compared_as_word_sets():
    from benchmarks.attribution import is_speech, same_name

    assert same_name("Hillary Clinton", "Mrs. Clinton") and same_name("Clinton", "Hillary Rodham Clinton’s")
    assert not same_name("Donald Trump", "Hillary Clinton") and not same_name("U.", "U.S. officials")
    assert not same_name("he", "he") and not same_name("", "Clinton")
    assert is_speech("according to") and is_speech("told reporters") and not is_speech("believes")


def test_brat_attributions_with_discontinuous_spans():
    from benchmarks.attribution import parse_ann

    text = "Trump, in a speech, said that taxes will fall next year."
    ann = ("T1\tSource 0 5\tTrump\nT2\tCue 20 24\tsaid\nT3\tContent 25 40;41 55\tthat taxes will fall next year.\n"
           "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n#1\tAnnotatorNotes T1\ta note\n")
    (found,) = parse_ann(ann, text)
    assert found.has_source and found.source_text == "Trump" and found.cue_text == "said"
    assert found.content == ((25, 40), (41, 55))


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


def test_a_source_is_named_by_the_name_that_ends_its_noun_phrase():
    from benchmarks.attribution import _head

    assert _head([(22, 33, "PERSON", "Jeff Weaver")], "His campaign manager, Jeff Weaver,", 0) == "Jeff Weaver"
    cruz = [(5, 13, "PERSON", "Ted Cruz"), (17, 22, "GPE", "Texas")]
    assert _head(cruz, "Sen. Ted Cruz of Texas, now a contender", 0) == "Ted Cruz"
    others = [(6, 16, "NORP", "Republican"), (39, 52, "PERSON", "Carly Fiorina")]
    assert _head(others, "Other Republican candidates, including Carly Fiorina", 0) == "Other Republican candidates"


def test_a_busier_corpus_moves_every_date_towards_the_first_story(tmp_path):
    from benchmarks.events import at_level, write_corpus

    def story(id, day, link=""):
        article = {"newsSource": "Wire (Online)", "newsTitle": "T", "newsLink": link, "newBody": ["Text."]}
        return {"id": id, "issue": "I", "date": f"{day}T10:00:00", "news": {"center": article}}

    stories = [story(0, "2021-04-01"), story(2, "2021-04-11"), story(4, "2021-04-20", "https://x.com/2021/04/21/a")]
    written = write_corpus(stories, tmp_path / "busy", busier=2)
    dates = [path.read_text().split("date: ")[1][:10] for path in sorted((tmp_path / "busy").glob("*.txt"))]
    assert dates == ["2021-04-01", "2021-04-06", "2021-04-11"]
    assert sorted(written.story_of.values()) == [0, 2, 4]
    assert at_level(0, "tune", "x2") and not at_level(2, "tune", "x2") and at_level(2, "report", "all")


def test_readout_omissions_flagged_are_counted_against_the_gold_and_the_labels():
    from benchmarks.findings import TUNING_CALLS, flagged_shares

    flagged = [{"story": TUNING_CALLS[0], "gold": ["INF"], "correct": True},
               {"story": TUNING_CALLS[0], "gold": [], "correct": False},
               {"story": "2025-03-19_call", "gold": [], "correct": True},
               {"story": "2025-03-19_call", "gold": [], "correct": None}]
    shares = flagged_shares(flagged)
    assert shares["all"] == {"flagged": 4, "in_gold": 1, "correct": 2, "unlabelled": 1}
    assert shares["tuning"]["flagged"] == 2 and shares["report"]["unlabelled"] == 1


def test_a_pairs_file_of_another_writer_is_read_with_the_same_split(tmp_path):
    """`python -m benchmarks.pairs --pairs FILE`: a fresh set in pairs.tsv's format, even line numbers tuned on."""
    from benchmarks.pairs import read_pairs

    path = tmp_path / "pairs.tsv"
    path.write_text("label\tkind\ta\tb\tsource\twhy\n"
                    "contra\tcount\tNine died.\tTwelve died.\tmade up\ta count\n"
                    "same\tcount\tNine died.\tNine people died.\tmade up\tthe same count\n", encoding="utf-8")
    first, second = read_pairs(path)
    assert (first.line, first.label, first.split) == (2, "contra", "tune")
    assert (second.line, second.label, second.split) == (3, "same", "held-out")
