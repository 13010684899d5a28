"""The ``kg export``, ``kg viz`` and ``kg stats`` commands: files, stdout, formats, exit codes."""

from __future__ import annotations

import json

import networkx as nx
import pytest
import rdflib
from click.testing import CliRunner

from diplokg.cli import cli


@pytest.fixture()
def run(fixture_store_path):
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(cli, [*args, "--store", str(fixture_store_path)], catch_exceptions=False)

    return invoke


def test_export_infers_the_format_from_the_extension(run, tmp_path, fixture_store):
    out = tmp_path / "kg.trig"
    result = run("export", "-o", str(out))
    assert result.exit_code == 0, result.output
    ds = rdflib.Dataset()
    ds.parse(str(out), format="trig")
    assert len(list(ds.quads((None, None, None, None)))) == len(fixture_store)


def test_export_to_stdout_needs_a_format(run):
    result = run("export", "-o", "-")
    assert result.exit_code == 2
    assert "--format" in result.output
    result = run("export", "--format", "cytoscape", "-o", "-")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["elements"]["nodes"]


def test_export_people_view_graphml(run, tmp_path):
    out = tmp_path / "people.graphml"
    assert run("export", "-o", str(out), "--view", "people").exit_code == 0
    graph = nx.read_graphml(out)
    assert graph.number_of_nodes() and all(a["type"] == "Person" for _, a in graph.nodes(data=True))


def test_export_errors_exit_2(run, tmp_path):
    result = run("export", "-o", str(tmp_path / "kg.xyz"))
    assert result.exit_code == 2 and "Error:" in result.output
    result = run("export", "-o", str(tmp_path / "kg.trig"), "--view", "people")
    assert result.exit_code == 2
    result = CliRunner().invoke(cli, ["export", "-o", str(tmp_path / "kg.ttl"), "--store", str(tmp_path / "none")])
    assert result.exit_code == 2 and "kg build" in result.output


def test_viz_writes_the_page(run, tmp_path):
    out = tmp_path / "sub" / "graph.html"
    result = run("viz", "-o", str(out), "--title", "Seeds")
    assert result.exit_code == 0
    text = out.read_text("utf-8")
    assert text.startswith("<!DOCTYPE html>") and "<title>Seeds</title>" in text


def test_stats_table_and_json(run):
    table = run("stats", "--top", "3")
    assert table.exit_code == 0 and "Most connected people" in table.output
    data = json.loads(run("stats", "--format", "json").output)
    assert set(data) == {"totals", "classes", "most_connected_people", "meetings_per_country_pair", "meetings_per_month"}


@pytest.mark.parametrize("command", ["export", "viz", "stats"])
def test_help_has_examples(command):
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0 and "Examples:" in result.output
