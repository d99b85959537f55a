"""How well articles are grouped into events, on the AllSides story set (`allsides/stories.jsonl`).

Each AllSides story is one occasion told by up to three outlets; its id is the answer key. The set is
written out as a corpus folder (one article per file, front matter: outlet, title, date from the link
when it holds one, else the story's date) in a temporary folder, never in the repository.

Splits: stories with (id / 2) even are the **tune** split (event settings in config.py were chosen on
it), stories with (id / 2) odd the **report** split (figures in the README). Story ids are all even, so
halving them first gives two interleaved halves of about 126 stories each, over the same months.

Busyness: the same months told by more stories make a busier news day. Each split is run at five
levels: 1/4 (the split's stories with (id / 4) even: a quarter of all stories), 1/2 (the whole split),
x2 and x4 (the whole split with every date moved halfway, or three quarters of the way, towards its
first story's date: the same stories in a half or a quarter of the months, each day twice or four
times as busy) and all (every story run together, the other split's stories as unscored neighbours). Figures are always those of the split's own articles; an event
counts as mixing when its articles, scored or not, come from more than one story. The tune sweeps
use the tune split at 1/4, 1/2, x2 and x4 only, so no report-split article is ever seen while choosing
settings: at "all" both splits' articles are clustered together, so the two splits' figures there
come from one clustering and "all" is never tuned on.

The key's doing: a few AllSides stories file an article under one story that reports another story's
happening (a round-up's piece on the remarks another story covers). Such articles are judged in
benchmarks/labels/event_key.toml; events that mix stories only through them, and findings across
stories only through them, are counted beside the raw figures, never instead of them. Split stories
that are AllSides "Perspectives" round-ups (opinion pieces of several days, often on different
happenings) are counted beside the split stories too, and so are the split stories the key files as
one though their articles tell several occasions (`[[occasions]]` in event_key.toml: pieces of other
days that report no happening in common), where each judged occasion lies in one event.

`--mixes` lists each event of the tune split at 1/4 and 1/2 that mixes the occasions two judges labelled
(`occasion_mixes`), member by member: occasion, date, title, lede, closeness, happenings in common.

`--splits` lists each occasion the judges labelled and each story of the tune split at 1/4, 1/2 and all that lies
in two events or more (`occasion_splits`), counted by cause (`split_causes`), member by member.

`--diagnose` reads why events go wrong on the tune split at 1/4, 1/2, x2, x4, x8 and all: each single article's
join of a group, within or across stories, with the signals a rule for it could read (`lone_joins`),
each split story's cause (`split_causes`), and each article set apart: its story, its rival, and what
keeping it in its event would give (`set_apart_rivals`, `kept_figures`).
"""
from __future__ import annotations

import functools
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

STORIES = Path("allsides") / "stories.jsonl"
SPLITS = ("tune", "report")
LEVELS = ("1/4", "1/2", "x2", "x4", "all")
_BUSIER = {"x2": 2, "x4": 4, "x8": 8}  # level -> how many times busier its days are made (x8: --diagnose only)
LABELS = Path(__file__).resolve().parent / "labels"
KEY_LABELS = LABELS / "event_key.toml"
# Each judge's labels of the occasions each article tells, one file per split (`judged_occasions`).
OCCASION_JUDGES = tuple(tuple(LABELS / f"event_occasions_{split}_{judge}.jsonl" for split in SPLITS)
                        for judge in ("editor", "factchecker"))
_NOTHING_SET_APART = -10.0  # an event_unsure_margin no dated article misses
_LINK_DATE = re.compile(r"/(20\d\d)[/-](\d\d?)[/-](\d\d?)(?:/|-|$)")
_PARENTHESIS = re.compile(r"\s*\([^)]*\)\s*$")


@dataclass(frozen=True)
class Written:
    """A corpus folder written from the story set: which story each file tells."""

    folder: Path
    story_of: dict[str, int]  # file path -> story id
    issue: dict[int, str]  # story id -> AllSides' headline
    day: dict[int, str]  # story id -> the story's date
    side: dict[str, str] = field(default_factory=dict)  # file path -> its AllSides side (left, center, right)


