""""the defence chief" with no name: the first person named with a post that heads defence."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meeting_pairs

PUBLISHED = date(2026, 10, 22)


def test_the_defence_chief_is_the_story_s_defence_minister_not_a_counterpart_named_later(nlp):
    text = (
        "WARSAW – Minister of National Defense Jan Kowalski received Chile's Deputy Minister of Defense, Gen. Pablo "
        "Rojas, in Warsaw on Wednesday.\n\nOn Monday, Kowalski also held a virtual meeting with Australian Defence "
        "Minister Tom Bradley.\n\nEarlier this month, the defense chief held talks with Malaysia's Defence Minister "
        "Ahmad Hisham Rahman in Kuala Lumpur on maritime security.\n"
    )
    x = extract_text(nlp, text, PUBLISHED)
    assert ("Ahmad Hisham Rahman", "Jan Kowalski") in meeting_pairs(x)
    assert ("Ahmad Hisham Rahman", "Tom Bradley") not in meeting_pairs(x)


def test_the_defence_chief_is_no_army_chief(nlp):
    text = (
        "Chief of Army Staff Gen. Marek Nowak received Chile's Army Commander, Gen. Pablo Rojas, in Warsaw on Wednesday.\n\n"
        "Earlier this month, the defence chief held talks with Malaysia's Defence Minister Ahmad Hisham Rahman in Kuala Lumpur.\n"
    )
    x = extract_text(nlp, text, PUBLISHED)
    assert not any("Ahmad Hisham Rahman" in pair for pair in meeting_pairs(x))
