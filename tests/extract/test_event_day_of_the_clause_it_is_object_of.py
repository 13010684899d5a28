""""X on Tuesday co-chaired the 5th A-B Defence Dialogue": an edition of a framework that is the
object of a chairing (attending, hosting) verb takes the day of that verb's clause, also when the
day is written between the subject and the verb; a day to come under "will". Not the object of a
verb of another kind ("recalled the 5th ..."). Invented sentences."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text

PUBLISHED = date(2026, 3, 12)  # a Thursday
LEAD = "NEW DELHI: Velorian Defence Secretary Arko Tassin"


def _event(x):
    assert len(x.events) == 1
    return x.events[0]


def test_co_chaired_edition_takes_the_day_before_the_verb(nlp):
    x = extract_text(nlp, f"{LEAD} on Tuesday co-chaired the 5th Velorian-Mardovan Defence Dialogue with Mardovan "
                     "Defence Secretary Pel Ostrick.\n", PUBLISHED)
    ev = _event(x)
    assert ev.date is not None and ev.date.iso == "2026-03-10"


def test_attended_edition_to_come_takes_the_day_after(nlp):
    x = extract_text(nlp, f"{LEAD} will attend the 6th Velorian-Mardovan Defence Dialogue on Friday.\n", PUBLISHED)
    ev = _event(x)
    assert ev.status == "planned" and ev.date is not None and ev.date.iso == "2026-03-13"


def test_recalled_edition_takes_no_day(nlp):
    x = extract_text(nlp, f"{LEAD} on Tuesday recalled the 5th Velorian-Mardovan Defence Dialogue.\n", PUBLISHED)
    ev = _event(x)
    assert ev.date is None
