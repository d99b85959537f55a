"""The command line: a thin click shell over the library; errors become one line and exit 1.

Every command acts on one corpus: the folder given (or the folder of the first file given), else
the `corpus` setting, else the current folder. Its outputs default to places inside it
(`CORPUS/reports/`, the `reports_dir` setting) and its state to `CORPUS/.crosscheck/`.
"""
from __future__ import annotations

import dataclasses
import functools
import inspect
import json
import os
import sys
from pathlib import Path

import click
from tabulate import tabulate

from .config import BACKENDS, Settings, read_config
from .errors import CrosscheckError
from .terminal import (
    Progress,
    claim_record,
    clip,
    first_sentence,
    fit_table,
    flags,
    numbers,
)

STDOUT = "-"
# `report --fail-on`: the exit status when findings of the kind named still need review, apart
# from 1 (an error) and 2 (a usage error), so that a CI job can tell them apart.
FAIL_ON_EXIT = 3
FAIL_ON = ("contradiction", "high", "medium", "low", "any")
# What each report option can write: a name with another suffix (report.html) is refused, not
# written as Markdown under a misleading name. No suffix at all is taken as meant.
MARKDOWN_SUFFIXES = (".md", ".markdown", "")
JSON_SUFFIXES = (".json", "")


def common_options(*, model: bool = True, state: bool = True, files: bool = True):
    """--config and --debug for every command; --model/--backend, --state-dir and --max-bytes where used."""
    def decorate(command):
        @functools.wraps(command)
        def wrapper(*args, config_path, debug, model=None, backend=None, state_dir=None, max_bytes=None, sides=None,
                    **kwargs):
            try:
                configured = read_config(config_path).replace("command line", model=model, backend=backend,
                                                              state_dir=state_dir, max_file_bytes=max_bytes,
                                                              sides_file=sides)
                if "configured" in inspect.signature(command).parameters:
                    kwargs["configured"] = configured
                return command(*args, settings=configured.settings, **kwargs)
            except CrosscheckError as error:
                if debug:
                    raise
                raise click.ClickException(str(error)) from error
            except KeyboardInterrupt:
                raise click.ClickException("interrupted; files already written are complete") from None
        options = [click.option("--config", "config_path", type=click.Path(),
                                help="TOML settings file (top level or [tool.crosscheck]).")]
        if model:
            options += [click.option("--model", help="Sentence-transformers model name or path "
                                                     "(default all-MiniLM-L6-v2, bundled)."),
                        click.option("--backend", type=click.Choice(BACKENDS),
                                     help="How the model runs (default onnx-int8: ONNX Runtime, int8 for this CPU; "
                                          "torch: the plain model).")]
        if state:
            options.append(click.option("--state-dir", help="Where the state database lives "
                                                            "(default: .crosscheck/ in the corpus)."))
        if files:
            options.append(click.option("--max-bytes", type=int, help="Largest article file to read, in bytes."))
            options.append(click.option("--sides", type=click.Path(dir_okay=False),
                                        help="TOML file of sides to add to or override the packaged ones."))
        options.append(click.option("--debug", is_flag=True, help="Show the full traceback on errors."))
        for option in reversed(options):
            wrapper = option(wrapper)
        return wrapper
    return decorate


class KindWord(click.ParamType):
    """A kind of finding as the report names it ("omission", "other difference") or as the JSON does ("omit")."""

    name = "kind"
    # The report's words (singular or plural, any case, - or _ for a space) for the kinds `review.KINDS` names.
    WORDS = {"contradiction": "contradiction", "difference": "differ", "other difference": "other difference",
             "omission": "omit", "agreement": "agree"}

    def convert(self, value, param, ctx):
        from .review import KINDS

        word = " ".join(str(value).lower().replace("-", " ").replace("_", " ").split())
        for candidate in (word, word[:-1] if word.endswith("s") else word):
            if candidate in KINDS:
                return candidate
            if candidate in self.WORDS:
                return self.WORDS[candidate]
        self.fail(f"{value!r}: choose one of {', '.join(self.WORDS)} (or {', '.join(k for k in KINDS if k not in self.WORDS)})",
                  param, ctx)

    def get_metavar(self, param, ctx=None):
        return "[" + "|".join(self.WORDS) + "]"


