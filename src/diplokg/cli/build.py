"""``kg build``: read articles into the store."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..build import MODEL_ENV, build as run_build
from .common import handle_errors, store_option


@click.command("build")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@store_option
@click.option("--model", envvar=MODEL_ENV, show_envvar=True, default=None, help="spaCy model (name or path). [default: the installed English model]")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True, help="Processes for the NLP stage (each loads the model once).")
@click.option("--add", is_flag=True, help="Keep the articles already in the store and add PATHS to them (instead of replacing them).")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True, help="Summary as a line of text or as JSON.")
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr. [default: when stderr is a terminal]")
@handle_errors
def build(paths: tuple[Path, ...], store: Path, model: str | None, jobs: int, add: bool, output_format: str, progress: bool | None) -> None:
    """Build the knowledge graph from article files and folders (default: seeds/).

    PATHS are .txt articles (a first line " date YYYY-MM-DD" gives the publication date) and
    .jsonl files (one article per line: {"text", "date", "url", "title", "id"}); folders are
    searched for both.

    The store is REPLACED by a graph of exactly PATHS; with --add, the articles already in the
    store are kept (from its cache) and PATHS are added, an article with the same id replacing
    the old one. Each article's extraction is cached by content, so re-building runs the NLP
    only on new or changed articles, and the same input always gives the identical graph. The
    new store is swapped in only once complete: a failed build leaves the old one usable.

    Unreadable inputs (binary, empty, malformed JSON lines) are skipped with a message and the
    build goes on. Exit code: 0 all inputs went in, 1 some were skipped, 2 usage or input error
    (nothing could be read, model missing).

    \b
    Examples:
      kg build                              # seeds/ -> ./kg-store
      kg build news/ extra.jsonl --store /data/kg-store
      kg build new-article.txt --add        # add one article to the existing store
      kg build corpus/ --jobs 2             # two NLP processes
      KG_SPACY_MODEL=en_core_web_md kg build corpus/
    """
    if not paths:
        default = Path("seeds")
        if not default.is_dir():
            raise click.UsageError("no PATHS given and there is no seeds/ folder here")
        paths = (default,)
    show_progress = sys.stderr.isatty() if progress is None else progress
    report = run_build(list(paths), store, model=model, jobs=jobs, progress=show_progress, add=add)
    for issue in report.warnings:
        click.echo(f"Warning: {issue}", err=True)
    for issue in report.skipped:
        click.echo(f"Skipped: {issue}", err=True)
    if output_format == "json":
        click.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        click.echo(report.summary())
    sys.exit(report.exit_code)


COMMANDS = [build]
