""""A thanked (praised, told) B for ... during a meeting in Z on Tuesday": the indefinite meeting the
verb's phrase names is A's with B, as "during their meeting" is; not "during a meeting of <others>",
nor a thanks for help "during the typhoon". Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import extract_text, participant_names

PUBLISHED = date(2026, 3, 12)
HEAD = "MANILA, March 10 - Philippine Defence Secretary Rogelio Tanbuan "
OTHER = "Japanese Defence Minister Hideaki Morisawa"


@pytest.mark.parametrize("verb", ["thanked", "praised"])
def test_thanked_during_a_meeting(nlp, verb):
    x = extract_text(nlp, f"{HEAD}{verb} {OTHER} for Tokyo's support during a meeting in Cebu on Tuesday.", PUBLISHED)
    places = {p.key: p.name for p in x.places}
    assert [(participant_names(x, mt), places.get(mt.place), mt.date.iso) for mt in x.meetings] == [
        (["Hideaki Morisawa", "Rogelio Tanbuan"], "Cebu", "2026-03-10")]


@pytest.mark.parametrize("tail", ["during a meeting of regional ministers in Cebu on Tuesday", "during the typhoon last year"])
def test_no_meeting_of_the_two(nlp, tail):
    x = extract_text(nlp, f"{HEAD}thanked {OTHER} for Tokyo's support {tail}.", PUBLISHED)
    assert x.meetings == []
