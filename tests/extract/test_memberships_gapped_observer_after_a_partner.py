"""In a clause gapped after "and" ("A takes part as a partner and B as an observer"), the country
right before the second "as" phrase has its role, not the verb's subject (a partner is no member
nor observer), wherever the parse hangs that phrase; a plain "A takes part as an observer" keeps
its subject. Invented text."""

from __future__ import annotations

import pytest
from extract_helpers import members_stated

BODY = "Andean Shield Organisation"


def _roles(text: str, nlp) -> dict[str, str]:
    return {iso: role for iso, name, role in members_stated(text, nlp) if name == BODY}


@pytest.mark.parametrize("text, observer, partner", [
    ("Chile and Peru are members of the Andean Shield Organisation, while Bolivia takes part as a partner and Ecuador as an observer.",
     "ECU", "BOL"),
    ("Chile and Peru are members of the Andean Shield Organisation. Bolivia participates as a guest and Ecuador as an observer.",
     "ECU", "BOL"),
    ("Chile and Peru founded the Andean Shield Organisation in 2004; Bolivia attends as a partner country, and Ecuador as an observer.",
     "ECU", "BOL"),
    ("Chile and Peru are members of the Andean Shield Organisation, and Bolivia participates as a guest, and the Dominican Republic as an observer.",
     "DOM", "BOL"),
])
def test_the_gapped_country_is_the_observer(nlp, text, observer, partner):
    roles = _roles(text, nlp)
    assert roles.get(observer) == "observer", roles
    assert partner not in roles, roles


def test_a_subject_taking_part_as_an_observer_keeps_the_role(nlp):
    text = "Chile and Peru are members of the Andean Shield Organisation, while Bolivia takes part as an observer."
    assert _roles(text, nlp).get("BOL") == "observer"
