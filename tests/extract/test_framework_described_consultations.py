"""A pair's consultation named by its description ("the Kenya-Uganda strategic defence
consultation") is a dialogue, as "the A-B defence policy talks" is; when it is co-chaired, the pair
before it ("the 4th round of A-B ... consultation") is not a name of its own."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_a_described_consultation_of_a_pair_is_a_dialogue(nlp):
    cases = {
        "The Kenya-Uganda strategic defence consultation was held in Kampala on Monday.": "Kenya-Uganda strategic defence consultation",
        "Officials prepared the next Chile-Peru security policy consultations, due in June.": "Chile-Peru security policy consultations",
        "Oman's Sayyid Badr and Iran's Ali Shamkhani co-chaired the 21st round of Oman-Iran strategic security "
        "consultation in Muscat.": "Oman-Iran strategic security consultation",
        "The two co-chaired the fifth round of Brazil-Argentina strategic consultation on Friday.":
            "Brazil-Argentina strategic consultation",
    }
    for text, name in cases.items():
        kinds = framework_kinds(extract_text(nlp, text))
        assert kinds.get(name) == "Dialogue", (text, kinds)
        assert not any(len(other.split()) == 1 and "-" in other for other in kinds), (text, kinds)


def test_a_bare_or_undescribed_consultation_is_no_framework(nlp):
    for text in ("The two countries held consultations on the border in Nairobi on Monday.",
                 "Kenya and Uganda will hold Kenya-Uganda consultations next week.",
                 "The ministry said the consultation with residents would end on Friday."):
        assert framework_kinds(extract_text(nlp, text)) == {}, text