def selection_options(command):
    """--kind, --min-severity and --status: which findings to show."""
    from .review import STATUSES

    @click.option("--kind", "kinds", multiple=True, type=KindWord(),
                  help="Only findings of this kind, as the report names them (repeatable; also differ, omit, agree).")
    @click.option("--min-severity", type=click.Choice(["high", "medium", "low", "info"]),
                  help="Only findings at least this severe.")
    @click.option("--status", "statuses", multiple=True, type=click.Choice(STATUSES),
                  help="Only findings with this review status (repeatable; changed: evidence changed since reviewed).")
    @functools.wraps(command)
    def wrapper(*args, kinds, min_severity, statuses, **kwargs):
        from .review import Selection

        return command(*args, selection=Selection(tuple(kinds), min_severity, tuple(statuses)), **kwargs)
    return wrapper


@click.group()
@click.version_option(package_name="crosscheck")
def cli():
    """Cross-check what outlets and official readouts say about the same event.

    Example: crosscheck report seeds/
    """
    # The embedding libraries' own bars ("Loading weights", "Batches") never show: crosscheck has one display.
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")


def corpus_paths(paths, settings: Settings) -> list[str]:
    """The paths given, else the `corpus` setting, else the current folder."""
    return [str(p) for p in paths] or [settings.corpus or "."]


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("-o", "--output", type=click.Path(),
              help="Markdown report to write, - for standard output (default: CORPUS/reports/divergence.md).")
@click.option("--json", "json_path", type=click.Path(),
              help="JSON report to write, - for standard output (default: beside the Markdown report).")
@click.option("--decisions", "decisions_path", type=click.Path(),
              help="Review decisions to show (default: CORPUS/reports/decisions.json).")
@click.option("--fail-on", type=click.Choice(FAIL_ON),
              help=f"Exit with status {FAIL_ON_EXIT} when findings of this kind or severity still need review.")
@selection_options
@common_options()
def report(paths, output, json_path, decisions_path, fail_on, selection, settings: Settings):
    """Write the divergence report for the articles in PATHS (default: the corpus folder).

    A re-run with nothing new is answered from the corpus's state database without loading the
    model; the report's "Since the last run" section lists what is new, changed and gone.

    Example: crosscheck report mycorpus/ --min-severity medium --fail-on contradiction
    """
    from .pipeline import run_tracked
    from .report import counted, render_json, render_markdown, status_line
    from .review import load_decisions, needs_review, reviews
    from .salience import rank
    from .state import check_writable, is_special_file, layout_for

    paths = corpus_paths(paths, settings)
    layout = layout_for(paths, settings)
    output = output or str(layout.report)
    if json_path is None and output != STDOUT and not is_special_file(Path(output)):  # -o /dev/null: no JSON
        json_path = str(layout.json if output == str(layout.report) else Path(output).with_suffix(".json"))
    for target, suffixes in ((output, MARKDOWN_SUFFIXES), (json_path, JSON_SUFFIXES)):
        if target and target != STDOUT:
            _check_suffix(target, suffixes)
            check_writable(Path(target))
    decisions = load_decisions(Path(decisions_path) if decisions_path else layout.decisions)
    with Progress() as progress:
        tracked = run_tracked(paths, settings, progress=progress)
    corpus, stats, history = rank(tracked.corpus), tracked.stats, tracked.history
    for message in stats.warnings + stats.skipped:
        click.echo(f"warning: {message}", err=True)
    states = reviews(list(corpus.findings), decisions)
    shown = dataclasses.replace(corpus, findings=tuple(f for f in corpus.findings if selection.keeps(f, states[f.id])))
    _write(output, render_markdown(shown, states, history, skipped=stats.skipped, scope=selection.describe()))
    if json_path:
        _write(json_path, render_json(shown, states, history, skipped=stats.skipped))
    # The line counts what the files hold: with a selection, the findings shown, then how many in all.
    line = status_line(output if output != STDOUT else "report", dataclasses.replace(tracked, corpus=shown), states)
    if selection:
        line += f" (showing {selection.describe()}: {len(shown.findings)} of {len(corpus.findings)} findings)"
    click.echo(line, err=STDOUT in (output, json_path))
    failing = [f for f in corpus.findings if needs_review(f, states[f.id]) and _fails(f, fail_on)]
    if fail_on and failing:
        click.echo(f"{counted(len(failing), 'finding')} matching --fail-on {fail_on} "
                   f"{'needs' if len(failing) == 1 else 'need'} review", err=True)
        sys.exit(FAIL_ON_EXIT)