def split_of(story_id: int) -> str:
    return "tune" if (story_id // 2) % 2 == 0 else "report"


def at_level(story_id: int, split: str, level: str) -> bool:
    """Whether a story is run when `split` is measured at busyness `level` (1/4, 1/2 or all)."""
    if level == "all":
        return True
    return split_of(story_id) == split and (level != "1/4" or (story_id // 4) % 2 == 0)


def read_stories(data: Path) -> list[dict]:
    with open(data / STORIES, encoding="utf-8") as stream:
        return [json.loads(line) for line in stream if line.strip()]


def link_date(link: str) -> str | None:
    """The date in an article's URL (".../2021/10/18/..." or "...-2021-10-18/"), ISO, or None."""
    found = _LINK_DATE.search(link or "")
    if not found:
        return None
    year, month, day = (int(part) for part in found.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def write_corpus(stories: list[dict], folder: Path, *, split: str | None = None, undated_without_link: bool = False,
                 copies: int = 1, busier: int = 1) -> Written:
    """Write the stories' articles into `folder`, one file each, named by a running number only.

    Args:
        split: "tune" or "report" to keep one split; None keeps every story.
        undated_without_link: leave the date out where the link holds none (an analyst's folder where
            the date is not known), instead of using the story's date.
        copies: write the set this many times; copy k is moved k * 30 weeks later and every sentence
            is marked with its copy, so copies are new stories and nothing is served from a cache
            (the speed benchmark's many-event corpus).
        busier: move every date this many times closer to the first story's date, so each day holds
            this many times the stories (a busier news day made of the same stories).
    """
    from datetime import date, timedelta

    folder.mkdir(parents=True, exist_ok=True)
    first = min((date.fromisoformat(story["date"][:10]) for story in stories), default=None)
    story_of, issue, day, sides = {}, {}, {}, {}
    number = 0
    for copy in range(copies):
        for story in stories:
            if split and split_of(story["id"]) != split:
                continue
            key = story["id"] + copy * 1_000_000
            issue[key], day[key] = story["issue"], story["date"][:10]
            for side in ("left", "center", "right"):
                article = story["news"].get(side)
                if not article or not article.get("newBody"):
                    continue
                published = link_date(article.get("newsLink", ""))
                if published is None and not undated_without_link:
                    published = story["date"][:10]
                if published and busier > 1:
                    published = (first + (date.fromisoformat(published) - first) // busier).isoformat()
                if published and copy:
                    published = (date.fromisoformat(published) + timedelta(weeks=30 * copy)).isoformat()
                body = [_marked(p, copy) for p in article["newBody"]]
                path = folder / f"{number:05d}.txt"
                path.write_text(_article_text(article, published, body), encoding="utf-8")
                story_of[str(path)] = key
                sides[str(path)] = side
                number += 1
    return Written(folder, story_of, issue, day, sides)


def key_judgements(path: Path = KEY_LABELS) -> dict[tuple[int, str], int]:
    """(story id, side) -> the story whose happening that article reports (labels/event_key.toml)."""
    import tomllib

    if not path.is_file():
        return {}
    with open(path, "rb") as stream:
        return {(entry["story"], entry["side"]): entry["happening"] for entry in tomllib.load(stream).get("reports", [])}


def key_occasions(path: Path = KEY_LABELS) -> dict[tuple[int, str], int]:
    """(story id, side) -> which of its story's occasions that article tells, for the stories the key
    files as one though their articles tell several occasions (labels/event_key.toml, `[[occasions]]`)."""
    import tomllib

    if not path.is_file():
        return {}
    with open(path, "rb") as stream:
        entries = tomllib.load(stream).get("occasions", [])
    return {(entry["story"], side): n for entry in entries for n, sides in enumerate(entry["groups"]) for side in sides}


def occasion_of(written: Written, judged: dict[tuple[int, str], int]) -> dict[str, tuple[int, int]]:
    """File path -> (its story, which of the story's judged occasions it tells: 0 where none is judged)."""
    return {path: (story, judged.get((story % 1_000_000, written.side.get(path, "")), 0))
            for path, story in written.story_of.items()}


def happening_of(written: Written, judged: dict[tuple[int, str], int]) -> dict[str, int]:
    """File path -> the story whose happening it reports: its own, or the one judged (`key_judgements`)."""
    return _judged_by_path(written, judged, lambda story: story)


def _judged_by_path(written: Written, judged: dict, default) -> dict:
    """File path -> what `judged` says of its article ((story id, side) -> ...), else `default(story)`."""
    return {path: judged.get((story % 1_000_000, written.side.get(path, "")), default(story))
            for path, story in written.story_of.items()}


@functools.cache  # read for every run of the benchmark's levels
def judged_occasions(judges=OCCASION_JUDGES) -> dict[tuple[int, str], tuple[int, int]]:
    """(story id, side) -> (story, occasion number): the occasion each article tells, as two judges
    labelled it from the texts alone (labels/event_occasions_SPLIT_JUDGE.jsonl), for the stories
    every judge labelled.

    The story id is the default: two articles of a story tell two occasions only when both judges part
    them, and an article's occasion is another story's when both judges name that story (its group
    is then that story's largest occasion: two stories each named for the other's are one occasion).
    """
    labels = [{entry["story"]: entry for path in files if path.is_file()
               for entry in map(json.loads, path.read_text().splitlines()) if entry} for files in judges]
    if not all(labels):
        return {}
    groups_of = {story: _joined_groups([judge[story]["groups"] for judge in labels])
                 for story in set.intersection(*(set(judge) for judge in labels))}
    occasion = {(story, side): (story, number) for story, groups in groups_of.items()
                for number, group in enumerate(groups) for side in group}
    joined: dict[tuple[int, int], tuple[int, int]] = {}  # an occasion -> the one it is (a union-find forest)

    def one(node):
        while node in joined:
            node = joined[node]
        return node

    for story in groups_of:
        named = [judge[story].get("reports", {}) for judge in labels]
        for side, other in named[0].items():
            if all(found.get(side) == other for found in named[1:]) and one(occasion[(story, side)]) != one((other, 0)):
                joined[one(occasion[(story, side)])] = one((other, 0))  # groups are listed largest first
    return {article: one(node) for article, node in occasion.items()}


def _joined_groups(partitions: list[list[list[str]]]) -> list[list[str]]:
    """The sides' groups where two sides stay together if any judge put them together, largest first."""
    together: dict[str, set[str]] = {}
    for groups in partitions:
        for group in groups:
            merged = set(group).union(*(together.get(side, set()) for side in group))
            for side in merged:
                together[side] = merged
    unique = {frozenset(group) for group in together.values()}
    return sorted((sorted(group) for group in unique), key=lambda group: (-len(group), group))


def occasion_labels(written: Written, judged: dict[tuple[int, str], tuple[int, int]]) -> dict[str, tuple[int, int]]:
    """File path -> the occasion its article tells (`judged_occasions`), else (its story, 0)."""
    return _judged_by_path(written, judged, lambda story: (story % 1_000_000, 0))


def _marked(paragraph: str, copy: int) -> str:
    paragraph = " ".join(paragraph.split())
    return re.sub(r"\.(\s|$)", lambda m: f" (edition {copy}).{m.group(1)}", paragraph) if copy else paragraph


def _article_text(article: dict, published: str | None, body: list[str]) -> str:
    title = " ".join(article["newsTitle"].split()).replace('"', "'")
    head = ["---", f"outlet: {_PARENTHESIS.sub('', article['newsSource'])}", f"title: {title}"]
    head += [f"date: {published}"] if published else []
    head += [f"url: {article['newsLink']}"] if article.get("newsLink") else []
    return "\n".join(head + ["---", ""]) + "\n\n".join(body) + "\n"


def score(story_of_article: dict[str, int], event_of_article: dict[str, str], scored=None,
          happening: dict[str, int] | None = None, occasions: dict[str, tuple[int, int]] | None = None) -> dict:
    """Events against story ids: ARI, stories kept whole, events that mix stories (with counts).

    `scored`: the articles the figures are about (default all); the others only count for whether
    an event holding a scored article mixes stories. `happening`: article -> the story whose
    happening it reports (`happening_of`); events that mix stories but not happenings are counted
    as the key's doing (`mixed_key`). `occasions`: article -> (story, occasion) (`occasion_of`); a
    split story each of whose judged occasions lies in one event is split by the key's doing
    (`split_key`): the key files several occasions as one story.
    """
    from sklearn.metrics import adjusted_rand_score

    keys = sorted(story_of_article if scored is None else scored)
    stories = [story_of_article[k] for k in keys]
    number = {story: n for n, story in enumerate(sorted(set(stories)))}  # a key may be a pair (an occasion)
    events = [event_of_article[k] for k in keys]
    events_of_story, members_of_event = defaultdict(set), defaultdict(set)
    for story, event in zip(stories, events):
        events_of_story[story].add(event)
    for key, event in event_of_article.items():
        if key in story_of_article:
            members_of_event[event].add(story_of_article[key])
    stories_of_event = {event: members_of_event[event] for event in set(events)}
    multi = [s for s in events_of_story if Counter(stories)[s] >= 2]
    whole = [s for s in multi if len(events_of_story[s]) == 1]
    mixed = [e for e, members in stories_of_event.items() if len(members) > 1]
    happenings_of_event = defaultdict(set)
    for key, event in event_of_article.items():
        if key in story_of_article:
            happenings_of_event[event].add((happening or {}).get(key, story_of_article[key]))
    mixed_key = [e for e in mixed if len(happenings_of_event[e]) == 1]
    events_of_occasion = defaultdict(set)
    for key, event in zip(keys, events):
        events_of_occasion[(occasions or {}).get(key, (story_of_article[key], 0))].add(event)
    split = sorted(s for s in multi if len(events_of_story[s]) > 1)
    split_key = [s for s in split if all(len(found) == 1 for (story, _), found in events_of_occasion.items()
                                         if story == s)]
    return {"articles": len(keys), "stories": len(events_of_story), "events": len(stories_of_event),
            "ari": adjusted_rand_score([number[s] for s in stories], events),
            "stories_with_2plus_articles": len(multi), "stories_kept_whole": len(whole),
            "kept_whole_share": len(whole) / max(len(multi), 1),
            "mixed_events": len(mixed), "mixed_share": len(mixed) / max(len(stories_of_event), 1),
            "mixed_key": len(mixed_key), "split_key": len(split_key), "split_key_stories": split_key,
            "split_stories": split,
            "mixed": sorted(sorted(stories_of_event[e]) for e in mixed)}


def roundups(result: dict, written: Written) -> int:
    """How many of the split stories are AllSides "Perspectives" round-ups."""
    return sum(written.issue[story].startswith("Perspectives") for story in result["split_stories"])


def hard_cases(result: dict, written: Written, limit: int = 8) -> list[str]:
    """Lines naming the stories that merged (with their dates) and the stories split apart."""
    lines = []
    for members in result["mixed"][:limit]:
        lines.append("merged: " + " | ".join(f"{written.day[s]} {written.issue[s][:60]}" for s in members))
    for story in result["split_stories"][:limit]:
        lines.append(f"split:  {written.day[story]} {written.issue[story][:60]}")
    return lines


def evaluate(data: Path, workdir: Path, embedder, settings, *, split: str, level: str = "1/2",
             undated_without_link: bool = False, cache=None) -> tuple[dict, Written]:
    """Run the pipeline on one split at one level of busyness and score its articles' events."""
    from crosscheck.pipeline import run

    stories = [s for s in read_stories(data) if at_level(s["id"], split, level)]
    written = write_corpus(stories, workdir, undated_without_link=undated_without_link, busier=_BUSIER.get(level, 1))
    corpus, _ = run([workdir], settings, embedder, cache)
    by_id = {a.id: a.path for a in corpus.articles}
    event_of = {by_id[aid]: event.id for event in corpus.clustering.events for aid in event.article_ids}
    story_of = {path: story for path, story in written.story_of.items() if path in event_of}
    own = [path for path, story in story_of.items() if split_of(story) == split]
    happening = happening_of(written, key_judgements())
    result = score(story_of, event_of, own, happening, occasion_of(written, key_occasions()))
    result["split_roundups"] = roundups(result, written)
    result["set_apart"] = sum(len(event.unsure) for event in corpus.clustering.events
                              if any(by_id[a] in story_of for a in event.article_ids))
    story_by_id = {aid: story_of.get(path) for aid, path in by_id.items()}
    happening_by_id = {aid: happening.get(path) for aid, path in by_id.items()}
    scored = {a for a, story in story_by_id.items() if story is not None and split_of(story) == split}
    result.update(findings_across(corpus, story_by_id, scored, happening_by_id))
    judged = judged_occasions()
    if any(split_of(story) == split for story, _ in judged):
        occasion = occasion_labels(written, judged)
        result["by_occasion"] = score({path: occasion[path] for path in story_of}, event_of, own)
        result["by_occasion"].update(findings_across(corpus, {aid: occasion.get(path) for aid, path in by_id.items()},
                                                     scored))
    return result, written


def findings_across(corpus, story_of_article: dict[str, int | None], scored: set[str],
                    happening_of_article: dict[str, int | None] | None = None) -> dict:
    """Findings about `scored` articles whose evidence or absent sources lie in articles of more
    than one story.

    A finding's articles: those of its claims, and those of its event whose outlet, or one of whose
    claims' sides, it names absent. A finding counts when one of its articles is scored. Across
    stories but within one happening (`happening_of_article`, `happening_of`): the key's doing.
    """
    article_of = {c.id: c.article_id for c in corpus.claims}
    outlet = {a.id: a.outlet for a in corpus.articles}
    sides: dict[str, set] = defaultdict(set)
    for claim in corpus.claims:
        sides[claim.article_id].add(claim.side)
    event = {e.id: e for e in corpus.clustering.events}
    across = counted = key = 0
    for finding in corpus.findings:
        involved = {article_of[c] for c in finding.claim_ids if c in article_of}
        involved |= {a for a in event[finding.event_id].article_ids
                     if outlet[a] in finding.absent or sides[a] & set(finding.absent)}
        if not involved & scored:
            continue
        counted += 1
        spans = len({story_of_article.get(a) for a in involved}) > 1
        across += spans
        key += spans and len({(happening_of_article or story_of_article).get(a) for a in involved}) == 1
    return {"findings": counted, "findings_across": across, "findings_across_share": across / max(counted, 1),
            "findings_across_key": key}


ROW_HEADERS = ["split", "stories run", "dates", "articles", "stories", "events", "ARI", "stories whole",
               "split: round-ups", "split: key's doing", "events mixing", "mixing: key's doing", "set apart", "findings across stories",
               "across: key's doing"]


def row(split: str, level: str, dates: str, result: dict) -> list:
    return [split, level, dates, result["articles"], result["stories"], result["events"], f"{result['ari']:.3f}",
            _share(result, "kept_whole_share", "stories_kept_whole", "stories_with_2plus_articles"),
            result.get("split_roundups", ""), result.get("split_key", ""),
            _share(result, "mixed_share", "mixed_events", "events"), result.get("mixed_key", ""),
            result.get("set_apart", ""),
            _share(result, "findings_across_share", "findings_across", "findings") if "findings" in result else "",
            result.get("findings_across_key", "")]


def _share(result: dict, share: str, part: str, whole: str) -> str:
    return f"{result[share]:.3f} ({result[part]}/{result[whole]})"


def tune(data: Path, workdir: Path, embedder, settings, cache=None) -> list[tuple]:
    """Sweep the event settings on the tune split at 1/4 and 1/2 of the stories (dated), then with
    link-less articles undated.

    Returns rows (ARI, stories whole, events mixing, settings changed), best first; each figure is
    the worst of the two levels (the mean for ARI). Chosen: the highest ARI among the settings whose
    mixing stays <= 0.03 at both levels and whose stories whole stay >= 0.83, then the rest by ARI.
    The undated cost and margin are swept on the undated variant at 1/2 with the best dated
    settings, and chosen by the same rule. The cohesion ratio (`tune_cohesion`) is swept after.
    """
    import itertools

    import numpy as np

    settings = settings.replace(event_unsure_margin=_NOTHING_SET_APART)  # what groups first; `tune_margin` after
    levels = [_prepared(data, workdir / f"dated{i}", embedder, settings, cache, level=level,
                        undated_without_link=False) for i, level in enumerate(("1/4", "1/2"))]
    rows = []
    for weight, day_cost, threshold, bonus, penalty in itertools.product(
            (0.5, 0.6), (0.1, 0.13), np.round(np.arange(0.125, 0.26, 0.025), 3), (0.0, 0.03, 0.05, 0.08),
            (0.0, 0.03, 0.05, 0.08)):
        changed = {"event_word_weight": weight, "event_day_cost": day_cost, "event_similarity": float(threshold),
                   "event_stated_day_bonus": bonus, "event_stated_day_penalty": penalty}
        figures = [_figures(level, settings.replace(**changed)) for level in levels]
        rows.append((float(np.mean([f[0] for f in figures])), min(f[1] for f in figures),
                     max(f[2] for f in figures), changed))
    rows.sort(key=_preference)
    best = settings.replace(**rows[0][3])
    undated = _prepared(data, workdir / "undated", embedder, settings, cache, level="1/2", undated_without_link=True)
    undated_rows = []
    for cost, margin in itertools.product((0.1, 0.15, 0.2, 0.25, 0.3), (0.0, 0.025, 0.05, 0.1)):
        changed = {**rows[0][3], "event_undated_cost": cost, "event_undated_margin": margin}
        undated_rows.append((*_figures(undated, best.replace(**changed)), {**changed, "undated": True}))
    return rows + sorted(undated_rows, key=_preference)


def tune_cohesion(data: Path, workdir: Path, embedder, settings, cache=None,
                  ratios=(0.0, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)) -> list[dict]:
    """Sweep the share of a group's own cohesion that two groups need across (`event_cohesion_ratio`)
    on the tune split at 1/4, 1/2 and x2, nothing set apart. Chosen: among the ratios that keep ARI
    and stories whole at every level at least where ratio 0 (none) has them, the smallest that reaches
    the fewest events mixing at x2."""
    settings = settings.replace(event_unsure_margin=_NOTHING_SET_APART)
    levels = _prepared_levels(data, workdir / "cohesion", embedder, settings, cache, ("1/4", "1/2", "x2"))
    rows = []
    for ratio in ratios:
        row = {"ratio": ratio}
        row.update(_level_figures(levels, settings.replace(event_cohesion_ratio=ratio)))
        rows.append(row)
    return rows


def tune_margin(data: Path, workdir: Path, embedder, settings, cache=None,
                margins=(0.0, 0.025, 0.05, 0.075, 0.1, 0.125)) -> list[dict]:
    """Sweep the margin that sets an article apart on the tune split at 1/2, x2 and x4, and on x2
    through the whole pipeline for the findings across stories. Chosen by the tune sweep's rule: the
    highest mean ARI among the margins whose events mixing stays <= 0.03 and stories whole >= 0.83
    at every level (findings across stories beside, for what it costs them)."""
    levels = _prepared_levels(data, workdir / "margin", embedder, settings, cache, ("1/2", "x2", "x4"))
    rows = []
    for margin in margins:
        changed = settings.replace(event_unsure_margin=margin)
        row = {"margin": margin}
        row.update(_level_figures(levels, changed))
        result, _ = evaluate(data, workdir / f"margin{margin}", embedder, changed, split="tune", level="x2", cache=cache)
        row.update({"set apart x2": result["set_apart"], "across x2": f"{result['findings_across']}/{result['findings']}"})
        rows.append(row)
    return rows


def tune_neighbours(data: Path, workdir: Path, embedder, settings, cache=None,
                    choices=((2, 2, 3, 0.0), (1, 1, 3, 0.1), (2, 2, 3, 0.075), (2, 2, 3, 0.1), (2, 2, 3, 0.125),
                             (2, 2, 3, 0.15), (3, 3, 3, 0.1), (2, 2, 2, 0.1), (2, 2, 5, 0.1), (2, 2, 7, 0.1),
                             (2, 3, 3, 0.1), (2, 4, 3, 0.1), (2, 5, 3, 0.1), (2, 6, 3, 0.1), (2, 8, 3, 0.1))) -> list[dict]:
    """Sweep the closeness near neighbours gain (`event_neighbour_rank`, `event_common_neighbour_rank`,
    `event_neighbour_days`, `event_neighbour_bonus`; `events.neighbour_pairs`) on the tune split at 1/4,
    1/2, x2, x4 and x8. Chosen: the highest mean ARI among the choices that mix no more events than no
    bonus at any level (a share up by under 0.005: the same count over fewer events), the common rank
    in the middle of the ranks that do."""
    levels = _prepared_levels(data, workdir / "neighbours", embedder, settings, cache, ("1/4", "1/2", "x2", "x4", "x8"))
    rows = []
    for rank, common, days, bonus in choices:
        changed = settings.replace(event_neighbour_rank=rank, event_common_neighbour_rank=common,
                                   event_neighbour_days=days, event_neighbour_bonus=bonus)
        rows.append({"rank": rank, "common rank": common, "days": days, "bonus": bonus,
                     **_level_figures(levels, changed)})
    return rows


def tune_happening(data: Path, workdir: Path, embedder, settings, cache=None,
                   similarities=(0.4, 0.5, 0.6, 0.7)) -> list[dict]:
    """Sweep how alike two claims of one predicate must be to state one happening
    (`event_happening_similarity`) on the tune split at 1/2, x2 and x4: the events' figures, and among
    article pairs at most a week apart that reach `event_similarity`, the same-story and
    different-story pairs that state a happening in common."""
    import numpy as np

    from crosscheck.events import closeness_table
    from crosscheck.happenings import shared_happenings

    levels = _prepared_levels(data, workdir / "happening", embedder, settings, cache, ("1/2", "x2", "x4"))
    rows = []
    for similarity in similarities:
        changed = settings.replace(event_happening_similarity=similarity)
        row = {"similarity": similarity, **_level_figures(levels, changed)}
        for level, (written, articles, claims, vectors) in levels.items():
            close = closeness_table(articles, claims, vectors, changed) >= changed.event_similarity
            shared = (shared_happenings(articles, claims, vectors, changed).toarray() > 0) & close
            story = np.array([written.story_of[a.path] for a in articles])
            same = story[:, None] == story[None, :]
            upper = np.triu(np.ones_like(close), 1)
            row.update({f"pairs {level} same story": f"{(shared & same & upper).sum()}/{(close & same & upper).sum()}",
                        f"pairs {level} other story": f"{(shared & ~same & upper).sum()}/{(close & ~same & upper).sum()}"})
        rows.append(row)
    return rows


def _preference(row: tuple) -> tuple:
    ari, whole, mixed, _ = row
    return (not (whole >= 0.83 and mixed <= 0.03), -ari)


def _prepared_levels(data, folder, embedder, settings, cache, levels) -> dict:
    """The tune split prepared at each level (dated from links only), each in a folder of its own."""
    return {level: _prepared(data, folder.with_name(f"{folder.name}{i}"), embedder, settings, cache, level=level,
                             undated_without_link=False) for i, level in enumerate(levels)}


def _level_figures(levels: dict, settings) -> dict:
    """ARI, stories whole and events mixing at each prepared level, as a row's columns."""
    row = {}
    for level, prepared in levels.items():
        ari, whole, mixed = _figures(prepared, settings)
        row.update({f"ARI {level}": ari, f"whole {level}": whole, f"mixing {level}": mixed})
    return row


def _prepared(data, folder, embedder, settings, cache, *, level, undated_without_link):
    """The tune split's articles, claims and vectors at one level, computed once for many settings."""
    stories = [s for s in read_stories(data) if at_level(s["id"], "tune", level)]
    written = write_corpus(stories, folder, undated_without_link=undated_without_link, busier=_BUSIER.get(level, 1))
    return _prepared_corpus(written, embedder, settings, cache)


def _prepared_corpus(written: Written, embedder, settings, cache):
    """A written corpus read, its claims drawn and embedded: (written, articles, claims, vectors)."""
    from crosscheck.claims import extract_claims
    from crosscheck.embed import embed_texts
    from crosscheck.ingest import read_articles
    from crosscheck.voices import load_voicebook

    folder = written.folder
    articles = list(read_articles([folder], settings).articles)
    claims = extract_claims(articles, load_voicebook())
    vectors, _ = embed_texts([c.text for c in claims], embedder, settings, cache)
    return written, articles, claims, vectors


def _figures(prepared, settings) -> tuple[float, float, float]:
    from crosscheck.events import event_labels

    written, articles, claims, vectors = prepared
    labels = event_labels(articles, claims, vectors, settings)
    event_of = {a.path: str(label) for a, label in zip(articles, labels)}
    result = score({p: s for p, s in written.story_of.items() if p in event_of}, event_of)
    return result["ari"], result["kept_whole_share"], result["mixed_share"]


def lone_joins(prepared, settings) -> list[dict]:
    """Each single article's join of a group of articles (`events._cut_tree`) on a prepared corpus:
    whether the group tells another story (by the key: `happening_of`, `key_judgements`), whether the
    article shares a happening with the group, and how close its lede (its first claim) comes to any
    of the group's claims (cosine of their vectors): the signals a rule for a lone article could read."""
    from crosscheck.events import _cut_tree, occasion_tree
    from crosscheck.happenings import Happenings

    written, articles, claims, vectors = prepared
    happening = happening_of(written, key_judgements())  # the key read once, not once per article
    story = [happening[a.path] for a in articles]
    rows_of, index = defaultdict(list), {a.id: i for i, a in enumerate(articles)}
    for row, claim in enumerate(claims):
        rows_of[index[claim.article_id]].append(row)
    happenings = Happenings(articles, claims, vectors, settings)
    joins: list = []
    _cut_tree(occasion_tree(articles, claims, vectors, settings)[0], settings, happenings, joins)
    found = []
    for article, group in joins:
        lede = min(rows_of[article], key=lambda row: claims[row].line, default=None)
        theirs = [row for member in group for row in rows_of[member]]
        closest = float((vectors[theirs] @ vectors[lede]).max()) if lede is not None and theirs else 0.0
        found.append({"across": any(story[member] != story[article] for member in group),
                      "shares happening": happenings.shared([article], group), "lede": closest})
    return found


def lone_join_row(level: str, joins: list[dict], ledes=(0.3, 0.4, 0.5, 0.6)) -> dict:
    """How many lone-article joins stay within a story and how many cross, and what a rule keeping out
    joins without a happening in common whose lede comes under each of `ledes` would keep out of each."""
    within = [j for j in joins if not j["across"]]
    across = [j for j in joins if j["across"]]
    row = {"level": level, "joins within": len(within), "across": len(across),
           "across sharing a happening": sum(j["shares happening"] for j in across)}
    for lede in ledes:
        out = [sum(not j["shares happening"] and j["lede"] < lede for j in group) for group in (within, across)]
        row[f"kept out at lede < {lede}: within · across"] = f"{out[0]} · {out[1]}"
    return row


SPLIT_CAUSES = ("set apart", "days apart", "unlike", "happening rule", "cohesion rule", "linkage order")


def split_causes(prepared, settings, told: dict[str, object] | None = None) -> dict:
    """Why each split story is split, the first that applies (`SPLIT_CAUSES`): one of its articles set
    apart from an event that holds another of them (set apart, read first: a story of three whose
    third piece is days later and whose second was set apart is split by both, and read as days
    apart it hid what setting apart costs); two of its articles whose closeness misses
    `event_similarity` only by what their dates cost (days apart) or even without it (unlike: words
    and meaning); else the one rule without which it stays whole (the happening rule, the cohesion
    ratio); else the order complete linkage merged in (an article joined to another story's first).
    `told`: file path -> what its article tells, read in place of its story (`occasion_labels`: the judged
    occasions, so that split occasions are read by cause too)."""
    import numpy as np

    from crosscheck.events import _cut_tree, _date_costs, occasion_tree, set_apart
    from crosscheck.happenings import Happenings

    written, articles, claims, vectors = prepared
    told = written.story_of if told is None else told
    tree, closeness = occasion_tree(articles, claims, vectors, settings)
    happenings = Happenings(articles, claims, vectors, settings)

    def split_by(labels) -> set:
        event_of = {a.path: str(label) for a, label in zip(articles, labels)}
        return set(score({p: s for p, s in told.items() if p in event_of}, event_of)["split_stories"])

    cut = _cut_tree(tree, settings, happenings)
    labels, left = set_apart(articles, cut, closeness, settings, happenings)  # (set_apart works on a copy)
    split = split_by(labels)
    loose = _cut_tree(tree, settings.replace(event_cohesion_ratio=0.0), happenings)
    parted = {told[articles[i].path] for i, event in left.items()
              if any(told[articles[j].path] == told[articles[i].path]
                     for j in np.flatnonzero(labels == event))}  # set apart from a story-mate's event
    parted |= split - split_by(cut)  # whole before anything was set apart
    without = {"happening rule": split_by(set_apart(articles, _cut_tree(tree, settings), closeness, settings)[0]),
               "cohesion rule": split_by(set_apart(articles, loose, closeness, settings, happenings)[0])}
    undated_cost = closeness + _date_costs(articles, settings, claims)
    members = defaultdict(list)
    for i, article in enumerate(articles):
        members[told[article.path]].append(i)
    causes = {}
    for story in sorted(split):
        pairs = [(a, b) for a in members[story] for b in members[story] if a < b]
        if story in parted:
            causes[story] = "set apart"
        elif min(undated_cost[a, b] for a, b in pairs) < settings.event_similarity:
            causes[story] = "unlike"
        elif min(closeness[a, b] for a, b in pairs) < settings.event_similarity:
            causes[story] = "days apart"
        else:
            causes[story] = next((name for name, still in without.items() if story not in still), "linkage order")
    return causes


def split_cause_row(level: str, causes: dict[int, str], written: Written, keyed=frozenset()) -> dict:
    """Split stories by cause at one level, round-ups ("Perspectives") counted apart in brackets, and
    how many are split along occasions the key files as one story (`keyed`, `split_by_key`)."""
    row = {"level": level, "split": len(causes), "the key's doing": len(set(causes) & set(keyed))}
    for cause in SPLIT_CAUSES:
        stories = [s for s, c in causes.items() if c == cause]
        row[cause] = f"{len(stories)} ({sum(_issue(written, s).startswith('Perspectives') for s in stories)})"
    return row


def _issue(written: Written, told) -> str:
    """AllSides' headline of a story, or of an occasion's story ((story, occasion number))."""
    return written.issue.get(told[0] if isinstance(told, tuple) else told, "")


def split_by_key(prepared, settings) -> set[int]:
    """The split stories of a prepared corpus split along the occasions the key files as one story
    (`key_occasions`): the key's doing."""
    from crosscheck.events import event_labels

    written, articles, claims, vectors = prepared
    event_of = {a.path: str(label) for a, label in zip(articles, event_labels(articles, claims, vectors, settings))}
    story_of = {p: s for p, s in written.story_of.items() if p in event_of}
    return set(score(story_of, event_of, occasions=occasion_of(written, key_occasions()))["split_key_stories"])


def set_apart_rivals(prepared, settings, scored=None) -> list[dict]:
    """Each article set apart (`events.set_apart`) on a prepared corpus: whether it is of a story of the event it
    left (else an interloper of another story), and whether the rival event that made it look unclear (the
    other event whose least close member is closest to it) holds an article of its own story (an occasion
    already in two parts, where setting it apart splits its story further); whether its story has an event (the
    key tells: another of its articles in an event of two or more once the unclear are set apart), and whether
    keeping it in the event it left would make its story whole. `scored`: which story ids count (at "all",
    the split's own): an article set apart counts when it, or a member of the event it left, is of one."""
    import numpy as np

    from crosscheck.events import _cut_tree, occasion_tree, set_apart
    from crosscheck.happenings import Happenings

    written, articles, claims, vectors = prepared
    tree, closeness = occasion_tree(articles, claims, vectors, settings)
    happenings = Happenings(articles, claims, vectors, settings)
    cut = _cut_tree(tree, settings, happenings)
    labels, left = set_apart(articles, cut, closeness, settings, happenings)
    story = np.array([written.story_of[a.path] for a in articles])
    if scored is not None:
        counted = np.isin(story, list(scored))
        left = {i: event for i, event in left.items() if counted[i] or counted[cut == event].any()}
    return rivals_of(story, cut, closeness, left, labels)


def rivals_of(story, cut, closeness, left: dict[int, int], labels=None) -> list[dict]:
    """`set_apart_rivals` from each article's story, the events as cut (before anything is set apart), their
    closeness table and the articles set apart (index -> the event they left); with `labels`, the events once
    they are set apart, for whether the story has an event and whether keeping the article makes it whole."""
    import numpy as np

    found = []
    events, sizes = np.unique(cut), np.bincount(labels) if labels is not None else None
    for i, event in sorted(left.items()):
        others = [e for e in events if e != event]
        rival = max(others, key=lambda e: closeness[i, cut == e].min())
        members = (cut == event) & (np.arange(len(cut)) != i)
        row = {"own story": bool((story[members] == story[i]).any()),
               "rival of its story": bool((story[cut == rival] == story[i]).any())}
        if labels is not None:
            mates = np.flatnonzero((story == story[i]) & (np.arange(len(cut)) != i))
            row["story has an event"] = bool((sizes[labels[mates]] >= 2).any())
            row["whole if kept"] = bool(len(mates)) and bool((cut[mates] == event).all())
        found.append(row)
    return found


def set_apart_row(level: str, found: list[dict], kept: tuple | None = None) -> dict:
    """Articles set apart at one level (`set_apart_rivals`): of their event's story or interlopers, each with how
    many of them a rival event of their own story made look unclear; how many are of a story that has an event,
    how many keeping in their event would make their story whole, and with `kept` ((ARI, stories whole, events
    mixing) as set apart and with nothing set apart, `kept_figures`) what a rule keeping them all would give."""
    own = [f for f in found if f["own story"]]
    interlopers = [f for f in found if not f["own story"]]
    row = {"level": level, "set apart": len(found), "of the event's story": len(own),
           "its rival of its story too": sum(f["rival of its story"] for f in own),
           "interlopers": len(interlopers), "their rival of their story": sum(f["rival of its story"] for f in interlopers)}
    if found and "story has an event" in found[0]:
        row["story has an event"] = sum(f["story has an event"] for f in found)
        row["whole if kept"] = sum(f["whole if kept"] for f in found)
    if kept is not None:
        (ari, whole, mixed), (ari_kept, whole_kept, mixed_kept) = kept
        row["all kept: ARI · whole · mixing"] = f"{ari:.3f} → {ari_kept:.3f} · {whole} → {whole_kept} · {mixed} → {mixed_kept}"
    return row


def kept_figures(prepared, settings, scored=None) -> tuple:
    """(ARI, stories whole, events mixing) of a prepared corpus as grouped and with no dated article set apart
    (`event_unsure_margin` below any lead): what a rule keeping every unclear article in its event gives.
    `scored`: which story ids count (at "all", the split's own)."""
    figures = []
    for changed in (settings, settings.replace(event_unsure_margin=_NOTHING_SET_APART)):
        result = _scored(prepared, changed, scored)
        figures.append((result["ari"], result["stories_kept_whole"], result["mixed_events"]))
    return tuple(figures)


def _scored(prepared, settings, scored=None) -> dict:
    """`score` of a prepared corpus's events, figures of the articles of the `scored` stories (default all)."""
    from crosscheck.events import event_labels

    written, articles, claims, vectors = prepared
    event_of = {a.path: str(label) for a, label in zip(articles, event_labels(articles, claims, vectors, settings))}
    story_of = {p: s for p, s in written.story_of.items() if p in event_of}
    keys = None if scored is None else [p for p, s in story_of.items() if s in scored]
    return score(story_of, event_of, keys, happening_of(written, key_judgements()),
                 occasion_of(written, key_occasions()))


def occasion_mixes(prepared, settings, judged: dict[tuple[int, str], tuple[int, int]], scored=None) -> list[dict]:
    """Each event of a prepared corpus that mixes the occasions two judges labelled (`judged_occasions`, read
    as `evaluate` reads them: an article's story unless both judges part it), with what a rule could read of
    each member: its occasion, side, date and title, its lede, its closeness to each other member and whether
    it states a happening of another member's (`happenings.Happenings.shared`). `scored`: which story ids
    count (at "all", the split's own): an event counts when one of its members is of one."""
    import numpy as np

    from crosscheck.events import closeness_table, event_labels
    from crosscheck.happenings import Happenings

    written, articles, claims, vectors = prepared
    occasion = occasion_labels(written, judged)
    labels = event_labels(articles, claims, vectors, settings)
    closeness = closeness_table(articles, claims, vectors, settings)
    happenings = Happenings(articles, claims, vectors, settings)
    ledes = _ledes(claims)
    found = []
    for label in np.unique(labels):
        members = [int(i) for i in np.flatnonzero(labels == label)]
        if len({occasion[articles[i].path] for i in members}) < 2:
            continue
        if scored is not None and not any(written.story_of[articles[i].path] in scored for i in members):
            continue
        found.append({"members": [{
            "occasion": occasion[articles[i].path], "side": written.side.get(articles[i].path, ""),
            "date": articles[i].published, "title": articles[i].title, "lede": ledes.get(articles[i].id, ""),
            "closeness": {j: round(float(closeness[i, j]), 3) for j in members if j != i},
            "shares happening": {j: happenings.shared([i], [j]) for j in members if j != i}, "index": i}
            for i in members]})
    return found


def _ledes(claims) -> dict[str, str]:
    """Each article's lede: the text of its first claim (article id -> text)."""
    ledes = {}
    for claim in sorted(claims, key=lambda c: c.line):
        ledes.setdefault(claim.article_id, claim.text)
    return ledes


def occasion_splits(prepared, settings, judged: dict[tuple[int, str], tuple[int, int]], scored=None) -> list[dict]:
    """Each occasion the judges labelled (`judged_occasions`, read as `evaluate` reads them) and each story id of a
    prepared corpus that lies in two events or more, with its cause (`split_causes`) and what a rule could read of
    each member: its occasion, event, whether it was set apart, side, date, title and lede, its closeness to each
    other member with and without what their dates cost, and whether it states a happening of theirs
    (`happenings.Happenings.shared`). A split story whose judged occasions each lie in one event is marked as the
    judges' parting. `scored`: which story ids count (at "all", the split's own)."""
    from crosscheck.events import _date_costs, closeness_table, occasion_labels as grouped
    from crosscheck.happenings import Happenings

    written, articles, claims, vectors = prepared
    occasion = occasion_labels(written, judged)
    labels, left = grouped(articles, claims, vectors, settings)
    closeness = closeness_table(articles, claims, vectors, settings)
    undated = closeness + _date_costs(articles, settings, claims)
    happenings = Happenings(articles, claims, vectors, settings)
    ledes = _ledes(claims)
    counted = [i for i, a in enumerate(articles) if scored is None or written.story_of[a.path] in scored]

    def member(i: int, indices: list[int]) -> dict:
        others = [j for j in indices if j != i]
        return {"index": i, "occasion": occasion[articles[i].path], "event": int(labels[i]), "set apart": i in left,
                "side": written.side.get(articles[i].path, ""), "date": articles[i].published,
                "title": articles[i].title, "lede": ledes.get(articles[i].id, ""),
                "closeness": {j: round(float(closeness[i, j]), 3) for j in others},
                "before the days": {j: round(float(undated[i, j]), 3) for j in others},
                "shares happening": {j: happenings.shared([i], [j]) for j in others}}

    found = []
    for key, told in (("occasion", occasion), ("story", written.story_of)):
        causes = split_causes(prepared, settings, {a.path: told[a.path] for a in articles})
        members = defaultdict(list)
        for i in counted:
            members[told[articles[i].path]].append(i)
        for group, cause in causes.items():
            indices = members.get(group, [])
            if len({labels[i] for i in indices}) < 2:  # split only by articles that do not count
                continue
            parting = key == "story" and all(
                len({labels[j] for j in indices if occasion[articles[j].path] == occasion[articles[i].path]}) == 1
                for i in indices)
            found.append({"key": key, "group": group, "issue": _issue(written, group), "cause": cause,
                          "judges part": parting, "members": [member(i, indices) for i in indices]})
    return found


def splits_row(level: str, found: list[dict]) -> dict:
    """Split occasions and split stories by cause at one level (`occasion_splits`); the stories the judges part
    in brackets."""
    row = {"level": level}
    for key, name in (("occasion", "occasions"), ("story", "stories")):
        listed = [f for f in found if f["key"] == key]
        for cause in ("split", *SPLIT_CAUSES):
            of_cause = [f for f in listed if cause in ("split", f["cause"])]
            parted = f" ({sum(f['judges part'] for f in of_cause)})" if key == "story" else ""
            row[f"{name}: {cause}"] = f"{len(of_cause)}{parted}"
    return row


def diagnose(data: Path, workdir: Path, embedder, settings, cache=None) -> tuple[list[dict], list[dict], list[dict]]:
    """On the tune split at 1/4, 1/2, x2, x4, x8 (eight times as busy: more lone articles of another
    story to read than the four levels the benchmark measures give) and all (every story, the report split's as
    unscored neighbours): lone-article joins (`lone_join_row`; at all, every story's), split stories by cause
    (`split_cause_row`), with those split along the key's occasions (`split_by_key`), and the articles set apart
    with their rivals, their stories and what keeping them would give (`set_apart_row`)."""
    joins, causes, apart = [], [], []
    for i, level in enumerate(("1/4", "1/2", "x2", "x4", "x8", "all")):
        prepared = _prepared(data, workdir / f"diagnose{i}", embedder, settings, cache, level=level,
                             undated_without_link=False)
        scored = {s for s in prepared[0].story_of.values() if split_of(s) == "tune"} if level == "all" else None
        joins.append(lone_join_row(level, lone_joins(prepared, settings)))
        split = split_causes(prepared, settings)
        keyed = split_by_key(prepared, settings)
        if scored is not None:
            split, keyed = {s: c for s, c in split.items() if s in scored}, keyed & scored
        causes.append(split_cause_row(level, split, prepared[0], keyed))
        apart.append(set_apart_row(level, set_apart_rivals(prepared, settings, scored),
                                   kept_figures(prepared, settings, scored)))
    return joins, causes, apart


# (key, split, level, link-less articles undated)
RUNS = (("report 1/4", "report", "1/4", False), ("report 1/2", "report", "1/2", False),
        ("report x2", "report", "x2", False), ("report x4", "report", "x4", False), ("report all", "report", "all", False),
        ("report 1/2 undated", "report", "1/2", True), ("tune 1/4", "tune", "1/4", False),
        ("tune 1/2", "tune", "1/2", False), ("tune x2", "tune", "x2", False), ("tune x4", "tune", "x4", False),
        ("tune all", "tune", "all", False))


def measure(data: Path, embedder, settings, cache=None) -> dict:
    """Event figures of the report split and of the tune split (marked as tuned on) at each level of
    busyness, and of the report split with link-less articles undated at 1/2; hard cases of the
    report split."""
    import tempfile

    results = {}
    with tempfile.TemporaryDirectory() as folder:
        for key, split, level, undated in RUNS:
            result, written = evaluate(data, Path(folder) / key.replace(" ", "_").replace("/", "-"), embedder,
                                       settings, split=split, level=level, undated_without_link=undated,
                                       cache=cache)
            result["hard_cases"] = hard_cases(result, written)
            results[key] = result
    results["busyness"] = busyness(results)
    return results


def busyness(results: dict) -> dict:
    """How the report split's figures move from a quarter of the stories to all of them (also by the
    judged occasions, where judged)."""
    quarter, everything = results["report 1/4"], results["report all"]
    growth = {"mixed_growth": everything["mixed_share"] - quarter["mixed_share"],
              "ari_change": everything["ari"] - quarter["ari"]}
    if "by_occasion" in quarter and "by_occasion" in everything:
        growth["occasion_mixed_growth"] = everything["by_occasion"]["mixed_share"] - quarter["by_occasion"]["mixed_share"]
    return growth


OCCASION_HEADERS = ["split", "stories run", "articles", "occasions", "events", "ARI", "occasions whole", "events mixing",
                    "findings across occasions"]


def occasion_rows(results: dict) -> list[list]:
    """Each split's figures against the occasions two judges labelled (`judged_occasions`)."""
    rows = []
    for key, split, level, undated in RUNS:
        found = results.get(key, {}).get("by_occasion")
        if found and not undated:
            rows.append(["tune (tuned on)" if split == "tune" else split, level, found["articles"], found["stories"],
                         found["events"], f"{found['ari']:.3f}",
                         _share(found, "kept_whole_share", "stories_kept_whole", "stories_with_2plus_articles"),
                         _share(found, "mixed_share", "mixed_events", "events"),
                         _share(found, "findings_across_share", "findings_across", "findings")])
    return rows


def table_rows(results: dict) -> list[list]:
    rows = []
    for key, split, level, undated in RUNS:
        if key in results:
            name = "tune (tuned on)" if split == "tune" else split
            rows.append(row(name, level, "link date only" if undated else "story or link date", results[key]))
    return rows


def bench(data: Path, embedder, settings, cache, echo) -> dict | None:
    """`make bench`'s events section: the table, the report split's hard cases; None without the set."""
    if not (data / STORIES).is_file():
        echo(f"\nEvents: no {STORIES} under {data}; skipped")
        return None
    results = measure(data, embedder, settings, cache)
    _echo(results, echo)
    return results


def stage_speed(data: Path, embedder, settings, cache=None, *, copies: int = 3, rounds: int = 3,
                kept: Path | None = None) -> dict:
    """The events stage's time and peak memory on a many-event corpus: every story `copies` times
    (copy k moved 30k weeks later, each sentence marked, as the speed benchmark's corpus).

    Times, median of `rounds`: the grouping alone (`events.occasion_labels`) and the whole cluster
    stage (`cluster.cluster`: events with their labels, then each event's topics and claim groups,
    nothing kept from an earlier run). Peak: the most memory Python and NumPy held above what was
    held before (tracemalloc). `kept`: a file where the corpus read and embedded is kept, so two
    versions of the code are timed on the same claims and vectors.
    """
    import pickle
    import statistics
    import tempfile
    import time
    import tracemalloc

    from crosscheck.cluster import cluster
    from crosscheck.events import occasion_labels

    if kept is not None and kept.is_file():
        with open(kept, "rb") as stream:
            articles, claims, vectors = pickle.load(stream)
    else:
        with tempfile.TemporaryDirectory() as folder:
            stories = read_stories(data)
            written = write_corpus(stories, Path(folder), copies=copies)
            _, articles, claims, vectors = _prepared_corpus(written, embedder, settings, cache)
        if kept is not None:
            with open(kept, "wb") as stream:
                pickle.dump((articles, claims, vectors), stream)
    figures = {"articles": len(articles), "claims": len(claims)}
    for name, stage in (("grouping", lambda: occasion_labels(articles, claims, vectors, settings)),
                        ("cluster stage", lambda: cluster(articles, claims, vectors, settings))):
        seconds = []
        for _ in range(rounds):
            start = time.perf_counter()
            stage()
            seconds.append(time.perf_counter() - start)
        tracemalloc.start()
        stage()
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        figures[name] = {"seconds": statistics.median(seconds), "peak_mb": peak / 2**20}
    return figures


def _echo_splits(data: Path, workdir: Path, embedder, settings, cache, echo) -> None:
    """`--splits`: the tune split's split occasions and stories at 1/4, 1/2 and all (`occasion_splits`), counted
    by cause, then member by member."""
    from tabulate import tabulate

    rows, listed = [], []
    for i, level in enumerate(("1/4", "1/2", "all")):
        prepared = _prepared(data, workdir / f"splits{i}", embedder, settings, cache, level=level,
                             undated_without_link=False)
        scored = {s for s in prepared[0].story_of.values() if split_of(s) == "tune"}
        found = occasion_splits(prepared, settings, judged_occasions(), scored)
        rows.append(splits_row(level, found))
        listed += [(level, f) for f in found]
    echo("\nSplit occasions (the judges') and split stories (story ids; the judges part them: in brackets), tune "
         "split, by cause\n")
    echo(tabulate(rows, "keys"))
    for level, split in listed:
        parting = ", the judges part it" if split["judges part"] else ""
        echo(f"\n{level}: {split['key']} {split['group']} split ({split['cause']}{parting}): {split['issue'][:70]}")
        for m in split["members"]:
            echo(f"  [{m['index']}] {m['occasion']} event {m['event']}{' set apart' if m['set apart'] else ''} "
                 f"{m['side']} {m['date']} {m['title'][:90]}\n      lede: {m['lede'][:160]}\n      closeness "
                 f"{m['closeness']}; before the days {m['before the days']}; a happening in common "
                 f"{m['shares happening']}")


def _echo(results: dict, echo) -> None:
    from tabulate import tabulate

    echo("\nEvents on AllSides stories (answer key: story ids; settings tuned on the tune split only; "
         "stories run: 1/4, 1/2 or all of the stories run together, figures of the split's own articles)\n")
    echo(tabulate(table_rows(results), ROW_HEADERS))
    growth = results["busyness"]
    echo(f"Report split from 1/4 to all of the stories: events mixing {growth['mixed_growth']:+.3f}, "
         f"ARI {growth['ari_change']:+.3f}")
    if rows := occasion_rows(results):
        echo("\nAgainst the occasions two judges labelled from the texts (an article's story unless both judges part "
             "it; benchmarks/labels/event_occasions_*.jsonl)\n")
        echo(tabulate(rows, OCCASION_HEADERS))
        echo(f"By occasion, from 1/4 to all of the stories: events mixing {growth['occasion_mixed_growth']:+.3f}")
    echo("Hard cases, report split, all stories (merged: stories in one event; split: a story over several events):")
    for line in results["report all"]["hard_cases"]:
        echo(f"  {line}")


if __name__ == "__main__":
    import os
    import sys

    import click
    from tabulate import tabulate

    @click.command()
    @click.option("--data", default=str(Path(__file__).resolve().parent.parent.parent / "shared" / "data"),
                  show_default=True, type=click.Path(file_okay=False))
    @click.option("--tune", "tuning", is_flag=True, help="Sweep the event settings on the tune split.")
    @click.option("--speed", type=int, default=0,
                  help="Time the events stage on every story this many times over (a many-event corpus) instead.")
    @click.option("--kept", type=click.Path(dir_okay=False), default=None,
                  help="With --speed: keep the corpus read and embedded in this file, or read it from there.")
    @click.option("--diagnose", "diagnosing", is_flag=True,
                  help="On the tune split: lone articles joining another story's event, split stories by cause.")
    @click.option("--mixes", "mixes", is_flag=True,
                  help="On the tune split at 1/4 and 1/2: each event mixing the judged occasions, member by member.")
    @click.option("--splits", "splits", is_flag=True,
                  help="On the tune split at 1/4, 1/2 and all: each split occasion and story by cause, member by member.")
    def main(data, tuning, speed, kept, diagnosing, mixes, splits):
        """Event grouping on AllSides stories: ARI against story ids, stories kept whole, events mixing."""
        import tempfile

        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        from crosscheck.config import Settings
        from crosscheck.embed import EmbeddingCache, SentenceTransformerEmbedder
        from crosscheck.state import open_database

        if not (Path(data) / STORIES).is_file():
            raise click.ClickException(f"{data}: no {STORIES} here; give the data folder with --data")
        settings = Settings()
        embedder = SentenceTransformerEmbedder(settings.model, settings.batch_size)
        connection = open_database(Path(__file__).resolve().parent.parent / ".crosscheck" / "bench")
        cache = EmbeddingCache(connection, settings.cache_key())
        if speed:
            click.echo(json.dumps(stage_speed(Path(data), embedder, settings, cache, copies=speed,
                                              kept=Path(kept) if kept else None)))
            return
        if mixes:
            with tempfile.TemporaryDirectory() as folder:
                for level in ("1/4", "1/2"):
                    prepared = _prepared(Path(data), Path(folder) / level.replace("/", "-"), embedder, settings, cache,
                                         level=level, undated_without_link=False)
                    for found in occasion_mixes(prepared, settings, judged_occasions()):
                        click.echo(f"\n{level}: an event mixing occasions")
                        for m in found["members"]:
                            click.echo(f"  [{m['index']}] {m['occasion']} {m['side']} {m['date']} {m['title']}\n"
                                       f"      lede: {m['lede'][:160]}\n      closeness {m['closeness']}; "
                                       f"a happening in common {m['shares happening']}")
            return
        if splits:
            with tempfile.TemporaryDirectory() as folder:
                _echo_splits(Path(data), Path(folder), embedder, settings, cache, click.echo)
            return
        if diagnosing:
            with tempfile.TemporaryDirectory() as folder:
                joins, causes, apart = diagnose(Path(data), Path(folder), embedder, settings, cache)
            click.echo("\nSingle articles joining a group, tune split (across: the group tells another story)\n")
            click.echo(tabulate(joins, "keys"))
            click.echo("\nSplit stories by cause, tune split (round-ups in brackets; the key's doing: split along the "
                       "occasions event_key.toml judges)\n")
            click.echo(tabulate(causes, "keys"))
            click.echo("\nArticles set apart, tune split: of their event's story or interlopers, how many a rival "
                       "event of their own story made look unclear, how many are of a story that has an event and "
                       "would make it whole if kept, and what keeping them all gives\n")
            click.echo(tabulate(apart, "keys"))
            return
        if tuning:
            with tempfile.TemporaryDirectory() as folder:
                rows = tune(Path(data), Path(folder), embedder, settings, cache)
                cohesion = tune_cohesion(Path(data), Path(folder), embedder, settings, cache)
                happening = tune_happening(Path(data), Path(folder), embedder, settings, cache)
                margins = tune_margin(Path(data), Path(folder), embedder, settings, cache)
                neighbours = tune_neighbours(Path(data), Path(folder), embedder, settings, cache)
            click.echo(tabulate([[f"{a:.3f}", f"{w:.3f}", f"{m:.3f}", changed] for a, w, m, changed in rows[:15]]
                                + [[f"{a:.3f}", f"{w:.3f}", f"{m:.3f}", changed] for a, w, m, changed in rows
                                   if changed.get("undated")], ["ARI", "whole", "mixing", "settings"]))
            click.echo("\nevent_cohesion_ratio on the tune split at 1/4, 1/2 and x2, nothing set apart\n")
            click.echo(tabulate(cohesion, "keys", floatfmt=".3f"))
            click.echo("\nevent_happening_similarity on the tune split at 1/2, x2 and x4 (pairs: with a happening in "
                       "common / reaching event_similarity)\n")
            click.echo(tabulate(happening, "keys", floatfmt=".3f"))
            click.echo("\nevent_unsure_margin on the tune split at 1/2, x2 and x4\n")
            click.echo(tabulate(margins, "keys", floatfmt=".3f"))
            click.echo("\nevent_neighbour_rank, event_common_neighbour_rank, _days and _bonus on the tune split at 1/4, "
                       "1/2, x2, x4 and x8\n")
            click.echo(tabulate(neighbours, "keys", floatfmt=".3f"))
            return
        results = measure(Path(data), embedder, settings, cache)
        _echo(results, click.echo)

    sys.exit(main())
