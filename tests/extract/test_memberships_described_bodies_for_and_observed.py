"""A body described by its head word ("the council", "the committee") when its name goes on with
"for" or "on" ("the Council for Peace and Security in ...": "the council"), and an observer of a body
so described ("attends the committee as an observer"); each with a case that must not fire."""

from __future__ import annotations

from extract_helpers import members_stated


def test_the_council_of_a_name_going_on_with_for(nlp):
    for text in ("The Council for Mutual Security in East Africa met in Kampala on Tuesday. "
                 "Kenya and Uganda are founding members of the council.",
                 "The Council for Mutual Security in East Africa met in Kampala on Tuesday. "
                 "The council comprises Kenya and Uganda."):
        got = members_stated(text, nlp)
        assert {("KEN", "Council for Mutual Security in East Africa", "member"),
                ("UGA", "Council for Mutual Security in East Africa", "member")} <= got, text


def test_a_commission_is_not_a_council_for(nlp):
    text = ("The Council for Mutual Security in East Africa met in Kampala on Tuesday. "
            "Kenya and Uganda are founding members of the commission.")
    assert not any(fw == "Council for Mutual Security in East Africa" for _, fw, _ in members_stated(text, nlp))


def test_observer_of_the_body_described(nlp):
    text = ("The 7th session of the Baltic Inter-State Naval Committee opened in Riga on Wednesday. "
            "The committee reports to the Nordic-Baltic Security Council. Iceland attends the committee as an observer.")
    got = members_stated(text, nlp)
    assert ("ISL", "Baltic Inter-State Naval Committee", "observer") in got
    assert not any(iso == "ISL" and "Council" in fw for iso, fw, _ in got)


def test_observer_of_an_unnamed_body_is_not_read(nlp):
    text = ("The 7th session of the Baltic Inter-State Naval Committee opened in Riga on Wednesday. "
            "Iceland attends the agency as an observer.")
    assert not any(iso == "ISL" for iso, _, _ in members_stated(text, nlp))
