""""the two officers had last spoken by video link in February": "officers" counted as two stands for
the pair just told, like "the two admirals"; uncounted ("officers of the two navies held talks") it is
anyone's, no meeting of the pair. Invented persons."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, place_name

PUBLISHED = date(2027, 3, 19)
LEAD = ("Admiral Koro Valdemar, the Chief of Naval Staff of Ruritania, held talks with the Commander of the Zendan "
        "Navy, Rear Admiral Pavel Ostrik, in Zenda on Tuesday.\n\n")


def _held(x):
    return sorted(((mt.date.iso if mt.date else None), place_name(x, mt), mt.kind) for mt in x.meetings if mt.status == "held")


def test_two_officers_spoke_by_video_link_in_a_said_clause(nlp):
    x = extract_text(nlp, LEAD + "Ostrik, who first met Valdemar in Lisbon last September, said the two officers had "
                     "last spoken by video link in February to prepare the visit.\n", PUBLISHED)
    held = _held(x)
    assert ("2027-02", None, "virtual") in held
    assert ("2026-09", "Lisbon", "talks") in held


def test_two_officers_spoke_by_phone(nlp):
    x = extract_text(nlp, LEAD + "The two officers spoke by phone on February 12.\n", PUBLISHED)
    assert ("2027-02-12", None, "telephone") in _held(x)


def test_uncounted_officers_are_not_the_pair(nlp):
    # must not change: officers of the two navies are not the two chiefs
    for text in ("Officers of the two navies held talks on training on Wednesday.\n",
                 "Junior officers from both navies met in Lisbon on Thursday.\n"):
        x = extract_text(nlp, LEAD + text, PUBLISHED)
        assert _held(x) == [("2027-03-16", "Zenda", "talks")], text
