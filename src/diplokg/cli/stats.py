"""``kg stats``: counts by class, most connected people, meetings per country pair and month."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..stats import compute_stats, render_text
from ..store import KGStore
from .common import handle_errors, store_option


@click.command(
    "stats",
    help="""Show what the graph holds: individuals by class, the most connected people (degree and
betweenness in the meeting network), meetings per country pair and per month.

\b
Examples:
  kg stats
  kg stats --top 5
  kg stats --format json > stats.json
""",
)
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True, help="Output format.")
@click.option("--top", type=click.IntRange(min=0), default=10, show_default=True, help="How many people to list.")
@store_option
@handle_errors
def stats_command(fmt: str, top: int, store: Path) -> None:
    stats = compute_stats(KGStore.open(store), top=top)
    if fmt == "json":
        click.echo(json.dumps(stats, indent=2, ensure_ascii=False))
    else:
        click.echo(render_text(stats), nl=False)


COMMANDS = [stats_command]
