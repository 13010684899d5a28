"""`kg ask`: answer an English question from the knowledge graph, with the sentences that say so."""

from __future__ import annotations

import json
from pathlib import Path

import click

from .common import handle_errors, store_option


@click.command("ask")
@click.argument("question", nargs=-1, required=True)
@click.option("--format", "-f", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help='json: {"question", "sparql", "answers": [{"text", "iri", "evidence": [...]}]}')
@store_option
@handle_errors
def ask_command(question: tuple[str, ...], fmt: str, store: Path) -> None:
    """Answer QUESTION (English) from the store; every answer cites its article and sentence.

    \b
    Examples:
      kg ask "who met Khaleel?"
      kg ask "who is Rajnath Singh scheduled to meet?"
      kg ask "when did Rajesh Kumar Singh meet Abdulla Khaleel?"
      kg ask "who is the Defence Minister of Singapore?"
      kg ask "which countries are members of ADMM-Plus?"
      kg ask "who met whom in Kuala Lumpur?"
      kg ask "which countries did Rajnath Singh visit?"
      kg ask "which frameworks is India a member of?"
      kg ask "what is MAHASAGAR?" --format json

    The forms it understands are listed in docs/questions.md; a trailing place, day
    or event narrows a question ("... in Male", "... on 7 October 2025"). A question
    it cannot map is answered with the list of forms it understands (exit 2); an
    unknown name with the closest names in the store (exit 2).
    """
    # Imported here so that `kg --help` stays fast; none of this loads spaCy.
    from ..ask import ask, render_text
    from ..store import KGStore

    result = ask(KGStore.open(store), " ".join(question))
    if fmt == "json":
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(render_text(result), nl=False)


COMMANDS = [ask_command]
