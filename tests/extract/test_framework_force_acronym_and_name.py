"""A multinational force named by a "-FOR" acronym and a capitalised name, with no "force" before it:
"the frigate will join EUNAVFOR Atalanta", "troops serving with EUFOR Althea". Not a word in
capitals on its own ("FOR SALE"), nor the acronym alone."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_frigate_joins_an_acronym_named_force(nlp):
    x = extract_text(nlp, "Spanish Defence Minister Elena Robles said the frigate would join EUNAVFOR Atalanta in the Gulf of Aden.")
    assert framework_kinds(x).get("EUNAVFOR Atalanta") == "Organisation"


def test_troops_serving_with_an_acronym_named_force(nlp):
    x = extract_text(nlp, "Since 2024 the Ruritanian Navy has assigned a frigate to EUNAVFOR Irini, the ministry said.")
    assert framework_kinds(x).get("EUNAVFOR Irini") == "Organisation"


def test_acronym_named_force_as_a_subject(nlp):
    x = extract_text(nlp, "KFOR Sentinel has patrolled the border since March, Defence Minister Ana Kovac said.")
    assert framework_kinds(x).get("KFOR Sentinel") == "Organisation"


def test_words_in_capitals_are_no_force(nlp):
    kinds = framework_kinds(extract_text(nlp, "The sign read VOTE FOR Peace outside the ministry, officials said."))
    assert not any("FOR" in name for name in kinds)
