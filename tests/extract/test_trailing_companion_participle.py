""""X met Y in Z on Monday, accompanied by General C": the trailing participle names X's
companion, who sat in that meeting (as "X, accompanied by C, met Y" reads): one meeting of the
three, not a meeting of X with his own companion. Invented persons."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2026, 3, 10)


def test_trailing_companion_sits_in_the_meeting(nlp):
    x = extract_text(nlp, "Latvian Defence Minister Ilmars Kreslins met Moroccan Defence Minister Hamid Tazi in Rabat "
                     "on Monday, accompanied by Chief of Defence Brigadier General Janis Ozols.\n", PUBLISHED)
    met = meetings_by_participants(x)
    assert ("Hamid Tazi", "Ilmars Kreslins", "Janis Ozols") in met
    assert ("Ilmars Kreslins", "Janis Ozols") not in met


def test_fronted_companion_reads_as_before(nlp):
    x = extract_text(nlp, "Latvian Defence Minister Ilmars Kreslins, accompanied by Chief of Defence Brigadier General "
                     "Janis Ozols, met Moroccan Defence Minister Hamid Tazi in Rabat on Monday.\n", PUBLISHED)
    assert ("Hamid Tazi", "Ilmars Kreslins", "Janis Ozols") in meetings_by_participants(x)


def test_trailing_participle_of_another_verb_is_no_companion(nlp):
    x = extract_text(nlp, "Latvian Defence Minister Ilmars Kreslins met Moroccan Defence Minister Hamid Tazi and "
                     "Moroccan Army Inspector General Karim Alaoui in Rabat on Monday.\n", PUBLISHED)
    met = meetings_by_participants(x)
    assert ("Hamid Tazi", "Ilmars Kreslins") in met