def _check_suffix(target: str, suffixes: tuple[str, ...]) -> None:
    suffix = Path(target).suffix.lower()
    if suffix not in suffixes:
        kind = "JSON" if suffixes == JSON_SUFFIXES else "Markdown"
        raise CrosscheckError(f"{target}: crosscheck writes {kind}, not {suffix[1:].upper() or suffix} files; "
                              f"give a {' or '.join(s for s in suffixes if s)} name (or - for standard output)")


def _fails(finding, fail_on: str | None) -> bool:
    from .types import Severity

    if fail_on in (None, "any"):
        return fail_on == "any"
    if fail_on == "contradiction":
        return finding.contradiction
    return finding.severity >= Severity[fail_on.upper()]


def _write(target: str, text: str) -> None:
    from .state import write_atomic

    if target == STDOUT:
        click.echo(text, nl=False)
    else:
        write_atomic(Path(target), text)


@cli.command()
@click.argument("finding_id", required=False)
@click.option("--corpus", "paths", multiple=True, type=click.Path(),
              help="Article folder or file (repeatable; default: the corpus folder).")
@click.option("--decisions", "decisions_path", type=click.Path(),
              help="The review decisions file (default: CORPUS/reports/decisions.json; keep it in git).")
@click.option("--list", "list_only", is_flag=True, help="Print the findings with their status, and stop.")
@click.option("--json", "as_json", is_flag=True,
              help="With --list: the findings as JSON on standard output (the report JSON's findings records).")
@click.option("--confirm", is_flag=True, help="Confirm FINDING_ID.")
@click.option("--dismiss", is_flag=True, help="Dismiss FINDING_ID.")
@click.option("--reopen", is_flag=True, help="Set FINDING_ID back to open.")
@click.option("--note", help="A note on FINDING_ID (kept with its decision).")
@selection_options
@common_options()
def review(finding_id, paths, decisions_path, list_only, as_json, confirm, dismiss, reopen, note, selection,
           settings: Settings):
    """Review the findings: confirm, dismiss, reopen or annotate each; saved at once.

    With no FINDING_ID, walks the differences and omissions that need a decision, most severe
    first. With FINDING_ID alone, shows that finding. FINDING_ID may be a prefix of the id shown
    in the report.

    Example: crosscheck review 3f2a9c --dismiss --note "same figure, different year"
    """
    from .pipeline import run_tracked
    from .report import FINDING_COLUMNS, finding_rows, report_order, review_screen
    from .review import decide, find, load_decisions, needs_review, reviews
    from .salience import rank
    from .state import layout_for

    verdicts = [name for name, given in (("confirmed", confirm), ("dismissed", dismiss), ("open", reopen)) if given]
    if len(verdicts) > 1:
        raise click.UsageError("give one of --confirm, --dismiss and --reopen")
    if (verdicts or note is not None) and not finding_id:
        raise click.UsageError("--confirm, --dismiss, --reopen and --note need a FINDING_ID")
    if as_json and not list_only:
        raise click.UsageError("--json goes with --list")
    paths = corpus_paths(paths, settings)
    decisions_file = Path(decisions_path) if decisions_path else layout_for(paths, settings).decisions
    decisions = load_decisions(decisions_file)  # before the run: a broken file stops us before any work
    with Progress() as progress:
        corpus = rank(run_tracked(paths, settings, progress=progress).corpus)
    states = reviews(list(corpus.findings), decisions)
    findings = [f for f in report_order(corpus.findings) if selection.keeps(f, states[f.id])]
    save = functools.partial(_save_decision, decisions_file, paths, settings)
    if list_only and as_json:
        from .report import render_json

        listed = dataclasses.replace(corpus, findings=tuple(findings))
        click.echo(json.dumps(json.loads(render_json(listed, states))["findings"], ensure_ascii=False, indent=1))
        return
    if list_only:
        click.echo(fit_table(finding_rows(findings, states, corpus), FINDING_COLUMNS) if findings else "No findings.")
        return
    if finding_id:
        finding = find(list(corpus.findings), finding_id)
        if not verdicts and note is None:
            click.echo(review_screen(corpus, finding, states[finding.id]))
            return
        decision = decide(finding, verdicts[0] if verdicts else None, note, states[finding.id])
        save(decision)
        click.echo(f"{finding.id}: {decision.status}" + (", note saved" if note is not None else "")
                   + f" ({decisions_file})")
        return
    queue = [f for f in findings if needs_review(f, states[f.id])]
    _review_interactively(corpus, queue, states, save, decisions_file)


