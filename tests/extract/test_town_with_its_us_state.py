"""A town written with its US state, where the state's name is also a city's ("in Tacoma,
Washington", "at Fort Drum, New York"): the meeting is in the town, not in the capital. Not
"in Washington" alone, nor a list of cities ("in Seattle and Washington")."""

from __future__ import annotations

from extract_helpers import extract_text


def _places(x):
    names = {p.key: p.name for p in x.places}
    return [names.get(m.place) for m in x.meetings]


def test_hosted_in_a_town_of_washington_state(nlp):
    x = extract_text(nlp, "US Defense Secretary Jonah Whitcombe hosted Ruritanian Defence Minister Tomasz Brzeski in Tacoma, Washington, on Tuesday.")
    assert "Washington" not in _places(x)


def test_will_meet_in_a_town_of_washington_state(nlp):
    x = extract_text(nlp, "Ruritanian Defence Minister Tomasz Brzeski will meet US Defense Secretary Jonah Whitcombe in Spokane, Washington, next week.")
    assert "Washington" not in _places(x)


def test_talks_at_a_town_of_new_york_state(nlp):
    x = extract_text(nlp, "The talks between US Army Secretary Dale Hobbes and Ruritanian army chief Gen. Ivo Marek took place in Albany, New York, on Monday.")
    assert "New York" not in _places(x)


def test_the_capital_alone_stays(nlp):
    x = extract_text(nlp, "US Defense Secretary Jonah Whitcombe hosted Ruritanian Defence Minister Tomasz Brzeski in Washington on Tuesday.")
    assert _places(x) == ["Washington"]
