"""A body named with its acronym after its owner's acronym ("the NATO Littoral Warfare Centre of
Excellence (LWCOE)"): its name is the part the acronym spells, and the name as written, with the
owner, is another name of it (another article writes it so, without the acronym)."""

from __future__ import annotations

from extract_helpers import extract_text


def _names(nlp, text: str) -> dict[str, list[str]]:
    return {f.name: f.aliases for f in extract_text(nlp, text).frameworks}


def test_owned_acronym_body_keeps_its_written_name(nlp):
    cases = {
        "Ruvalian officers will train at the NATO Littoral Warfare Centre of Excellence (LWCOE) in Kiel, "
        "Minister Tarbo Kessel said.": ("Littoral Warfare Centre of Excellence", "NATO Littoral Warfare Centre of Excellence"),
        "Kessel visited the SCO Regional Anti-Terrorist Structure (RATS) in Tashkent on Monday.":
            ("Regional Anti-Terrorist Structure", "SCO Regional Anti-Terrorist Structure"),
        "The two ministers agreed that Ostravian experts would be seconded to the NATO Cooperative Space Defence "
        "Centre of Excellence (CSDCOE).": ("Cooperative Space Defence Centre of Excellence",
                                           "NATO Cooperative Space Defence Centre of Excellence"),
    }
    for text, (name, written) in cases.items():
        names = _names(nlp, text)
        assert written in names.get(name, []), (text, names)


def test_unowned_acronym_body_has_no_other_name(nlp):
    names = _names(nlp, "Ruvalian officers will train at the Littoral Warfare Centre of Excellence (LWCOE) in Kiel.")
    assert names.get("Littoral Warfare Centre of Excellence") == ["LWCOE"], names
