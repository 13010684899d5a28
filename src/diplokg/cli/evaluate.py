"""``kg eval``: precision, recall and F1 of the store against gold annotations."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..evaluate import evaluate, render_text
from ..store import KGStore
from .common import handle_errors, store_option


@click.command("eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@store_option
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True, help="A table with the misses listed, or JSON.")
@click.option("--summary", is_flag=True, help="Text format: the table only, without the list of misses and false positives.")
@handle_errors
def eval_command(gold_dir: Path, store: Path, output_format: str, summary: bool) -> None:
    """Score the store against gold annotations in GOLD_DIR (the format of tests/gold).

    Each <article>.json is compared with the facts that have evidence from that article; the
    optional corpus.json with the whole store (one node per real person and meeting). For
    persons, offices, meetings, frameworks and memberships it gives precision, recall and F1,
    then the share of gold-known meeting dates and places the store has right, and lists every
    miss and false positive. Names match on a label or alternative label (case, accents and
    honorifics folded), never on a bare surname. The questions in corpus.json are asked of the
    store as `kg ask` asks them, and their answers scored by F1.

    \b
    Examples:
      kg build && kg eval tests/gold
      kg eval tests/gold --format json > scores.json
      kg eval tests/extra/gold --store extra-store --summary
    """
    report = evaluate(KGStore.open(store), gold_dir)
    if output_format == "json":
        click.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        click.echo(render_text(report, details=not summary))


COMMANDS = [eval_command]
