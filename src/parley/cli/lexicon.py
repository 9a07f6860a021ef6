"""`parley lexicon`: check, list and count the verb-pattern lexicon (packaged file + user files)."""

from __future__ import annotations

import sys
from collections import Counter

import click

from parley.cli import cli
from parley.errors import LexiconError

ROOTS = tuple(f"{r:02d}" for r in range(1, 21))


def _load(files: tuple[str, ...] = ()):
    from parley.events.lexicon import Lexicon

    return Lexicon.load(extra_paths=files)


@cli.group()
def lexicon() -> None:
    """Inspect and validate the verb-pattern lexicon (data/verbs.jsonl + $PARLEY_LEXICON)."""


@lexicon.command("check")
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=True))
def check(files: tuple[str, ...]) -> None:
    """Validate the packaged lexicon plus FILES (JSONL or directories of *.jsonl) layered on top."""
    from parley.events.lexicon import lexicon_errors

    try:
        lex = _load(files)
    except LexiconError as exc:
        for line in lexicon_errors(exc):
            click.echo(line, err=True)
        sys.exit(1)
    click.echo(f"ok: {len(lex)} entries from {len(lex.files)} file(s), version {lex.version[:12]}")


@lexicon.command("list")
@click.option("--cameo", "cameo_prefix", metavar="PREFIX", help="Only codes starting with PREFIX (e.g. 04, 163).")
@click.option("--plover", "plover_type", metavar="TYPE", help="Only entries whose PLOVER event is TYPE (e.g. CONSULT).")
@click.option("--lemma", metavar="LEMMA", help="Only entries triggered by LEMMA.")
def list_entries(cameo_prefix: str | None, plover_type: str | None, lemma: str | None) -> None:
    """Print entries as a table: id, cameo, plover, pos, lemmas, constraints, source -> target."""
    try:
        lex = _load()
    except LexiconError as exc:
        raise click.ClickException(str(exc)) from None
    plover_of = _plover_lookup()
    rows = []
    for e in lex:
        plover = (e.plover.event if e.plover and e.plover.event else None) or plover_of(e.cameo) or "-"
        if cameo_prefix and not e.cameo.startswith(cameo_prefix):
            continue
        if plover_type and plover.upper() != plover_type.upper():
            continue
        if lemma and lemma.lower() not in e.lemmas:
            continue
        constraints = []
        if e.particle:
            constraints.append(f"prt={e.particle}")
        if e.object:
            constraints.append("obj=" + "|".join(e.object[:3]) + ("|…" if len(e.object) > 3 else ""))
        if e.prep:
            objs = "|".join(e.prep.objects[:3]) + ("|…" if len(e.prep.objects) > 3 else "") if e.prep.objects else ""
            constraints.append(f"prep={e.prep.word}" + (f":{objs}" if objs else ""))
        if e.xcomp:
            constraints.append("xcomp=" + "|".join(e.xcomp[:3]) + ("|…" if len(e.xcomp) > 3 else ""))
        lemmas = ",".join(e.lemmas[:4]) + (",…" if len(e.lemmas) > 4 else "")
        slots = ",".join(e.source) + " -> " + (",".join(e.target) or "-") + (" (sym)" if e.symmetric else "")
        rows.append((e.id, e.cameo, plover, e.pos, lemmas, " ".join(constraints) or "-", slots))
    rows.sort(key=lambda r: (r[1], r[0]))
    header = ("id", "cameo", "plover", "pos", "lemmas", "constraints", "source -> target")
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for r in [header, *rows]:
        click.echo("  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())
    click.echo(f"{len(rows)} entries", err=True)


@lexicon.command("stats")
def stats() -> None:
    """Entries per CAMEO root; exits 1 if any of the 20 roots has no entry."""
    try:
        lex = _load()
    except LexiconError as exc:
        raise click.ClickException(str(exc)) from None
    counts = Counter(e.root for e in lex)
    names = _root_names()
    for root in ROOTS:
        click.echo(f"{root}  {counts.get(root, 0):4d}  {names.get(root, '')}")
    click.echo(f"total {len(lex)} entries, {sum(1 for e in lex if e.pos == 'NOUN')} nominal")
    missing = [r for r in ROOTS if not counts.get(r)]
    if missing:
        click.echo(f"roots without entries: {', '.join(missing)}", err=True)
        sys.exit(1)


def _plover_lookup():
    try:
        from parley.ontology import Ontology

        ont = Ontology.load()
    except Exception:
        return lambda code: None

    def lookup(code: str) -> str | None:
        return ont.cameo(code).plover_event if code in ont else None

    return lookup


def _root_names() -> dict[str, str]:
    try:
        from parley.ontology import Ontology

        ont = Ontology.load()
        return {r: ont.cameo(r).name for r in ont.roots()}
    except Exception:
        return {}
