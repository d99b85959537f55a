"""The command line: a thin click shell over the library; errors become one line and exit 1."""
from __future__ import annotations

import functools
import os
from pathlib import Path

import click
from tabulate import tabulate

from .config import BACKENDS, Settings, load_settings
from .errors import CrosscheckError

DEFAULT_PATHS = ("seeds",)
DEFAULT_OUTPUT = "reports/divergence.md"
DECISIONS_NAME = "decisions.json"
DEFAULT_DECISIONS = f"reports/{DECISIONS_NAME}"


def common_options(command):
    """--config, --model, --state-dir and --debug, shared by every command that runs the pipeline."""
    @click.option("--config", "config_path", type=click.Path(dir_okay=False), help="TOML settings file.")
    @click.option("--model", help="Sentence-transformers model name or path (default all-MiniLM-L6-v2, bundled).")
    @click.option("--state-dir", help="Where the embedding cache lives (default: .crosscheck/ in the corpus).")
    @click.option("--backend", type=click.Choice(BACKENDS),
                  help="How the model runs (default onnx-int8: ONNX Runtime, int8 for this CPU; torch: the plain model).")
    @click.option("--max-bytes", type=int, help="Largest article file to read, in bytes.")
    @click.option("--debug", is_flag=True, help="Show the full traceback on errors.")
    @functools.wraps(command)
    def wrapper(*args, config_path, model, state_dir, backend, max_bytes, debug, **kwargs):
        try:
            settings = load_settings(config_path).replace(model=model, state_dir=state_dir, backend=backend,
                                                          max_file_bytes=max_bytes)
            return command(*args, settings=settings, **kwargs)
        except CrosscheckError as error:
            if debug:
                raise
            raise click.ClickException(str(error)) from error
        except KeyboardInterrupt:
            raise click.ClickException("interrupted; files already written are complete") from None
    return wrapper


@click.group()
@click.version_option(package_name="crosscheck")
def cli():
    """Cross-check what outlets and official readouts say about the same event.

    Example: crosscheck report seeds/ --json reports/divergence.json
    """


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("-o", "--output", default=DEFAULT_OUTPUT, show_default=True, help="Markdown report to write.")
@click.option("--json", "json_path", type=click.Path(dir_okay=False), help="Also write the report as JSON here.")
@click.option("--decisions", "decisions_path", type=click.Path(dir_okay=False),
              help=f"Review decisions to show (default: {DECISIONS_NAME} beside the report).")
@common_options
def report(paths, output, json_path, decisions_path, settings: Settings):
    """Write the Markdown divergence report for articles in PATHS (default: seeds/).

    A re-run with nothing new is answered from the corpus's state database without loading the
    model; the report's "New since the last run" section lists what changed.

    Example: crosscheck report seeds/ -o reports/divergence.md
    """
    from .pipeline import run_tracked
    from .report import render_json, render_markdown
    from .review import load_decisions, reviews
    from .state import write_atomic

    decisions = load_decisions(Path(decisions_path) if decisions_path else Path(output).parent / DECISIONS_NAME)
    tracked = run_tracked(list(paths or DEFAULT_PATHS), settings)
    corpus, stats, history = tracked.corpus, tracked.stats, tracked.history
    for message in stats.warnings + stats.skipped:
        click.echo(f"warning: {message}", err=True)
    states = reviews(list(corpus.findings), decisions)
    write_atomic(Path(output), render_markdown(corpus, states, history))
    if json_path:
        write_atomic(Path(json_path), render_json(corpus, states, history))
    flagged = sum(f.contradiction for f in corpus.findings)
    work = "nothing changed since the last run" if tracked.reused else f"{stats.embedded} embedded"
    since = f", {len(history.new)} new, {len(history.changed)} changed" if history.previous_at else ""
    click.echo(f"{output}: {stats.articles} articles, {len(corpus.clustering.events)} events, {stats.claims} claims "
               f"({work}), {len(corpus.findings)} findings{since}, {flagged} flagged for review")


@cli.command()
@click.argument("finding_id", required=False)
@click.option("--corpus", "paths", multiple=True, type=click.Path(),
              help="Article folder or file (repeatable; default seeds/).")
@click.option("--decisions", "decisions_path", default=DEFAULT_DECISIONS, show_default=True,
              type=click.Path(dir_okay=False), help="The review decisions file (keep it in git).")
