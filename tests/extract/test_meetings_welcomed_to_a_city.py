""""welcomed Y to X": the host met Y in X. Only the "to" of "welcome" puts the meeting there, not
that of an envoy "to X"."""

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
