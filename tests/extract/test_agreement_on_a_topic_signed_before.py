""""The plan implements the agreement on military cooperation signed in Santiago in June 2023": a
lowercase "agreement on <topic>" closed by "signed in <place> / in <date>" is an agreement signed before,
a framework named by its topic; "signed an agreement on military medicine" stays a topic (invented
sentences)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds

LEAD = "Defence Minister Ana Ruiz of Peru met her Chilean counterpart Jorge Lara in Lima on Tuesday. "


def test_an_agreement_signed_in_a_place_before(nlp):
    x = extract_text(nlp, LEAD + "They signed a plan of bilateral military cooperation for 2027. The plan implements "
                                 "the agreement on military cooperation signed in Santiago in June 2023.")
    assert framework_kinds(x).get("agreement on military cooperation") == "Agreement", framework_kinds(x)


def test_an_agreement_signed_on_a_date_before(nlp):
    x = extract_text(nlp, LEAD + "The talks built on an agreement on military-technical cooperation signed in "
                                 "October 2021.")
    assert framework_kinds(x).get("agreement on military-technical cooperation") == "Agreement", framework_kinds(x)


def test_an_agreement_signed_at_the_talks_is_a_topic(nlp):
    x = extract_text(nlp, LEAD + "The two ministers signed an agreement on military medicine.")
    assert not [k for k in framework_kinds(x) if k.startswith("agreement")], framework_kinds(x)
