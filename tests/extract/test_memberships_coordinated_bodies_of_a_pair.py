""""Both countries are members of F1 and F2": each body coordinated after "members of" has the
pair the sentence before named as members; another role after "and" adds none."""

from __future__ import annotations

import pytest

from extract_helpers import members_stated

LEAD = "Poland and Lithuania held talks on Monday. "


@pytest.mark.parametrize("text, bodies", [
    (LEAD + "Both countries are members of NATO and the OSCE.", ("NATO", "OSCE")),
    (LEAD + "The two countries are members of NATO, the OSCE and the Council of Europe.", ("NATO", "OSCE", "Council of Europe")),
    ("Kenya and Ghana held talks on Monday. Both countries are members of the African Union and the Lake Basin Initiative.",
     ("AU", "Lake Basin Initiative")),
])
def test_each_coordinated_body_gets_the_pair(nlp, text, bodies):
    pair = ("KEN", "GHA") if "Kenya" in text else ("POL", "LTU")
    assert members_stated(text, nlp) == {(iso, body, "member") for iso in pair for body in bodies}


def test_another_role_after_and_adds_no_body(nlp):
    text = LEAD + "Both countries are members of NATO and the hosts of the Baltic Sea Forum."
    assert members_stated(text, nlp) == {("POL", "NATO", "member"), ("LTU", "NATO", "member")}


def test_no_body_named_gives_no_membership(nlp):
    text = LEAD + "The two countries are members of the same club and the same league."
    assert members_stated(text, nlp) == set()
