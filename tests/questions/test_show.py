"""`kg show` profiles on the fixture: names, offices, timeline, memberships, each with sources."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from diplokg.cli import cli
from diplokg.linking import UnknownName
from diplokg.show import profiles, render_text


def sections(profile) -> dict[str, list[str]]:
    return {heading: [line.text for line in lines] for heading, lines in profile.sections}


def test_person_profile(fixture_store, fixture_linker):
    [profile] = profiles(fixture_store, "Khaleel", linker=fixture_linker)
    parts = sections(profile)
    assert profile.label == "Abdulla Khaleel" and profile.kind == "Person"
    assert {"Abdulla Khalil (also)", "Dr Abdulla Khaleel (also)"} <= set(parts["Names"])
    assert parts["Offices"] == ["Foreign Affairs Minister, Maldives (also: Minister of Foreign Affairs)"]
    assert parts["Meetings"] == ["2025-10-07  with Rajesh Kumar Singh in Male [held]"]
    meeting = dict(profile.sections)["Meetings"][0]
    assert meeting.sources == ["a1"]


def test_timeline_is_in_date_order_with_undated_last(fixture_store, fixture_linker):
    [profile] = profiles(fixture_store, "Rajnath Singh", linker=fixture_linker)
    meetings = sections(profile)["Meetings"]
    assert meetings[0].startswith("2025-10  with Pete Hegseth in Kuala Lumpur [held]")
    assert all(m.startswith("date unknown") for m in meetings[1:])
    assert any("[planned]" in m and "Mohamed Ghassan Maumoon" in m for m in meetings)
    assert dict(profile.sections)["Meetings"][0].sources == ["a2", "a3"]


def test_ambiguous_name_shows_every_candidate(fixture_store, fixture_linker):
    found = profiles(fixture_store, "Singh", linker=fixture_linker)
    assert [p.label for p in found] == ["Rajesh Kumar Singh", "Rajnath Singh"]
    assert render_text(found).startswith("2 entities have this name:")


def test_country_and_framework_profiles(fixture_store, fixture_linker):
    [india] = profiles(fixture_store, "India", linker=fixture_linker)
    parts = sections(india)
    assert "Defence Minister: Rajnath Singh" in parts["Office holders"]
    assert "MAHASAGAR (Policy; owner)" in parts["Frameworks and memberships"]
    assert "ADMM-Plus Experts' Working Group on Counter-Terrorism (Forum; co-chair)" in parts["Frameworks and memberships"]
    [mahasagar] = profiles(fixture_store, "mahasagar", linker=fixture_linker)
    about = sections(mahasagar)["About"]
    assert "stands for: Mutual and Holistic Advancement for Security and Growth Across Regions" in about
    assert "policy of: India" in about
    [hlcg] = profiles(fixture_store, "HLCG", linker=fixture_linker)
    assert sections(hlcg)["Meetings and events"] == ["2025-05-26  High-Level Core Group meeting in New Delhi [held]"]


def test_every_line_with_facts_has_a_source(fixture_store, fixture_linker):
    for name in ("Rajesh Kumar Singh", "ADMM-Plus", "Kuala Lumpur", "Pete Hegseth"):
        for profile in profiles(fixture_store, name, linker=fixture_linker):
            for heading, lines in profile.sections:
                if heading in ("About",):
                    continue
                for line in lines:
                    assert line.sources, f"{name}: {heading}: {line.text} has no source"


def test_unknown_name(fixture_store, fixture_linker):
    with pytest.raises(UnknownName):
        profiles(fixture_store, "Atlantis", linker=fixture_linker)


def test_cli_show(fixture_store_path):
    runner = CliRunner()
    result = runner.invoke(cli, ["show", "Pete", "Hegseth", "--store", str(fixture_store_path)])
    assert result.exit_code == 0
    assert "Secretary of War, United States (also: Secretary of Defence)   [a2]" in result.output
    result = runner.invoke(cli, ["show", "ADMM-Plus", "--format", "json", "--store", str(fixture_store_path)])
    assert result.exit_code == 0
    [data] = json.loads(result.output)
    assert data["label"] == "ADMM-Plus" and any(s["heading"] == "Members" for s in data["sections"])
    result = runner.invoke(cli, ["show", "Atlantis", "--store", str(fixture_store_path)])
    assert result.exit_code == 2 and "no entity called 'Atlantis'" in result.output


def test_office_and_meeting_profiles(fixture_store, fixture_linker):
    [office] = profiles(fixture_store, "Secretary of War of United States", linker=fixture_linker)
    parts = sections(office)
    assert office.kind == "Office" and parts["Holders"] == ["Pete Hegseth"]
    assert "title: Secretary of War" in parts["Facts"] and "officeOf: United States" in parts["Facts"]
    [edition] = profiles(fixture_store, "12th ADMM-Plus", linker=fixture_linker)
    facts = dict(edition.sections)["Facts"]
    assert {line.text for line in facts} >= {"underFramework: ADMM-Plus", "edition: 12", "date: 2025-11"}
    assert all(line.sources == ["a3"] for line in facts)
