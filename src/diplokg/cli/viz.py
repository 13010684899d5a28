"""``kg viz``: write one self-contained HTML page to explore the graph offline."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import InputError
from ..export import VIEWS
from ..store import KGStore
from ..viz import render_html
from .common import handle_errors, store_option


@click.command(
    "viz",
    help="""Write an interactive, self-contained HTML view of the graph (works offline).

The page has a search box, a legend that filters by type, and a details panel: click a node to
see its attributes, its connections and the sentences (with their articles) that state them.
Add #node=NAME to the page's address to open it with that node selected.

\b
Examples:
  kg viz -o graph.html                  # then open graph.html in a browser
  kg viz -o people.html --view people   # only people; edges = meetings
""",
)
@click.option("--output", "-o", "output", default="graph.html", show_default=True, type=click.Path(dir_okay=False, path_type=Path), help="HTML file to write.")
@click.option("--view", type=click.Choice(VIEWS), default="full", show_default=True, help="All entities, or the people's meeting network.")
@click.option("--title", default="diplokg knowledge graph", show_default=True, help="Page title.")
@store_option
@handle_errors
def viz_command(output: Path, view: str, title: str, store: Path) -> None:
    page = render_html(KGStore.open(store), view=view, title=title)
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(page, "utf-8")
    except OSError as exc:
        raise InputError(f"cannot write '{output}': {exc.strerror or exc}") from exc
    click.echo(f"Wrote {output} ({len(page.encode('utf-8')):,} bytes); open it in a browser.", err=True)


COMMANDS = [viz_command]
