"""A framework whose acronym spells only part of its name ("the A-B Joint Commission on Defence
(JCD)") is still named by that acronym later: roles said of "the JCD" are its (invented sentences)."""

from __future__ import annotations

from extract_helpers import members_stated

NAME = "Kenya-Uganda Joint Permanent Commission on Defence and Security"


def test_co_chairs_of_the_later_acronym(nlp):
    got = members_stated(f"The ministers met ahead of the 24th session of the {NAME} (JPCDS). "
                         "The JPCDS, which Kenya and Uganda co-chair, was set up in 1990 shortly after independence.", nlp)
    assert {("KEN", NAME, "co-chair"), ("UGA", NAME, "co-chair")} <= got


def test_another_acronym_is_not_the_framework(nlp):
    got = members_stated(f"The ministers met ahead of the 24th session of the {NAME} (JPCDS). "
                         "The JDCC, which Kenya and Uganda co-chair, was set up in 1990 shortly after independence.", nlp)
    assert not any(fw == NAME and role == "co-chair" for _, fw, role in got)
