"""A title set off by a comma after a name with post-nominal letters ("General Sir X Y KCB CBE,
Chief of the General Staff of the British Army, who ...") is the name's; and a title with its
acronym in brackets, then its force, then the name ("the Chief of the Army Staff (COAS) of the
Ghana Army, General X") is the name's too. On sentences written for these tests."""

from __future__ import annotations

from extract_helpers import extract_text, holdings


def test_title_after_post_nominal_letters(nlp):
    x = extract_text(nlp, (
        "General Sir Edmund Faraday KCB CBE, Chief of the General Staff of the British Army, who is on an "
        "official visit to Ghana, paid a courtesy call on the army chief today."
    ))
    assert ("Edmund Faraday", "Chief of General Staff", "GBR") in holdings(x)


def test_title_acronym_and_force_before_the_name(nlp):
    x = extract_text(nlp, (
        "He came at the invitation of the Chief of the Army Staff (COAS) of the Ghana Army, "
        "Major General Kwabena Asante Mensah."
    ))
    assert ("Kwabena Asante Mensah", "Chief of Army Staff", "GHA") in holdings(x)
