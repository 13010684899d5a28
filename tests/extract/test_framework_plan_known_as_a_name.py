"""A plan a name is given to ("the ministry's force build-up plan, known as Iron Quill", "a plan known
as Crown of Lurvik") is a Policy of that name; a name of two capitalised words joined by "of" is kept
whole; a plan said of something else ("a plan to buy ships known as frigates") names nothing
(invented names)."""

from __future__ import annotations

import pytest
from extract_helpers import extract_text, framework_kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The deal fits the ministry's multi-year force build-up plan, known as Iron Quill, which calls for more drones.",
         "Iron Quill"),
        ("The deal fits the ministry's multi-year force build-up plan, known as Crown of Lurvik, which calls for more drones.",
         "Crown of Lurvik"),
        ("The army follows a modernisation plan known as Granite Step.", "Granite Step"),
    ],
)
def test_plan_known_as_a_name_is_a_policy(nlp, text, name):
    assert framework_kinds(extract_text(nlp, text)).get(name) == "Policy"


def test_plan_to_buy_things_known_as_something_names_nothing(nlp):
    assert framework_kinds(extract_text(nlp, "The navy has a plan to buy small warships known as corvettes.")) == {}
