"""A country's membership, named as its possession ("Norway's membership of F", "Chile's
membership in F", "Estonia's F membership"), makes it a member of F when the membership is held as a
plain fact; not one sought, backed, hoped for, weighed under a modal or negation, or lost."""

from __future__ import annotations

from extract_helpers import members_stated


def test_a_membership_a_country_holds(nlp):
    for text in ("Norway's membership of the Polar Rescue Forum dates from 2015.",
                 "Estonia's membership in NATO has reshaped its defence planning.",
                 "Critics say Chile's membership of the Polar Rescue Forum costs little.",
                 "Officials said Estonia's NATO membership had deterred attacks."):
        got = members_stated(text, nlp)
        assert len(got) == 1 and next(iter(got))[2] == "member" and next(iter(got))[0] in ("NOR", "EST", "CHL"), (text, got)


def test_a_membership_only_sought_weighed_or_lost_is_none(nlp):
    for text in ("France backed Moldova's NATO membership.",
                 "Hopes for Georgia's NATO membership faded in Tbilisi.",
                 "Moldova's NATO membership would not be possible now.",
                 "Mali's former ECOWAS membership was discussed in Bamako."):
        assert members_stated(text, nlp) == set(), text
