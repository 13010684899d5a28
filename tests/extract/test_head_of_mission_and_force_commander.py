"""The head of a UN peacekeeping mission, "Head of Mission and Force Commander", after the mission's
acronym: one post of the mission (an organisation's post, of no country), not a "Force Commander"
of the country it serves in; on articles written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text

PUBLISHED = date(2027, 2, 8)

TEXT = ("BEIRUT: Minister Ortiz arrived to visit the troops serving with the United Nations Interim Force in Lebanon "
        "(UNIFIL). Today, Minister Ortiz met the UNIFIL {title}, Major General Paolo Venturi, at UNIFIL headquarters in Naqoura.\n")


def _posts(x):
    names = {p.key: p.name for p in x.persons}
    offices = {o.key: o for o in x.offices}
    return {(names[h.person], offices[h.office].title, offices[h.office].country, offices[h.office].organisation) for h in x.holdings}


def test_head_of_mission_and_force_commander_is_the_missions_post(nlp):
    posts = _posts(extract_text(nlp, TEXT.format(title="Head of Mission and Force Commander"), PUBLISHED))
    assert any(n == "Paolo Venturi" and t == "Head of Mission and Force Commander" and not c and org for n, t, c, org in posts)
    assert not any(n == "Paolo Venturi" and c == "LBN" for n, _, c, _ in posts)


def test_force_commander_alone_stays_the_missions_post(nlp):
    posts = _posts(extract_text(nlp, TEXT.format(title="Force Commander"), PUBLISHED))
    assert any(n == "Paolo Venturi" and t == "Force Commander" and not c and org for n, t, c, org in posts)
