"""A headline's name with a bare "to" verb ("Silva to host Moreau as ...") tells a meeting still to come."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, participant_names


def test_headline_infinitive_meeting_is_planned(nlp):
    x = extract_text(nlp, "Silva to host Moreau as Portugal and France deepen naval ties\n\n"
                          "Nuno Silva, the Portuguese Defence Minister, is set to host his French counterpart, Claire Moreau, "
                          "for talks in Porto on 20 May.", published=date(2025, 5, 4))
    pair = [mt for mt in x.meetings if participant_names(x, mt) == ["Claire Moreau", "Nuno Silva"]]
    assert pair and all(mt.status == "planned" for mt in pair)


def test_headline_with_a_finite_verb_stays_held(nlp):
    x = extract_text(nlp, "Silva hosts Moreau as Portugal and France deepen naval ties\n\n"
                          "Nuno Silva, the Portuguese Defence Minister, hosted his French counterpart, Claire Moreau, "
                          "for talks in Porto on Monday.", published=date(2025, 5, 4))
    assert meetings_by_participants(x)[("Claire Moreau", "Nuno Silva")].status == "held"
