"""A name whose bracketed short form is an acronym followed by the name's own last words ("(MCG Coral
Sea)") runs to the bracket, its place phrase included (invented names)."""

from __future__ import annotations

from extract_helpers import extract_text


def _frameworks(x) -> dict[str, list[str]]:
    return {f.name: f.aliases for f in x.frameworks}


def test_the_name_runs_to_the_bracket_when_the_short_form_echoes_its_place(nlp):
    x = extract_text(nlp, "Norway hosted Chile and Peru for a trilateral meeting on the Mine Clearance Naval Group in the "
                          "Coral Sea (MCG Coral Sea), which the three countries set up in 2024.")
    names = _frameworks(x)
    assert "Mine Clearance Naval Group in the Coral Sea" in names, names
    assert "MCG Coral Sea" in names["Mine Clearance Naval Group in the Coral Sea"]
    assert "Mine Clearance Naval Group" not in names


def test_no_echo_no_longer_name(nlp):
    # a bracket that is no acronym with the name's last words: the group's name stops at its head word
    x = extract_text(nlp, "Norway hosted Chile for a meeting on the Mine Clearance Naval Group in the Coral Sea "
                          "(near Tarn Island) last week.")
    assert "Mine Clearance Naval Group in the Coral Sea" not in _frameworks(x)
