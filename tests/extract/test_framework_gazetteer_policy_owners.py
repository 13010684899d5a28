"""A country's own policy in the reference data ("Aatmanirbhar Bharat | Policy of India") keeps its
owner when the sentence names none ("under the X push"); a possessive in the sentence still wins,
and a shared body of the reference data gets no owner (invented sentences)."""

from __future__ import annotations

from diplokg import refdata
from extract_helpers import extract_text


def _owners(x) -> dict[str, tuple[str | None, list[str]]]:
    return {f.name: (f.owner, f.countries) for f in x.frameworks}


def test_reference_policy_owner_is_parsed():
    ref = refdata.frameworks()["Aatmanirbhar Bharat"]
    assert (ref.kind, ref.owner) == ("Policy", "IND")
    assert refdata.frameworks()["ASEAN"].owner is None


def test_a_reference_policy_told_without_an_owner_keeps_its_country(nlp):
    x = extract_text(nlp, "Shipyards were keen to offer corvettes to Lima under the Aatmanirbhar Bharat drive, a naval "
                          "officer said.")
    assert _owners(x)["Aatmanirbhar Bharat"] == ("IND", ["IND"])


def test_a_shared_body_gets_no_owner(nlp):
    x = extract_text(nlp, "Chile and Peru discussed the agenda of the next ASEAN Regional Forum.")
    assert all(owner is None for owner, _ in _owners(x).values())


def test_two_reference_policies_joined_after_a_vision_are_both_kept(nlp):
    # "in line with the vision of A and B": two policies with no owner named, no kind word after them
    x = extract_text(nlp, "The contract for coastal radars is expected to help Quito's shipyards, in line with the "
                          "vision of Make in India and Aatmanirbhar Bharat.")
    owners = _owners(x)
    assert owners["Make in India"] == ("IND", ["IND"])
    assert owners["Aatmanirbhar Bharat"] == ("IND", ["IND"])


def test_make_in_india_inside_a_longer_name_is_not_split_off(nlp):
    x = extract_text(nlp, "Officials reviewed the Make in India Defence Corridor Programme in Lucknow.")
    assert "Make in India" not in _owners(x)
