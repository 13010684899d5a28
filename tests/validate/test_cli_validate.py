"""`kg validate`: exit codes, readable and JSON reports, store or file, bad input."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from diplokg.cli import cli
from diplokg.store import load_rdf_file


def run(*args: str):
    return CliRunner().invoke(cli, ["validate", *args])


def test_the_seed_graph_file_conforms_with_exit_0(data_dir):
    result = run("--data", str(data_dir / "seed001.trig"))
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Conforms")


def test_a_broken_file_exits_1_with_node_shape_message_and_sentence(data_dir):
    result = run("--data", str(data_dir / "broken-office-without-country.trig"))
    assert result.exit_code == 1
    out = result.output
    assert "dki:office/mdv/chief-of-defence-forces" in out
    assert "dks:OfficeShape" in out and "dk:officeOf" in out
    assert "exactly one country" in out
    assert "dki:article/001_9fc2457ebedf823b" in out
    assert '"Chief of Defence Forces"' in out


def test_json_report_lists_every_result(data_dir):
    result = run("--data", str(data_dir / "broken-fact-without-provenance.trig"), "--format", "json")
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert report["conforms"] is False
    assert report["results"] and all(r["shape"].endswith("#AssertionShape") for r in report["results"])
    assert all(r["statements"] for r in report["results"])


def test_the_store_is_validated_without_data(tmp_path, data_dir):
    good, bad = tmp_path / "good", tmp_path / "bad"
    load_rdf_file(data_dir / "seed001.trig", good)
    load_rdf_file(data_dir / "broken-meeting-one-participant.trig", bad)
    assert run("--store", str(good)).exit_code == 0
    result = run("--store", str(bad))
    assert result.exit_code == 1
    assert "dks:MeetingShape" in result.output


def test_the_store_comes_from_kg_store_variable(tmp_path, data_dir, monkeypatch):
    store = tmp_path / "env-store"
    load_rdf_file(data_dir / "broken-status-unknown.trig", store)
    monkeypatch.setenv("KG_STORE", str(store))
    result = run()
    assert result.exit_code == 1
    assert '"completed"' in result.output


@pytest.mark.parametrize(
    "name, content, words",
    [
        ("missing.trig", None, "no such file"),
        ("empty.trig", b"", "is empty"),
        ("garbage.trig", b"this is not RDF {", "cannot parse"),
    ],
)
def test_bad_input_is_one_line_on_stderr_with_exit_2(tmp_path, name, content, words):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    result = run("--data", str(path))  # click >= 8.2 keeps stderr apart
    assert result.exit_code == 2
    err = result.stderr.strip()
    assert err.startswith("Error:") and words in err and name in err
    assert "\n" not in err
    assert "Traceback" not in result.output + result.stderr


def test_a_missing_store_is_an_input_error(tmp_path):
    result = run("--store", str(tmp_path / "nowhere"))
    assert result.exit_code == 2
    assert "kg build" in result.stderr


def test_an_unknown_format_is_a_usage_error(data_dir):
    result = run("--data", str(data_dir / "seed001.trig"), "--format", "xml")
    assert result.exit_code == 2


def test_help_has_examples():
    result = run("--help")
    assert result.exit_code == 0
    assert "Examples:" in result.output and "kg validate --data" in result.output

