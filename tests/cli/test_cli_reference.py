"""docs/cli.md is the commands' --help output; every command documents examples."""

from __future__ import annotations

from click.testing import CliRunner

from diplokg.cli import cli
from diplokg.cli.reference import render_reference


def test_reference_matches_help(root):
    expected = render_reference()
    actual = (root / "docs" / "cli.md").read_text("utf-8")
    assert actual == expected, "docs/cli.md is out of date: python -m diplokg.cli.reference > docs/cli.md"


def test_every_command_has_examples_in_its_help():
    runner = CliRunner()
    for name in cli.list_commands(None):  # type: ignore[arg-type]
        result = runner.invoke(cli, [name, "--help"], terminal_width=100)
        assert result.exit_code == 0, result.output
        assert "Example" in result.output or "kg " + name in result.output.split("Options:")[0], name


def test_unknown_command_is_a_usage_error():
    result = CliRunner().invoke(cli, ["frobnicate"])
    assert result.exit_code == 2
    assert "No such command" in result.output
