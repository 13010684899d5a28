"""An observer "at the meeting" observes the body whose meeting the article reports (named in its
lead), not a body named in the observer's own relative clause (invented sentences)."""

from __future__ import annotations

from extract_helpers import members_stated

LEAD = "The Lake Chiefs Council met in Kampala on Tuesday to discuss border patrols. Chiefs from Kenya and Uganda attended. "


def test_observer_at_the_meeting_is_of_the_lead_body(nlp):
    got = members_stated(LEAD + "Somalia, which left the Horn Security Forum in 2019, attended the meeting as an observer.", nlp)
    assert ("SOM", "Lake Chiefs Council", "observer") in got
    assert ("SOM", "Horn Security Forum", "observer") not in got


def test_observer_of_a_body_attended_by_name(nlp):
    got = members_stated(LEAD + "Somalia attended the Horn Security Forum as an observer.", nlp)
    assert ("SOM", "Horn Security Forum", "observer") in got
    assert ("SOM", "Lake Chiefs Council", "observer") not in got


def test_observers_attending_its_meetings_after_a_semicolon(nlp):
    got = members_stated("The Andean Naval Forum, created in 1997, groups the armed forces of Chile, Peru, Bolivia and Ecuador, "
                         "which joined in 2007 as its fourth member; Brazil, Paraguay and Colombia attend its meetings as observers.", nlp)
    assert {(iso, "Andean Naval Forum", "observer") for iso in ("BRA", "PRY", "COL")} <= got


def test_attending_a_fair_as_observers_is_no_role(nlp):
    got = members_stated("The Andean Naval Forum groups the navies of Chile and Peru; Brazil and Paraguay attend a trade fair as observers.", nlp)
    assert not any(iso in ("BRA", "PRY") for iso, _, _ in got)