def _review_interactively(corpus, queue, states, save, decisions_file: Path) -> None:
    from .report import review_screen
    from .review import decide
    from .types import Review

    if not queue:
        click.echo("Nothing to review: every difference and omission has a decision.")
        return
    saved = {"decision": 0, "note": 0}

    def tally() -> str:
        return " and ".join(f"{n} {what}{'s' if n != 1 else ''}" for what, n in saved.items()) + f" saved in {decisions_file}"
    try:
        for position, finding in enumerate(queue, 1):
            while True:
                click.echo("\n" + review_screen(corpus, finding, states[finding.id], f"[{position}/{len(queue)}]"))
                choice = click.prompt("[c]onfirm  [d]ismiss  [s]kip  [n]ote  [q]uit",
                                      type=click.Choice(list("cdsnq")), show_choices=False)
                if choice == "q":
                    click.echo(tally())
                    return
                if choice == "s":
                    break
                if choice == "n":
                    decision = decide(finding, None, click.prompt("note"), states[finding.id])
                else:
                    decision = decide(finding, "confirmed" if choice == "c" else "dismissed", None, states[finding.id])
                save(decision)
                saved["note" if choice == "n" else "decision"] += 1
                states[finding.id] = Review(decision.status, decision.note)
                if choice != "n":
                    break
    except click.Abort:
        raise click.ClickException(f"review interrupted; {tally()}") from None
    click.echo(f"Done: {tally()}. Run `crosscheck report` to update the report.")


def _save_decision(decisions_file: Path, paths, settings: Settings, decision) -> None:
    from .review import save_decision
    from .state import corpus_lock, layout_for

    # The corpus lock also serialises decision writes, so two reviewers never lose each other's work.
    layout = layout_for(paths, settings)
    with corpus_lock(layout.state_dir, settings.lock_wait_seconds, layout.corpus):
        save_decision(decisions_file, decision)


@cli.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--to", "folder", type=click.Path(file_okay=False),
              help="Corpus folder to add to (default: the corpus folder).")
