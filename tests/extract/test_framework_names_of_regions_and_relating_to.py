"""Body and document names that go on past a region or a "Relating to" (invented sentences): a body
set up for a region ("Council for X in <region>", "Force of <region>") keeps the region in its
name; "Protocol Relating to the X" is a document's title; a city after the name, or a region where
a body merely meets, is not part of it."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def names(nlp, text: str) -> set[str]:
    return set(framework_kinds(extract_text(nlp, text)))


def test_a_body_for_a_purpose_in_a_region_keeps_the_region(nlp):
    got = names(nlp, "The Council for Defence and Cooperation in West Africa met in Accra on Monday.")
    assert "Council for Defence and Cooperation in West Africa" in got


def test_a_region_where_a_body_meets_is_not_in_its_name(nlp):
    assert "Forum for Naval Cooperation" in names(nlp, "The Forum for Naval Cooperation met in West Africa on Monday.")
    assert "Naval Forum" in names(nlp, "The Naval Forum in South America opened on Monday.")
    assert "Naval Forum for Coastal Security" in names(nlp, "The Naval Forum for Coastal Security in Accra opened on Monday.")


def test_a_protocol_relating_to_a_thing(nlp):
    got = names(nlp, "The two navies signed a Protocol Relating to the Status of Visiting Forces last year.")
    assert got == {"Protocol Relating to the Status of Visiting Forces"}
    got = names(nlp, "The body was set up under the Protocol Relating to the Council for Defence and Cooperation in West Africa, "
                     "signed in Accra on 4 March 2001.")
    assert "Protocol Relating to the Council for Defence and Cooperation in West Africa" in got


def test_a_body_of_a_region(nlp):
    got = names(nlp, "The chiefs asked the Multinational Force of West Africa (FOMWA) to set up a naval component.")
    assert "Multinational Force of West Africa" in got
    assert "Joint Staff of Ghana" not in names(nlp, "The Joint Staff of Ghana met on Monday.")


def test_a_body_for_a_purpose_in_a_region_told_with_the(nlp):
    got = names(nlp, "The Council for Mutual Security in the Balkans met in Skopje on Monday.")
    assert "Council for Mutual Security in the Balkans" in got
    got = names(nlp, "The Commission for Border Security in East Africa met in Kampala on Monday.")
    assert "Commission for Border Security in East Africa" in got
    # a body with no purpose that meets in a region told with "the" keeps its own name
    assert "Naval Forum" in names(nlp, "The Naval Forum in the Balkans opened on Monday.")
