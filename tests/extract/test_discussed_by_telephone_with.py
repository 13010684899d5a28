""""A discussed X by telephone with B": the parse hangs "with B" on the medium, not on the verb;
discussing something with a person over the phone is a call with them (invented sentences)."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, participant_names

PUBLISHED = date(2027, 2, 3)


def test_discussed_by_telephone_with_a_minister_is_a_call(nlp):
    x = extract_text(nlp, "Defence Minister Tarin Vosk had discussed the agenda of the summit by telephone with Estrian "
                          "Defence Minister Olen Markaj last week, the ministry said.", PUBLISHED)
    assert [participant_names(x, mt) for mt in x.meetings] == [["Olen Markaj", "Tarin Vosk"]]
    assert x.meetings[0].kind == "telephone"


def test_discussed_by_telephone_with_a_country_is_no_meeting(nlp):
    # must not fire: "with" a country, not a person
    x = extract_text(nlp, "Defence Minister Tarin Vosk discussed the agenda of the summit by telephone with Estria "
                          "last week, the ministry said.", PUBLISHED)
    assert x.meetings == []