@click.option("--outlet", help="Outlet name (default: read from the article).")
@click.option("--date", help="Publication date, YYYY-MM-DD or e.g. '3 March 2026' (default: read from the article).")
@click.option("--title", help="Headline (default: read from the article).")
@click.option("--force", is_flag=True, help="Add a page even when it holds too little article text.")
@common_options(model=False, state=False)
def add(sources, folder, outlet, date, title, force, settings: Settings):
    """Add articles (files or URLs) to the corpus folder, with a front-matter header.

    HTML is turned into article text first. Adding an article that is already there does nothing;
    a page with too little article text (an error page, a paywall stub) is refused.

    Example: crosscheck add ~/Downloads/readout.html --to mycorpus/ --outlet "Xinhua" --date 2025-11-24
    """
    from .intake import add_articles

    target = Path(folder or corpus_paths((), settings)[0])
    for source, added in zip(sources, add_articles(list(sources), target, settings, force=force,
                                                   outlet=outlet, date=date, title=title)):
        if added.duplicate_of:
            click.echo(f"{source}: already in the corpus as {added.duplicate_of}; nothing added")
        else:
            click.echo(f"added {added.path} ({added.outlet}, {added.date or 'undated'}: {clip(added.title, 60)})")


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--full", is_flag=True, help="Every field of every claim, text uncut.")
@click.option("--json", "as_json", is_flag=True, help="The claims as JSON on standard output.")
@common_options(model=False, state=False)
def claims(paths, full, as_json, settings: Settings):
    """Show the claims read from PATHS: voice, side, numbers, flags and what the parse found.

    Example: crosscheck claims seeds/000_1a4f164fa52bf138.txt --full
    """
    from .claims import extract_claims
    from .codec import to_data
    from .ingest import read_articles
    from .report import counted
    from .state import article_files
    from .voices import load_voicebook

    ingested = read_articles(article_files(list(paths), settings), settings)
    book = load_voicebook(settings.sides_file)
    found = extract_claims(list(ingested.articles), book)
    where = {a.id: os.path.basename(a.path) for a in ingested.articles}
    if as_json:
        records = [{"file": where[c.article_id], "side_label": book.labels.get(c.side), **to_data(c)} for c in found]
        click.echo(json.dumps(records, ensure_ascii=False, indent=1))
        return
    if full:
        for claim in found:
            click.echo(claim_record(claim, where[claim.article_id], book.labels) + "\n")
    else:
        rows = [[f"{where[c.article_id]}:{c.line}", clip(c.voice, 30), book.labels.get(c.side, "—"), numbers(c),
                 flags(c), clip(c.text, 90)] for c in found]
        click.echo(tabulate(rows, ["where", "voice", "side", "numbers", "flags", "claim"], tablefmt="simple"))
        click.echo("\n(texts cut at 90 characters: --full shows every field whole, --json as JSON)")
    click.echo(f"\n{counted(len(found), 'claim')} from {counted(len(ingested.articles), 'article')}")


@cli.command()
@click.argument("first")
@click.argument("second")
@common_options(state=False, files=False)
def pair(first, second, settings: Settings):
    """Show how the comparator judges two statements, and why.

    Example: crosscheck pair "Tariffs reached 145%" "Tariffs could rise to 155%"
    """
    from .claims import claims_read_together
    from .compare import candidate_pairs, explain, judge
    from .embed import SentenceTransformerEmbedder

    embedder = SentenceTransformerEmbedder.from_settings(settings)
    vectors = embedder.embed([first, second])
    a, b = claims_read_together([first, second])
    verdict = judge(a, b, float(vectors[0] @ vectors[1]), settings)
    for line in explain(a, b):
        click.echo(line)
    compared = "yes, as a pair of one event" if candidate_pairs([a, b], vectors, settings) else \
        "no (not alike enough, not keyed, no figures repeated)"
    click.echo(f"compared:      {compared}")
    click.echo(f"similarity:    {verdict.similarity:.3f}")
    click.echo(f"same fact:     {'yes' if verdict.same_fact else 'no'}")
    click.echo(f"relation:      {verdict.relation}")
    click.echo(f"contradiction: {'yes' if verdict.contradiction else 'no'}")
    click.echo(f"reason:        {verdict.reason}")


@cli.command("settings")
@click.argument("name", required=False)
@click.option("--json", "as_json", is_flag=True, help="As JSON on standard output.")
@common_options(model=False, state=False, files=False)
def settings_command(name, as_json, settings: Settings, configured=None):
    """List every setting: its value, default, where the value came from, and what it means.

    With NAME, that setting alone, its meaning in full.

    Example: crosscheck settings --config try.toml
    """
    from .config import Settings as Defaults
    from .config import closest_setting, describe_settings

    meanings, defaults = describe_settings(), Defaults()
    names = [f.name for f in dataclasses.fields(Defaults)]
    if name:
        if name not in names:
            close = closest_setting(name)
            raise CrosscheckError(f"no setting {name!r}" + (f" (did you mean {close}?)" if close else ""))
        names = [name]
    rows = [{"name": n, "value": getattr(settings, n), "default": getattr(defaults, n),
             "source": configured.sources.get(n, "default"), "meaning": meanings.get(n, "")} for n in names]
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
    elif name:
        click.echo("\n".join(f"{key + ':':9}{value}" for key, value in rows[0].items()))
    else:
        table = [[r["name"], r["value"], r["default"], r["source"], clip(first_sentence(r["meaning"]), 70)]
                 for r in rows]
        click.echo(tabulate(table, ["name", "value", "default", "source", "meaning"], tablefmt="simple",
                            disable_numparse=True))
