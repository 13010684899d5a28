"""``kg export``: the store as RDF (Protégé, TriG, N-Quads, JSON-LD) or as a graph file."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import InputError, UsageError
from ..export import FORMATS, VIEWS, export, format_from_path
from ..store import KGStore
from .common import handle_errors, store_option

_FORMAT_HELP = "\n".join(f"  {name:<10} {text}" for name, text in FORMATS.items())


@click.command(
    "export",
    help=f"""Export the knowledge graph to FILE (or stdout with -o -).

\b
Formats (--format, else taken from the file extension):
{_FORMAT_HELP}

--view people (graph formats only) writes the person-to-person meeting network: edge weight =
number of meetings, meeting dates on the edges (GEXF spells for Gephi's timeline).

\b
Examples:
  kg export -o kg.ttl                      # open in Protégé: File > Open
  kg export --format trig -o kg.trig       # every fact in its own named graph
  kg export -o people.gexf --view people   # Gephi, with a timeline
  kg export --format dot -o - | dot -Tsvg > kg.svg
""",
)
@click.option("--format", "-f", "fmt", type=click.Choice(list(FORMATS)), help="Output format (default: from the extension of -o).")
@click.option("--output", "-o", "output", required=True, metavar="FILE", help="File to write, or - for standard output.")
@click.option("--view", type=click.Choice(VIEWS), default="full", show_default=True, help="Graph formats: all entities, or people only.")
@store_option
@handle_errors
def export_command(fmt: str | None, output: str, view: str, store: Path) -> None:
    if fmt is None:
        if output == "-":
            raise UsageError("writing to stdout: give --format (one of " + ", ".join(FORMATS) + ")")
        fmt = format_from_path(output)
    data = export(KGStore.open(store), fmt, view=view)
    if output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    path = Path(output)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    except OSError as exc:
        raise InputError(f"cannot write '{path}': {exc.strerror or exc}") from exc
    click.echo(f"Wrote {fmt} ({len(data):,} bytes) to {path}", err=True)


COMMANDS = [export_command]
