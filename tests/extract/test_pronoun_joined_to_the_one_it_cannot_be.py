""""B hosted A on Wednesday. The meeting was A's first at the ministry. He and Secretary B had spoken
by phone on February 11": a pronoun joined by "and" to a named subject never stands for that person,
even when he was the latest subject; it stands for his partner in the meeting told last of his, when
a courtesy title does not say otherwise (invented sentences)."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, participant_names

PUBLISHED = date(2026, 3, 12)
HOSTED = "WASHINGTON - Defense Secretary John Miller hosted Peru's Defense Minister Carlos Ruiz at the Pentagon on Wednesday. "


def _calls(nlp, text: str) -> set[tuple[tuple[str, ...], str | None]]:
    """(participants, date) of every call (telephone or video) of the text."""
    x = extract_text(nlp, text, PUBLISHED)
    return {(tuple(participant_names(x, mt)), mt.date.iso if mt.date else None)
            for mt in x.meetings if mt.kind in ("telephone", "virtual")}


def test_he_and_the_host_after_a_sentence_with_no_person_subject(nlp):
    text = HOSTED + ("The meeting was Ruiz's first at the Pentagon. He and Secretary Miller had spoken by phone on "
                     "February 11, when Miller invited him to Washington.")
    assert _calls(nlp, text) == {(("Carlos Ruiz", "John Miller"), "2026-02-11")}


def test_he_and_the_host_after_the_host_is_quoted(nlp):
    text = HOSTED + '"We stand with Peru," Miller said. He and Miller had first spoken by telephone in January.'
    assert _calls(nlp, text) == {(("Carlos Ruiz", "John Miller"), "2026-01")}


def test_he_and_the_guest_after_the_guests_own_sentence(nlp):
    text = ("LIMA - Peru's Defense Minister Carlos Ruiz received U.S. Defense Secretary John Miller in Lima on Wednesday. "
            "Ruiz praised the visit. He and Ruiz last held a video call on February 11.")
    assert _calls(nlp, text) == {(("Carlos Ruiz", "John Miller"), "2026-02-11")}


def test_a_pronoun_a_courtesy_title_contradicts_is_not_the_partner(nlp):
    # must not fire: "she" is not Mr Ruiz
    text = ("WASHINGTON - Defense Secretary John Miller hosted Peru's Defense Minister Mr Carlos Ruiz at the Pentagon on "
            "Wednesday. The meeting was Mr Ruiz's first at the Pentagon. She and Secretary Miller had spoken by phone on February 11.")
    assert _calls(nlp, text) == set()
