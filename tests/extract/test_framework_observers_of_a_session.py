"""A country that "attended as an observer" (no object) after a sentence reporting the session of a
body held under another: the body whose session was reported is the one observed (invented sentences)."""

from __future__ import annotations

from extract_helpers import members_stated


def _observers(got: set[tuple[str, str, str]]) -> set[tuple[str, str]]:
    return {(c, fw) for c, fw, r in got if r == "observer"}


def test_observer_of_the_body_whose_session_was_held_under_another(nlp):
    got = members_stated("The third session of the Mekong Riverine Patrol Commission was held in Vientiane on Monday under "
                         "the Council for Mainland Stability. Laos, Cambodia and Thailand took part. Myanmar attended as an observer.", nlp)
    assert _observers(got) == {("MMR", "Mekong Riverine Patrol Commission")}


def test_observer_of_the_meeting_of_a_forum_under_auspices(nlp):
    got = members_stated("The annual meeting of the Andean Defence Council took place in Lima on Monday under the auspices "
                         "of the Pacific Security Forum. Ecuador took part as an observer.", nlp)
    assert _observers(got) == {("ECU", "Andean Defence Council")}


def test_observer_of_a_forum_that_met(nlp):
    got = members_stated("The Pacific Security Forum met in Lima on Monday. Ecuador took part as an observer.", nlp)
    assert _observers(got) == {("ECU", "Pacific Security Forum")}
