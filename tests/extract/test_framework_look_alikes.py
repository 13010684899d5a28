"""Names that look like frameworks by their last word but are a diplomatic mission ("High Commission"),
a post ("Director of ... Policy") or a kind of thing ("Special Arrangement", a photo credit); each next
to a real framework with the same head word."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def _kinds(nlp, text: str) -> dict[str, str]:
    return framework_kinds(extract_text(nlp, text))


def test_high_commission_is_a_mission_not_a_commission(nlp):
    text = ("According to the Kenyan High Commission, the Kenya-Uganda Joint Permanent Commission will meet in "
            "Kampala on Tuesday, the High Commission said.")
    kinds = _kinds(nlp, text)
    assert "Kenyan High Commission" not in kinds and "High Commission" not in kinds
    assert "Kenya-Uganda Joint Permanent Commission" in kinds


def test_director_of_a_policy_is_a_post(nlp):
    text = ("The minister will be accompanied by the Director of Maritime Policy, Commodore Ana Rojas, to discuss "
            "Chile's National Maritime Policy.")
    kinds = _kinds(nlp, text)
    assert "Director of Maritime Policy" not in kinds
    assert kinds.get("National Maritime Policy") == "Policy"


def test_special_arrangement_photo_credit_is_no_agreement(nlp):
    text = ("Chile and Peru signed the Pacific Coast Guard Arrangement in Lima on Monday.\n\n"
            "Photo Credit: Special Arrangement\n\nThe two ministers also discussed training.")
    kinds = _kinds(nlp, text)
    assert "Special Arrangement" not in kinds
    assert kinds.get("Pacific Coast Guard Arrangement") == "Agreement"


def test_naval_formation_is_no_forum(nlp):
    text = ("The Chilean Carrier Strike Group docked in Callao on Monday, and the Chile-Peru Maritime Working Group "
            "met on board.")
    kinds = _kinds(nlp, text)
    assert "Chilean Carrier Strike Group" not in kinds and "Carrier Strike Group" not in kinds
    assert kinds.get("Chile-Peru Maritime Working Group") == "Forum"
