"""What crosscheck shows on a terminal besides reports: the progress line, claims in full, short cells."""
from __future__ import annotations

import sys

import click


class Progress:
    """One line on a terminal's stderr, rewritten as the stages go by; nothing when not a terminal."""

    def __init__(self):
        from .pipeline import STAGES

        self.stages = STAGES
        self.active = sys.stderr.isatty()
        self.shown = False

    def __enter__(self):
        return self if self.active else None

    def __call__(self, stage: str, done: int | None, total: int | None) -> None:
        number = self.stages.index(stage) + 1 if stage in self.stages else 0
        detail = f" {done:,}/{total:,} texts" if total else ""
        click.echo(f"\r\033[K[{number}/{len(self.stages)}] {stage}{detail} …", nl=False, err=True)
        self.shown = True

    def __exit__(self, *exc):
        if self.shown:
            click.echo("\r\033[K", nl=False, err=True)
        return False


def claim_record(claim, where: str, labels: dict[str, str]) -> str:
    """Every field of a claim, one per line, text uncut (`crosscheck claims --full`)."""
    fields = [("claim", claim.text), ("where", f"{where}:{claim.line}"),
              ("voice", claim.voice + ("" if claim.attributed else " (the outlet's own narration)")),
              ("side", labels.get(claim.side, "—")), ("subject", claim.subject), ("predicate", claim.predicate),
              ("object", claim.object), ("negation", claim.negation), ("hedge", claim.hedge),
              ("certainty", claim.certainty), ("numbers", numbers(claim)), ("dates", ", ".join(claim.dates)),
              ("entities", ", ".join(claim.entities)), ("flags", flags(claim))]
    return "\n".join(f"{name + ':':11}{value}" for name, value in fields if value)


def numbers(claim) -> str:
    return ", ".join(q.text + (f" {q.period}" if q.period else "") for q in claim.numbers)


def flags(claim) -> str:
    flags = []
    if claim.quote:
        flags.append("quote")
    if claim.negated:
        flags.append(f"negated ({claim.negation})" if claim.negation else "negated")
    if claim.certainty != "stated":
        flags.append(f"{claim.certainty} ({claim.hedge})" if claim.hedge else claim.certainty)
    if claim.other_occasion:
        flags.append("other occasion")
    if claim.omission:
        flags.append(f"omission: {claim.omission.omitter} left out {claim.omission.subject}")
    return "; ".join(flags)


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def first_sentence(text: str) -> str:
    head, dot, _ = text.partition(". ")
    return head + dot.strip()


def terminal_width() -> int:
    """The terminal's width in columns ($COLUMNS, else the terminal's, else 100 when not a terminal)."""
    import shutil

    return shutil.get_terminal_size((100, 24)).columns


def fit_table(rows: list[list[str]], headers: list[str], width: int | None = None) -> str:
    """A plain table whose last column is shortened, by whole words, so that each line fits `width`
    (default: the terminal's width); the last column keeps at least 20 characters. A cell "point —
    who" keeps its "who" and shortens its point."""
    from tabulate import tabulate

    from .labels import fit

    width = width or terminal_width()
    fixed = [max([len(str(h))] + [len(str(r[i])) for r in rows]) for i, h in enumerate(headers[:-1])]
    room = max(20, width - sum(fixed) - 2 * len(fixed) - 1)
    cut = [list(r[:-1]) + [_fit_cell(r[-1], room, fit)] for r in rows]
    return tabulate(cut, headers, tablefmt="simple")


def _fit_cell(text: str, room: int, fit) -> str:
    head, dash, tail = text.rpartition(" — ")
    if not dash or len(text) <= room or len(tail) > room * 0.6:
        return fit(text, room)
    return f"{fit(head, room - len(tail) - 3)} — {tail}"
