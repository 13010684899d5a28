"""Two policy head words joined by "and" and closing a name ("the Foreign Affairs and National Security
Policy and Strategy", "the National Defence Strategy and Doctrine") head one title; when the second goes
on ("... Policy and Vision 2030", "... Policy and Strategy Review") or "the" opens it, they are two names
(invented sentences)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_two_policy_heads_close_one_title(nlp):
    for text, name in (
            ("The talks support Peru's Foreign Affairs and National Security Policy and Strategy, Lopez said.",
             "Foreign Affairs and National Security Policy and Strategy"),
            ("Chile adopted the National Defence Strategy and Doctrine in 2024.", "National Defence Strategy and Doctrine"),
            ("The plan implements the Maritime Security Policy and Strategy of Chile.", "Maritime Security Policy and Strategy of Chile"),
            ("Peru's Cyber Defence Policy and Strategy was approved on Monday.", "Cyber Defence Policy and Strategy")):
        kinds = framework_kinds(extract_text(nlp, text))
        assert kinds.get(name) == "Policy", (text, kinds)


def test_a_second_head_that_goes_on_is_another_name(nlp):
    for text in ("Chile explained the National Defence Policy and Vision 2030 to Peru.",
                 "Chile presented its Defence Policy and Strategy Review to Peru.",
                 "The ministers discussed the Cyber Defence Policy and the Space Strategy."):
        kinds = framework_kinds(extract_text(nlp, text))
        assert not any(" and " in name for name in kinds), (text, kinds)
