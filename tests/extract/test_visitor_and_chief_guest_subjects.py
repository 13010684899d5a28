""""The visiting dignitary held talks with X" (the parse reads "held" as the talks' modifier) is the
story's visitor's meeting; "A attended the parade as chief guest ... The chief guest later called on
B": the chief guest is A. With no visitor, or no one told as chief guest, nothing. Invented persons."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meeting_pairs

PUBLISHED = date(2027, 3, 6)


def test_visiting_dignitary_held_talks(nlp):
    x = extract_text(nlp, "Borduria's Defence Minister Tomas Varek arrived in Varna on Monday on a three-day visit. "
                     "The visiting dignitary held talks with Defence Minister Ivo Marten on Tuesday.\n", PUBLISHED)
    assert ("Ivo Marten", "Tomas Varek") in meeting_pairs(x)


def test_chief_guest_called_on(nlp):
    x = extract_text(nlp, "Borduria's Defence Minister Tomas Varek attended the Republic Day parade in Varna on Monday "
                     "as chief guest. The chief guest later called on President Ana Lirel.\n", PUBLISHED)
    assert ("Ana Lirel", "Tomas Varek") in meeting_pairs(x)


def test_chief_guest_never_named(nlp):
    x = extract_text(nlp, "Borduria's Defence Minister Tomas Varek attended the Republic Day parade in Varna on Monday. "
                     "The chief guest later called on President Ana Lirel.\n", PUBLISHED)
    assert ("Ana Lirel", "Tomas Varek") not in meeting_pairs(x)
