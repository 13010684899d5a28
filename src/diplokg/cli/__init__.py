"""The ``kg`` command: thin click commands over the library.

Each command lives in its own module and only parses, calls one library function and renders.
Exit codes: 0 success; 1 the data does not meet a check (validation violations, inputs
skipped); 2 usage or input error.
"""

from __future__ import annotations

import importlib

import click

from .. import __version__

# Command name -> the module defining it. Modules are imported when their command is looked up,
# so that a quick command (`kg ask`, < 1 s) does not pay for the imports of the others
# (pyshacl, the build pipeline).
_COMMAND_MODULES = {
    "build": "build", "eval": "evaluate", "validate": "validate", "query": "query", "ask": "ask",
    "show": "show", "export": "export", "viz": "viz", "stats": "stats",
}


class _LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(_COMMAND_MODULES))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in _COMMAND_MODULES:
            module = importlib.import_module(f".{_COMMAND_MODULES[cmd_name]}", __name__)
            for command in module.COMMANDS:
                self.add_command(command)
        return super().get_command(ctx, cmd_name)


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="diplokg")
@click.option(
    "--store",
    type=click.Path(file_okay=False),
    default=None,
    metavar="PATH",
    help="Store for the command that follows: 'kg --store X build' = 'kg build --store X'.",
)
def cli(store: str | None) -> None:
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


def main() -> None:
    cli(prog_name="kg")
