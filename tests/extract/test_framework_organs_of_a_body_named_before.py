"""A body's organ of its ministers or chiefs named through the body's bare kind word in the
possessive ("the Commission's Council of Defence Ministers", the commission named before) is that
body's own, not a framework; an unowned council of ministers stays one."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_organ_named_through_an_anaphor(nlp):
    x = extract_text(nlp, "He joined his counterparts from member states of the Volta Basin Commission at an extraordinary "
                          "session of the Commission's Council of Defence Ministers in Niamey.")
    assert not any("Council of Defence Ministers" in name for name in framework_kinds(x))


def test_unowned_council_of_ministers_stays(nlp):
    x = extract_text(nlp, "The ministers met in Quito for the Andean Council of Defence Ministers, founded in 2004.")
    assert "Andean Council of Defence Ministers" in framework_kinds(x)


def test_organ_after_a_lowercase_possessive_owner(nlp):
    kinds = framework_kinds(extract_text(nlp, "Defence ministers of the Pacific Standby Force (PASF) met in Lima on Wednesday "
                                              "for the 12th session of the force's Council of Ministers of Defence and Security."))
    assert "Pacific Standby Force" in kinds, kinds
    assert "Council of Ministers of Defence and Security" not in kinds, kinds


def test_council_of_ministers_with_no_owner_before_it_stays(nlp):
    kinds = framework_kinds(extract_text(nlp, "Defence ministers met in Lima on Wednesday for the 12th session of the "
                                              "Andean Council of Ministers of Defence."))
    assert "Andean Council of Ministers of Defence" in kinds, kinds
