"""Framework names with numerals in them: a "3+3" format opening the name, a version number, a
hyphened numeral of an edition."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_plus_format_opens_the_name(nlp):
    x = extract_text(nlp, "Chile, Peru and Ecuador are among the nine members of the 3+3 Maritime Initiative, "
                          "which brings together the countries of the Pacific coast.")
    kinds = framework_kinds(x)
    assert kinds.get("3+3 Maritime Initiative") == "Initiative"
    assert "Maritime Initiative" not in kinds


def test_spaced_numbers_do_not_open_the_name(nlp):
    x = extract_text(nlp, "The ministers reviewed the 4 + 4 Naval Dialogue in Lima on Monday.")
    assert "4 + 4 Naval Dialogue" not in framework_kinds(x)

