""""welcomed Y to X": the host met Y in X. Only the "to" of "welcome" puts the meeting there, not
that of an envoy "to X". The passive "Y was welcomed to X by Z" tells a meeting held, as "is to be
received" (an infinitive's "to") tells one to come."""

from __future__ import annotations

from extract_helpers import extract_text, meetings_by_participants, place_name


def test_welcomed_to_a_city_is_the_meetings_place(nlp):
    text = (
        "On Tuesday, Norwegian Defence Minister Tore Sandvik welcomed his Danish counterpart "
        "Troels Lund Poulsen to Oslo for talks on air defence."
    )
    x = extract_text(nlp, text)
    meeting = meetings_by_participants(x)[("Tore Sandvik", "Troels Lund Poulsen")]
    assert place_name(x, meeting) == "Oslo"


def test_a_to_that_is_not_the_welcomes_gives_no_place(nlp):
    text = (
        "Norwegian Defence Minister Tore Sandvik met Danish Defence Minister Troels Lund Poulsen on "
        "Tuesday and welcomed the nomination of a new envoy to Oslo."
    )
    x = extract_text(nlp, text)
    meeting = meetings_by_participants(x)[("Tore Sandvik", "Troels Lund Poulsen")]
    assert place_name(x, meeting) is None


def test_a_thing_welcomed_to_a_city_gives_no_place(nlp):
    # "to" hangs on "welcomed" here, but what is welcomed is an invitation: the visit is to come
    text = (
        "Norwegian Defence Minister Tore Sandvik met Danish Defence Minister Troels Poulsen on Tuesday; "
        "Poulsen welcomed Sandvik's invitation to Copenhagen next year."
    )
    x = extract_text(nlp, text)
    meeting = meetings_by_participants(x)[("Tore Sandvik", "Troels Poulsen")]
    assert place_name(x, meeting) is None


def test_a_person_named_as_welcomed_to_a_city_is_met_there(nlp):
    text = "Danish Defence Minister Troels Poulsen welcomed Norwegian Defence Minister Tore Sandvik to Copenhagen on Tuesday."
    x = extract_text(nlp, text)
    meeting = meetings_by_participants(x)[("Tore Sandvik", "Troels Poulsen")]
    assert place_name(x, meeting) == "Copenhagen"


def test_a_passive_welcome_to_a_city_is_held_there(nlp):
    text = ("Danish Defence Minister Troels Poulsen is on a visit to Norway. Yesterday, Minister Poulsen was welcomed "
            "to Oslo by Prime Minister Tore Sandvik at the Storting.")
    x = extract_text(nlp, text)
    meeting = meetings_by_participants(x)[("Tore Sandvik", "Troels Poulsen")]
    assert meeting.status == "held" and place_name(x, meeting) == "Oslo"


def test_to_be_received_is_still_to_come(nlp):
    text = ("Danish Defence Minister Troels Poulsen is on a visit to Norway. Minister Poulsen is to be received "
            "by Prime Minister Tore Sandvik in Oslo on Friday.")
    meeting = meetings_by_participants(extract_text(nlp, text))[("Tore Sandvik", "Troels Poulsen")]
    assert meeting.status == "planned"
