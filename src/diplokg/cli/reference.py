"""Render the CLI reference (docs/cli.md) from the commands' own --help texts.

    python -m diplokg.cli.reference > docs/cli.md

A test compares docs/cli.md with this output, so the reference cannot drift from the code.
"""

from __future__ import annotations

from click.testing import CliRunner

from . import cli


def render_reference() -> str:
    runner = CliRunner()
    parts = [
        "# `kg` command reference\n",
        "Generated from `kg COMMAND --help` by `python -m diplokg.cli.reference > docs/cli.md`;",
        "a test fails when it is out of date.\n",
    ]
    commands = [None, *cli.list_commands(None)]  # type: ignore[arg-type]
    for name in commands:
        args = ["--help"] if name is None else [name, "--help"]
        result = runner.invoke(cli, args, prog_name="kg", terminal_width=100)
        if result.exit_code != 0:
            raise RuntimeError(f"`kg {' '.join(args)}` failed: {result.output}")
        parts.append(f"## kg {name}\n" if name else "## kg\n")
        parts.append("```\n" + result.output.rstrip() + "\n```\n")
    return "\n".join(parts)


if __name__ == "__main__":
    print(render_reference(), end="")
