""""the movement" (its possessive too) stands for the body named before whose name ends in
"Movement", as "the council" does for a Council: "India is one of the movement's founding members";
not when no such body was named. Invented text."""

from __future__ import annotations

import pytest
from extract_helpers import members_stated

LEAD = "Nepal joined the Highland Solidarity Movement in 1995. "


@pytest.mark.parametrize("text", [
    LEAD + "Bhutan is one of the movement's founding members.",
    "Nepal joined the Highland Solidarity Movement the same year, and Bhutan is one of the movement's founding members.",
    LEAD + "Bhutan is one of the founding members of the movement.",
    LEAD + "Bhutan is a founding member of the movement.",
    LEAD + "The movement's members include Bhutan and Mongolia.",
])
def test_a_member_of_the_movement_named_before(nlp, text):
    assert ("BTN", "Highland Solidarity Movement", "member") in members_stated(text, nlp)


def test_no_member_of_a_movement_never_named(nlp):
    text = "Nepal joined the Highland Defence Council in 1995. Bhutan is one of the movement's founding members."
    assert not any(iso == "BTN" for iso, _, _ in members_stated(text, nlp))


def test_backing_the_movement_is_no_membership(nlp):
    assert ("BTN", "Highland Solidarity Movement", "member") not in members_stated(LEAD + "Bhutan backed the movement in 1961.", nlp)
