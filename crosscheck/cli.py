"""The command line: a thin click shell over the library; errors become one line and exit 1."""
from __future__ import annotations

import functools
import os
from pathlib import Path

import click
from tabulate import tabulate

from .config import Settings, load_settings
from .errors import CrosscheckError

DEFAULT_PATHS = ("seeds",)
DEFAULT_OUTPUT = "reports/divergence.md"


def common_options(command):
    """--config, --model, --state-dir and --debug, shared by every command that runs the pipeline."""
    @click.option("--config", "config_path", type=click.Path(dir_okay=False), help="TOML settings file.")
    @click.option("--model", help="Sentence-transformers model name or path (default all-MiniLM-L6-v2, bundled).")
    @click.option("--state-dir", help="Where the embedding cache lives (default: .crosscheck/ in the corpus).")
    @click.option("--max-bytes", type=int, help="Largest article file to read, in bytes.")
    @click.option("--debug", is_flag=True, help="Show the full traceback on errors.")
    @functools.wraps(command)
    def wrapper(*args, config_path, model, state_dir, max_bytes, debug, **kwargs):
        try:
            settings = load_settings(config_path).replace(model=model, state_dir=state_dir, max_file_bytes=max_bytes)
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
@common_options
def report(paths, output, json_path, settings: Settings):
    """Write the Markdown divergence report for articles in PATHS (default: seeds/).

    Example: crosscheck report seeds/ -o reports/divergence.md
    """
    from .pipeline import run
    from .report import render_json, render_markdown
    from .state import write_atomic

    paths = list(paths or DEFAULT_PATHS)
    corpus, stats = run(paths, settings)
    for message in stats.warnings + stats.skipped:
        click.echo(f"warning: {message}", err=True)
    write_atomic(Path(output), render_markdown(corpus))
    if json_path:
        write_atomic(Path(json_path), render_json(corpus))
    flagged = sum(f.contradiction for f in corpus.findings)
    click.echo(f"{output}: {stats.articles} articles, {len(corpus.clustering.events)} events, {stats.claims} claims "
               f"({stats.embedded} embedded), {len(corpus.findings)} findings, {flagged} flagged for review")


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

    embedder = SentenceTransformerEmbedder(settings.model, settings.batch_size)
    vectors = embedder.embed([first, second])
    verdict = judge(claim_from_text(first), claim_from_text(second), float(vectors[0] @ vectors[1]), settings)
    click.echo(f"similarity:    {verdict.similarity:.3f}")
    click.echo(f"same fact:     {'yes' if verdict.same_fact else 'no'}")
    click.echo(f"relation:      {verdict.relation}")
    click.echo(f"contradiction: {'yes' if verdict.contradiction else 'no'}")
    click.echo(f"reason:        {verdict.reason}")

