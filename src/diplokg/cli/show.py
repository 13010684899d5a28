"""`kg show`: the profile of an entity, every line with its sources."""

from __future__ import annotations

import json
from pathlib import Path

import click

from .common import handle_errors, store_option


@click.command("show")
@click.argument("name", nargs=-1, required=True)
@click.option("--format", "-f", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@store_option
@handle_errors
def show_command(name: tuple[str, ...], fmt: str, store: Path) -> None:
    """Profile of NAME (a person, country, framework, place, meeting...): alternative names,
    offices, meetings as a timeline, frameworks and memberships, each line with its sources.

    \b
    Examples:
      kg show "Rajnath Singh"
      kg show Khaleel
      kg show ADMM-Plus --format json
      kg show India

    A name shared by several entities ("Singh") shows each of them.
    """
    from ..show import profiles, render_text
    from ..store import KGStore

    found = profiles(KGStore.open(store), " ".join(name))
    if fmt == "json":
        click.echo(json.dumps([p.to_dict() for p in found], ensure_ascii=False, indent=2))
    else:
        click.echo(render_text(found), nl=False)


COMMANDS = [show_command]
