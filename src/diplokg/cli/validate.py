"""``kg validate``: SHACL check of the store or of an RDF file."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..store import KGStore
from ..validate import load_data_file, render_text, validate as validate_data
from .common import handle_errors, store_option


@click.command("validate")
@store_option
@click.option(
    "--data",
    "data_file",
    type=click.Path(path_type=Path, dir_okay=True),
    default=None,
    help="Validate this RDF file (TriG, N-Quads, Turtle, ...) instead of the store.",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Report as readable text, or as JSON (every result, full IRIs).",
)
@click.option(
    "--limit",
    type=click.IntRange(min=0),
    default=50,
    show_default=True,
    help="Show at most this many results in the text report (0: all).",
)
@handle_errors
def validate(store: Path, data_file: Path | None, output_format: str, limit: int) -> None:
    """Check the knowledge graph against the SHACL shapes (shapes/*.ttl).

    Each result names the offending node, the shape and property, the message, and the article
    and sentence that produced the node (through the provenance graph). A fact whose named graph
    has no provenance, or that sits in the default graph, is reported too.

    Exit code: 0 the data conforms, 1 it does not, 2 usage or input error (missing store,
    missing, empty or unparsable file).

    \b
    Examples:
      kg validate                                 # the store (./kg-store or $KG_STORE)
      kg validate --store /data/kg-store
      kg validate --data tests/data/seed001.trig  # a TriG/N-Quads/Turtle file
      kg validate --format json > report.json
    """
    data = load_data_file(data_file) if data_file is not None else KGStore.open(store).to_dataset()
    report = validate_data(data)
    if output_format == "json":
        click.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        click.echo(render_text(report, limit=limit or None))
    sys.exit(0 if report.conforms else 1)


COMMANDS = [validate]
