"""Saved queries and `kg query`: headers, parameters bound as terms, read-only guard, formats."""

from __future__ import annotations

import csv
import io
import json
import shlex

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from diplokg import queries
from diplokg.cli import cli
from diplokg.errors import InputError, UsageError

REQUIRED = {"meetings", "who-met", "meetings-between", "person-profile", "office-holders", "members",
            "frameworks-of", "timeline", "planned-meetings", "evidence", "co-attendance"}


def example_params(query: queries.SavedQuery) -> dict[str, str]:
    """The --param values of the query's first example call."""
    words = shlex.split(query.examples[0])
    values = {}
    for flag, value in zip(words, words[1:]):
        if flag in ("--param", "-p"):
            name, _, val = value.partition("=")
            values[name] = val
    return values


def test_every_required_query_is_saved_with_a_header():
    saved = {q.name: q for q in queries.saved_queries()}
    assert REQUIRED <= set(saved)
    for q in saved.values():
        assert q.summary and len(q.summary) < 120, q.name
        assert q.examples and q.examples[0].startswith(f"kg query {q.name}"), q.name
        assert all(p.type in queries.PARAM_TYPES for p in q.params)
        assert set(example_params(q)) <= {p.name for p in q.params}, q.name
        assert {p.name for p in q.params if not p.optional} <= set(example_params(q)), q.name


@pytest.mark.parametrize("name", sorted(q.name for q in queries.saved_queries()))
def test_every_saved_query_runs_with_its_example_on_the_fixture(fixture_store, name):
    query = queries.load_query(name)
    bindings = queries.bind_params(fixture_store, query, example_params(query))
    result = queries.run(fixture_store, query, bindings)
    assert result.kind == "select"
    assert result.rows, f"{name} returned no rows on the fixture"
    assert all(any(t is not None for t in row) for row in result.rows)


def test_meetings_contract(fixture_store):
    rows = queries.select(fixture_store, queries.load_query("meetings"))
    assert {"meeting", "participant", "date", "place", "status", "source"} <= set(rows[0])
    by_meeting: dict[str, set[str]] = {}
    for row in rows:
        by_meeting.setdefault(str(row["meeting"]), set()).add(str(row["participant"]))
        assert str(row["status"]) in ("held", "planned")
        if row["date"] is not None:
            assert str(row["date"].datatype).rsplit("#", 1)[-1] in ("date", "gYearMonth", "gYear")
    assert len(rows) == sum(len(p) for p in by_meeting.values())  # one row per participant
    m3 = by_meeting["https://w3id.org/diplokg/id/meeting/m3"]
    assert m3 == {"Rajnath Singh", "Pete Hegseth"}
    m3_rows = [r for r in rows if str(r["meeting"]).endswith("/m3")]
    assert {str(r["status"]) for r in m3_rows} == {"held"}  # held supersedes planned
    assert set(str(m3_rows[0]["source"]).split()) == {"a2", "a3"}  # both articles
    assert str(m3_rows[0]["date"]) == "2025-10"


def test_evidence_query(fixture_store):
    query = queries.load_query("evidence")
    bindings = queries.bind_params(fixture_store, query, {"subject": "dki:meeting/m1", "predicate": "dk:date"})
    rows = queries.select(fixture_store, query, bindings)
    assert len(rows) == 1
    assert str(rows[0]["source"]) == "a1" and "called on" in str(rows[0]["sentence"])
    assert int(rows[0]["end"]) - int(rows[0]["start"]) == len(str(rows[0]["sentence"]))


def test_person_parameter_given_as_a_name_is_linked(fixture_store):
    query = queries.load_query("who-met")
    bindings = queries.bind_params(fixture_store, query, {"person": "Khalil"})
    assert str(bindings["person"]) == "https://w3id.org/diplokg/id/person/abdulla-khaleel"
    rows = queries.select(fixture_store, query, bindings)
    assert {str(r["otherLabel"]) for r in rows} == {"Rajesh Kumar Singh"}


