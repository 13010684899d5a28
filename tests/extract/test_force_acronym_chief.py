""""the RAF chief is expected to interact with X": a chief titled by the acronym the text gave the
force ("the Ruritanian Air Force (RAF)") is that force's chief ("Air Force chief"), the person named
before with the post. An acronym the text never spelt out names no one. Invented persons."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meeting_pairs, meetings_by_participants

PUBLISHED = date(2027, 3, 2)
LEAD = ("Air Chief Marshal Kelo Baranu, the Chief of the Air Staff, will leave for Astana on Wednesday on a "
        "three-day official visit to Kazakhstan, the Ruritanian Air Force (RAF) said on Monday.\n\n")


def test_acronym_chief_is_the_force_chief(nlp):
    x = extract_text(nlp, LEAD + "Shortly after arriving on Wednesday, the RAF chief is expected to interact with the "
                     "Commander of the Air Defence Forces, Major General Tomas Varek, at the air force headquarters.\n",
                     PUBLISHED)
    met = meetings_by_participants(x)
    assert ("Kelo Baranu", "Tomas Varek") in met
    assert met[("Kelo Baranu", "Tomas Varek")].status == "planned"


def test_acronym_never_spelt_out_names_no_one(nlp):
    lead = LEAD.replace(", the Ruritanian Air Force (RAF) said on Monday", ", officials said on Monday")
    x = extract_text(nlp, lead + "Shortly after arriving on Wednesday, the QZX chief is expected to interact with the "
                     "Commander of the Air Defence Forces, Major General Tomas Varek, at the air force headquarters.\n",
                     PUBLISHED)
    assert ("Kelo Baranu", "Tomas Varek") not in meeting_pairs(x)
