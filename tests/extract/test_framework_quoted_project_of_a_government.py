"""A quoted name before "project" / "programme" owned by a government after it: 'the "Road of
Harmony" project of the Chilean government' is that state's initiative; a quoted project with no
such owner (a building work, a site) is not (invented names)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_quoted_project_of_a_government(nlp):
    kinds = framework_kinds(extract_text(nlp, "The minister discussed regional security and connectivity, including the "
                                              "\"Road of Harmony\" project of the Chilean government."))
    assert kinds.get("Road of Harmony") == "Initiative"


def test_quoted_project_without_an_owning_government(nlp):
    kinds = framework_kinds(extract_text(nlp, "The minister toured the \"Blue Harbour\" project in the port city."))
    assert "Blue Harbour" not in kinds
