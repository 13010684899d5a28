"""`kg query`: run a saved SPARQL query (queries/*.rq) or a .rq file, read-only."""

from __future__ import annotations

from pathlib import Path

import click

from .common import handle_errors, store_option


@click.command("query")
@click.argument("name", required=False, metavar="NAME|FILE")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind a parameter (repeatable). Names of persons, countries... are linked to their IRIs.")
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]),
              help="Output format (default: from -o's extension, else table). json is W3C SPARQL 1.1 results JSON.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write the results to FILE.")
@click.option("--list", "list_queries", is_flag=True, help="List the saved queries with their summaries and parameters.")
@store_option
@handle_errors
def query_command(name: str | None, params: tuple[str, ...], fmt: str | None, output: Path | None,
                  list_queries: bool, store: Path) -> None:
    """Run a saved query by NAME, or a SPARQL query FILE, over the store (read-only).

    \b
    Examples:
      kg query --list
      kg query meetings --format csv
      kg query who-met --param person="Abdulla Khaleel"
      kg query members --param framework=ADMM-Plus -o members.json
      kg query my.rq --param person="Abdulla Khaleel"

    Updates (INSERT, DELETE, LOAD...), SERVICE and FROM are refused. A syntax error is reported
    with its line and column (exit 2).
    """
    from .. import queries
    from ..errors import UsageError

    if list_queries:
        for q in queries.saved_queries():
            click.echo(f"{q.name:<18} {q.summary}")
            for p in q.params:
                click.echo(f"{'':<18}   --param {p.name}=<{p.type}>{' (optional)' if p.optional else ''}  {p.description}")
        return
    if not name:
        raise UsageError("give a saved query NAME or a .rq FILE (kg query --list shows the saved queries)")
    saved = queries.load_query(name)
    fmt = queries.format_for(output, fmt)
    from ..store import KGStore

    kg = KGStore.open(store)
    bindings = queries.bind_params(kg, saved, queries.parse_param_args(params))
    text = queries.render(queries.run(kg, saved, bindings), fmt)
    if output:
        output.write_text(text, "utf-8")
        click.echo(f"Wrote {output}", err=True)
    else:
        click.echo(text, nl=False)


COMMANDS = [query_command]