def test_ambiguous_and_unknown_parameters_are_usage_errors(fixture_store):
    query = queries.load_query("who-met")
    with pytest.raises(UsageError, match="Rajnath Singh"):
        queries.bind_params(fixture_store, query, {"person": "Singh"})
    with pytest.raises(UsageError, match="no person called"):
        queries.bind_params(fixture_store, query, {"person": "Nobody Atall"})
    with pytest.raises(UsageError, match="no parameter 'persn'"):
        queries.bind_params(fixture_store, query, {"persn": "Khaleel"})
    with pytest.raises(UsageError, match="needs --param person"):
        queries.bind_params(fixture_store, query, {})
    with pytest.raises(UsageError, match="bad date"):
        queries.bind_params(fixture_store, queries.load_query("events"), {"from": "October", "to": "2025"})


def test_parameters_are_terms_not_query_text(fixture_store):
    query = queries.load_query("members")
    hostile = 'member" ) } } SELECT * WHERE { ?s ?p ?o } #'
    bindings = queries.bind_params(fixture_store, query, {"framework": "ADMM-Plus", "role": hostile})
    assert queries.select(fixture_store, query, bindings) == []
    bindings = queries.bind_params(fixture_store, query, {"framework": "ADMM-Plus", "role": "dialogue partner"})
    assert {str(r["countryLabel"]) for r in queries.select(fixture_store, query, bindings)} == {"India", "United States"}


def test_a_date_period_reaches_the_filters(fixture_store):
    query = queries.load_query("timeline")
    everything = queries.select(fixture_store, query, queries.bind_params(fixture_store, query, {"entity": "India"}))
    october = queries.select(fixture_store, query, queries.bind_params(
        fixture_store, query, {"entity": "India", "from": "2025-10-01", "to": "2025-10-31"}))
    assert len(everything) > len(october)
    assert {str(r["date"]) for r in october} == {"2025-10-07", "2025-10"}  # a month overlaps the period


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("INSERT DATA { <http://a> <http://b> <http://c> }", "INSERT"),
        ("PREFIX x: <http://x/>\nDELETE WHERE { ?s ?p ?o }", "DELETE"),
        ("LOAD <http://example.org/data.ttl>", "LOAD"),
        ("DROP ALL", "DROP"),
        ("SELECT * WHERE { SERVICE <http://dbpedia.org/sparql> { ?s ?p ?o } }", "SERVICE"),
        ("SELECT * FROM <http://example.org/g.ttl> WHERE { ?s ?p ?o }", "FROM"),
        ("select * from named <file:///etc/passwd> where { graph ?g { ?s ?p ?o } }", "FROM"),
    ],
)
def test_updates_service_and_from_are_refused(fixture_store, text, word):
    with pytest.raises(UsageError, match=word):
        queries.run(fixture_store, text)


def test_keywords_inside_strings_iris_and_comments_are_not_refused(fixture_store):
    text = '# DELETE everything? no.\nSELECT ?s WHERE { ?s ?p "from SERVICE" . FILTER(?s != <http://x/LOAD>) }'
    assert queries.run(fixture_store, text).rows == []


def test_syntax_error_is_reported_with_line_and_column(fixture_store):
    with pytest.raises(InputError, match=r"line 4, column \d+"):  # the "}" where an object was due
        queries.run(fixture_store, "SELECT ?s\nWHERE {\n  ?s ?p \n}")
    with pytest.raises(InputError, match=r"line 2, column \d+"):
        queries.run(fixture_store, "# a comment\nSELECT ?s WHERE { ?s ?p ?o } LIMIT x")


def _run_cli(args, store):
    return CliRunner().invoke(cli, [*args, "--store", str(store)], catch_exceptions=False)


def test_cli_list_shows_every_query_with_its_summary(fixture_store_path):
    result = _run_cli(["query", "--list"], fixture_store_path)
    assert result.exit_code == 0
    for q in queries.saved_queries():
        assert q.name in result.output and q.summary in result.output


