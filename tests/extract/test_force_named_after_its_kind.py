""""the EU-led peacekeeping force EUFOR Zephyr", "the naval force EUNAVFOR Mistral": a name right after
a described force (a mission word before "force") is a mission's, like one after "the naval mission";
not "the air force" of a country, nor a force with no name after it (invented sentences)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds

LEAD = "Defence Minister Tomas Vidmar of Slovenia met Croatian Defence Minister Ante Mrsic in Zagreb on Tuesday. "


def test_a_peacekeeping_force_named_after_its_kind(nlp):
    x = extract_text(nlp, LEAD + "Vidmar also visited the headquarters of the EU-led peacekeeping force EUFOR Zephyr, "
                                 "where he met its commander.")
    assert "EUFOR Zephyr" in framework_kinds(x), framework_kinds(x)


def test_a_naval_force_named_after_its_kind(nlp):
    x = extract_text(nlp, LEAD + "Slovenia has sent a frigate to the European naval force EUNAVFOR Mistral since 2024.")
    assert "EUNAVFOR Mistral" in framework_kinds(x), framework_kinds(x)


def test_a_force_with_no_name_after_it_is_none(nlp):
    x = extract_text(nlp, LEAD + "Slovenian officers serve with the multinational peacekeeping force Croatia leads in the region. "
                                 "The air force Vidmar commands held drills.")
    assert not [k for k in framework_kinds(x) if "Croatia" in k or "Vidmar" in k], framework_kinds(x)
