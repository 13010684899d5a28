"""The ``kg`` command: thin click commands over the library.

Each command lives in its own module and only parses, calls one library function and renders.
Exit codes: 0 success; 1 the data does not meet a check (validation violations, inputs
skipped); 2 usage or input error.
"""

from __future__ import annotations

import click

from .. import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="diplokg")
def cli() -> None:
    """diplokg: a knowledge graph of defence diplomacy, built from news articles.

    \b
    Typical session:
      kg build                          # read seeds/ into ./kg-store
      kg ask "who met Khaleel"          # answer with the sentences that say so
      kg query meetings --format csv    # a saved SPARQL query
      kg validate                       # SHACL check of the store
      kg viz -o graph.html              # offline interactive page

    Every command takes --store PATH (or the KG_STORE environment variable).
    """


def _register() -> None:
    # One module per command; imported here so that `kg --help` lists them all.
    from . import ask, build, evaluate, export, query, show, stats, validate, viz

    for module in (build, evaluate, validate, query, ask, show, export, viz, stats):
        for command in module.COMMANDS:
            cli.add_command(command)


_register()


def main() -> None:
    cli(prog_name="kg")