def test_cli_formats_agree(fixture_store_path):
    outputs = {fmt: _run_cli(["query", "meetings", "--format", fmt], fixture_store_path) for fmt in ("json", "csv", "tsv", "table")}
    assert all(r.exit_code == 0 for r in outputs.values())
    data = json.loads(outputs["json"].output)
    assert data["head"]["vars"] == ["meeting", "participant", "date", "place", "status", "source"]
    bindings = data["results"]["bindings"]
    assert bindings[0]["meeting"]["type"] == "uri"
    dated = [b for b in bindings if "date" in b]
    assert dated and all(b["date"]["datatype"].startswith("http://www.w3.org/2001/XMLSchema#g") or b["date"]["datatype"].endswith("#date") for b in dated)
    rows = list(csv.reader(io.StringIO(outputs["csv"].output)))
    assert rows[0] == data["head"]["vars"] and len(rows) - 1 == len(bindings)
    assert outputs["csv"].stdout_bytes.endswith(b"\r\n")  # W3C CSV rows end with CRLF
    tsv = outputs["tsv"].output.splitlines()
    assert tsv[0].split("\t") == ["?" + v for v in data["head"]["vars"]] and len(tsv) - 1 == len(bindings)
    assert tsv[1].startswith("<https://w3id.org/diplokg/id/meeting/")
    assert f"({len(bindings)} rows)" in outputs["table"].output


def test_cli_infers_the_format_from_the_output_file(fixture_store_path, tmp_path):
    out = tmp_path / "members.json"
    result = _run_cli(["query", "members", "-p", "framework=ADMM-Plus", "-o", str(out)], fixture_store_path)
    assert result.exit_code == 0
    labels = {b["countryLabel"]["value"] for b in json.loads(out.read_text("utf-8"))["results"]["bindings"]}
    assert labels == {"India", "Malaysia", "Singapore", "United States"}


def test_cli_runs_a_users_file_with_a_named_parameter(fixture_store_path, tmp_path):
    rq = tmp_path / "my.rq"
    rq.write_text("SELECT ?m WHERE { ?m dk:participant ?person }\n", "utf-8")
    result = _run_cli(["query", str(rq), "--param", "person=Abdulla Khaleel", "-f", "csv"], fixture_store_path)
    assert result.exit_code == 0
    assert result.output.splitlines()[1:] == ["https://w3id.org/diplokg/id/meeting/m1"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["query", "no-such-query"], "no saved query named"),
        (["query"], "give a saved query NAME"),
        (["query", "who-met", "--param", "person"], "bad --param"),
        (["query", "who-met", "--param", "person=Singh"], "could be several"),
    ],
)
def test_cli_usage_errors_exit_2(fixture_store_path, args, message):
    result = _run_cli(args, fixture_store_path)
    assert result.exit_code == 2
    assert message in result.output


def test_cli_syntax_error_exit_2_with_position(fixture_store_path, tmp_path):
    rq = tmp_path / "bad.rq"
    rq.write_text("# my query\nSELECT ?s WHERE {\n  ?s ?p ?o\n", "utf-8")
    result = _run_cli(["query", str(rq)], fixture_store_path)
    assert result.exit_code == 2
    assert "line" in result.output and "column" in result.output
    update = tmp_path / "update.rq"
    update.write_text("INSERT DATA { <http://a> <http://b> <http://c> }", "utf-8")
    result = _run_cli(["query", str(update)], fixture_store_path)
    assert result.exit_code == 2 and "refused" in result.output

@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=40).filter(lambda s: s.strip() == s and "\x00" not in s))
def test_any_string_parameter_is_a_literal_and_cannot_change_the_query(fixture_store, value):
    query = queries.load_query("members")
    bindings = queries.bind_params(fixture_store, query, {"framework": "dki:framework/admm-plus", "role": value})
    rows = queries.select(fixture_store, query, bindings)
    assert all(str(r["role"]) == value for r in rows)  # only rows whose role is exactly the value


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=60))
def test_read_only_guard_never_crashes(text):
    try:
        queries.check_read_only(text)
    except (UsageError, InputError):
        pass


def test_store_given_before_the_command_works_like_after_it(fixture_store_path, monkeypatch):
    path = str(fixture_store_path)
    monkeypatch.setenv("KG_STORE", "/nonexistent/kg-store")  # the option wins over the environment
    runner = CliRunner()
    before = runner.invoke(cli, ["--store", path, "query", "meetings", "--format", "json"])
    after = runner.invoke(cli, ["query", "meetings", "--format", "json", "--store", path])
    assert before.exit_code == after.exit_code == 0, before.output
    assert json.loads(before.output) == json.loads(after.output) != []
    # the command's own option wins over the one before the command
    both = runner.invoke(cli, ["--store", "/nonexistent/kg-store", "query", "meetings", "--format", "json", "--store", path])
    assert both.exit_code == 0 and json.loads(both.output) == json.loads(after.output)
