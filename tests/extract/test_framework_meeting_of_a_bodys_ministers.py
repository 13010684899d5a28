"""The ministerial meeting of a body named with capitals the other way round, "the 9th Meeting of SADC
Defence Ministers", is a standing forum (named without its edition), as "the <Region> Defence
Ministers' Meeting" is; a lower-case "a meeting of SADC defence ministers" is one gathering, and
"Meeting of" before no body names nothing (invented sentences)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds

TEXT = ("Lusaka, 12 Mar 2026 - Defence ministers of the Southern African Development Community (SADC) agreed in "
        "Lusaka on Wednesday to set up a joint river patrol centre, at the close of the {}.")


def test_a_numbered_meeting_of_a_bodys_ministers_is_a_forum(nlp):
    kinds = framework_kinds(extract_text(nlp, TEXT.format("9th Meeting of SADC Defence Ministers")))
    assert kinds.get("Meeting of SADC Defence Ministers") == "Forum"
    assert "9th Meeting of SADC Defence Ministers" not in kinds


def test_the_meeting_of_a_bodys_army_chiefs_without_an_edition(nlp):
    kinds = framework_kinds(extract_text(nlp, TEXT.format("Meeting of SADC Army Chiefs")))
    assert kinds.get("Meeting of SADC Army Chiefs") == "Forum"


def test_a_lower_case_meeting_of_ministers_is_no_forum(nlp):
    kinds = framework_kinds(extract_text(nlp, TEXT.format("meeting of SADC defence ministers")))
    assert not any(name.lower().startswith("meeting of") for name in kinds)


def test_a_meeting_of_ministers_of_no_body_is_no_forum(nlp):
    kinds = framework_kinds(extract_text(nlp, TEXT.format("Meeting of Regional Defence Ministers")))
    assert not any(name.startswith("Meeting of") for name in kinds)
