""""After meeting the Chief of Defence Staff, General X, later that day, the minister said ...": the
parse makes the name apposed to the object a second subject of "said", and the bare "the minister"
reads as the latest minister named (a host who received the visitor just before); the one who met
X is the visitor, who holds a minister's post too. A subject written with the host's own title
("the foreign minister") stays the host. Invented persons."""

from __future__ import annotations

from datetime import date

from extract_helpers import meetings_by_participants, extract_text

PUBLISHED = date(2027, 3, 5)
LEAD = ("Estonian Defence Minister Orla Brennick returned from Uruguay on Thursday after a three-day visit.\n\n"
        "Brennick and her Uruguayan counterpart, Tomas Velk, held talks in Montevideo on Tuesday.\n\n")


def test_bare_minister_after_meeting_is_the_visitor(nlp):
    x = extract_text(nlp, LEAD + "On Wednesday, Brennick was received by Uruguay's foreign minister, Ivo Sarn, who briefed "
                     "her on Montevideo's plans for a new port, a project in which Estonia hopes to play a part. After "
                     "meeting the Chief of Defence Staff, General Marco Delvin, later that day, the minister said that "
                     "Estonian officers would attend courses at Uruguayan military institutions.\n", PUBLISHED)
    met = meetings_by_participants(x)
    assert ("Marco Delvin", "Orla Brennick") in met
    assert ("Ivo Sarn", "Marco Delvin") not in met


def test_host_title_after_meeting_stays_the_host(nlp):
    x = extract_text(nlp, LEAD + "On Wednesday, Brennick was received by Uruguay's foreign minister, Ivo Sarn. After "
                     "meeting General Marco Delvin later that day, the foreign minister said that the two countries "
                     "would widen their trade.\n", PUBLISHED)
    met = meetings_by_participants(x)
    assert ("Marco Delvin", "Orla Brennick") not in met
