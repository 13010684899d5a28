""""where the Commander of the Fleet, X, will host him": the pronoun's person has no name in the
sentence, so no list goes on after it; the same person named in a later sentence with another
("A and B first met in ...") adds no one to this meeting. A list after a name in the sentence
still does ("called on A and Defence Secretary B"). Invented names."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meeting_pairs

PUBLISHED = date(2027, 2, 23)
LEAD = ("New Delhi, 23 February 2027 - Chief of the Naval Staff Admiral Rohan Desai will leave for Santiago tonight on a "
        "visit to Chile from February 24 to 27, the Navy said on Monday. On Wednesday, Adm. Desai is scheduled to hold "
        "talks with his Chilean counterpart, Vice Adm. Tomas Ibarren, in Santiago.\n\n")


def test_a_later_sentences_pair_is_no_list_of_the_pronoun(nlp):
    text = LEAD + ("On Friday, the Navy chief is due to travel to Valparaiso, where the Commander of the Fleet, Rear Admiral "
                   "Pablo Quiroga, will host him.\n\nAdm. Desai and Vice Adm. Ibarren first met in Halifax in 2024.\n")
    pairs = meeting_pairs(extract_text(nlp, text, PUBLISHED))
    assert ("Pablo Quiroga", "Rohan Desai") in pairs
    assert ("Pablo Quiroga", "Rohan Desai", "Tomas Ibarren") not in pairs


def test_a_list_after_a_name_in_the_sentence_goes_on(nlp):
    # must still fire: the list right after the object's name in the same sentence
    text = LEAD + "On Thursday, Adm. Desai called on Vice Adm. Ibarren and Defence Minister Lucas Fuenzalida in Santiago.\n"
    pairs = meeting_pairs(extract_text(nlp, text, PUBLISHED))
    assert any("Lucas Fuenzalida" in p and "Rohan Desai" in p for p in pairs)