@click.option("--list", "list_only", is_flag=True, help="Print every finding with its status, and stop.")
@click.option("--confirm", "verdict", flag_value="confirmed", help="Confirm FINDING_ID.")
@click.option("--dismiss", "verdict", flag_value="dismissed", help="Dismiss FINDING_ID.")
@click.option("--note", help="A note on FINDING_ID (kept with its decision).")
@common_options
def review(finding_id, paths, decisions_path, list_only, verdict, note, settings: Settings):
    """Review the flagged findings: confirm, dismiss, skip or annotate each; saved at once.

    With no FINDING_ID, walks the open differences and omissions in report order. FINDING_ID may
    be a prefix of the id shown in the report.

    Example: crosscheck review 3f2a9c --dismiss --note "same figure, different year"
    """
    from .pipeline import run_tracked
    from .report import FINDING_COLUMNS, finding_rows, report_order
    from .review import decide, find, load_decisions, needs_review, reviews

    paths = list(paths or DEFAULT_PATHS)
    decisions_file = Path(decisions_path)
    decisions = load_decisions(decisions_file)  # before the run: a broken file stops us before any work
    corpus = run_tracked(paths, settings).corpus
    findings = report_order(corpus.findings)
    states = reviews(findings, decisions)
    save = functools.partial(_save_decision, decisions_file, paths, settings)
    if list_only:
        rows = [row[:4] + [_clip(row[4], 80)] for row in finding_rows(findings, states)]
        click.echo(tabulate(rows, FINDING_COLUMNS, tablefmt="simple"))
        return
    if finding_id:
        if not (verdict or note):
            raise click.UsageError("give --confirm, --dismiss or --note with a finding id")
        finding = find(findings, finding_id)
        save(decide(finding, verdict or "open", note or "", states[finding.id]))
        click.echo(f"{finding.id}: {verdict or 'note saved'} ({decisions_file})")
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
    saved = 0
    try:
        for position, finding in enumerate(queue, 1):
            while True:
                click.echo("\n" + review_screen(corpus, finding, states[finding.id], f"[{position}/{len(queue)}]"))
                choice = click.prompt("[c]onfirm  [d]ismiss  [s]kip  [n]ote  [q]uit",
                                      type=click.Choice(list("cdsnq")), show_choices=False)
                if choice == "q":
                    click.echo(f"{saved} decisions saved in {decisions_file}")
                    return
                if choice == "s":
                    break
                if choice == "n":
                    decision = decide(finding, "open", click.prompt("note"), states[finding.id])
                else:
                    decision = decide(finding, "confirmed" if choice == "c" else "dismissed", "", states[finding.id])
                save(decision)
                saved += 1
                states[finding.id] = Review(decision.status, decision.note)
                if choice != "n":
                    break
    except click.Abort:
        raise click.ClickException(f"review interrupted; {saved} decisions saved in {decisions_file}") from None
    click.echo(f"Done: {saved} decisions saved in {decisions_file}. Run `crosscheck report` to update the report.")


def _save_decision(decisions_file: Path, paths, settings: Settings, decision) -> None:
    from .review import save_decision
    from .state import corpus_lock, state_dir_for

    # The corpus lock also serialises decision writes, so two reviewers never lose each other's work.
    with corpus_lock(state_dir_for(paths, settings.state_dir), settings.lock_wait_seconds):
        save_decision(decisions_file, decision)


@cli.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--to", "folder", default=DEFAULT_PATHS[0], show_default=True, type=click.Path(file_okay=False),
              help="Corpus folder to add to.")
@click.option("--outlet", help="Outlet name (default: read from the article).")
@click.option("--date", help="Publication date, e.g. 2025-11-24 (default: read from the article).")
@click.option("--title", help="Headline (default: read from the article).")
@common_options
def add(sources, folder, outlet, date, title, settings: Settings):
    """Add articles (files or URLs) to the corpus folder, with a front-matter header.

    HTML is turned into article text first. Adding an article that is already there does nothing.

    Example: crosscheck add ~/Downloads/readout.html --outlet "Xinhua" --date 2025-11-24
    """
    from .intake import add_articles

    for source, added in zip(sources, add_articles(list(sources), Path(folder), settings,
                                                   outlet=outlet, date=date, title=title)):
        if added.duplicate_of:
            click.echo(f"{source}: already in the corpus as {added.duplicate_of}; nothing added")
        else:
            click.echo(f"added {added.path} ({added.outlet}, {added.date or 'undated'}: {_clip(added.title, 60)})")


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@common_options
def claims(paths, settings: Settings):
    """Show the claims read from PATHS, with voice, side, numbers and flags.

    Example: crosscheck claims seeds/000_1a4f164fa52bf138.txt
    """
    from .claims import extract_claims
    from .ingest import read_articles
    from .voices import load_voicebook

    ingested = read_articles(list(paths), settings)
    book = load_voicebook()
    found = extract_claims(list(ingested.articles), book)
    where = {a.id: os.path.basename(a.path) for a in ingested.articles}
    rows = [[f"{where[c.article_id]}:{c.line}", c.voice, book.labels.get(c.side, "—"),
             ", ".join(q.text + (f" {q.period}" if q.period else "") for q in c.numbers),
             _flags(c), _clip(c.text, 90)] for c in found]
    click.echo(tabulate(rows, ["where", "voice", "side", "numbers", "flags", "claim"], tablefmt="simple"))
    click.echo(f"\n{len(found)} claims from {len(ingested.articles)} articles")


def _flags(claim) -> str:
    flags = []
    if claim.quote:
        flags.append("quote")
    if claim.negated:
        flags.append("negated")
    if claim.certainty != "stated":
        flags.append(claim.certainty)
    if claim.other_occasion:
        flags.append("other occasion")
    if claim.omission:
        flags.append(f"omission: {claim.omission.omitter} left out {claim.omission.subject}")
    return "; ".join(flags)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


@cli.command()
@click.argument("first")
@click.argument("second")
@common_options
def pair(first, second, settings: Settings):
    """Show how the comparator judges two statements, and why.

    Example: crosscheck pair "Tariffs reached 145%" "Tariffs could rise to 155%"
    """
    from .compare import claim_from_text, judge
    from .embed import SentenceTransformerEmbedder

    embedder = SentenceTransformerEmbedder.from_settings(settings)
    vectors = embedder.embed([first, second])
    verdict = judge(claim_from_text(first), claim_from_text(second), float(vectors[0] @ vectors[1]), settings)
    click.echo(f"similarity:    {verdict.similarity:.3f}")
    click.echo(f"same fact:     {'yes' if verdict.same_fact else 'no'}")
    click.echo(f"relation:      {verdict.relation}")
    click.echo(f"contradiction: {'yes' if verdict.contradiction else 'no'}")
    click.echo(f"reason:        {verdict.reason}")

