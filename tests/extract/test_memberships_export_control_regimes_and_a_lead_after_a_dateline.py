"""The export-control regimes (the Missile Technology Control Regime, the Wassenaar Arrangement, the
Nuclear Suppliers Group, the Australia Group) are bodies states are members of; and "both countries"
far from any pair stands for the lead's pair even when a dateline of an unusual shape ("City - MAR
18, 2027 - 07:30 CET") was cut off as a sentence before the lead (invented sentences and names)."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, framework_kinds, membership_triples


def test_export_control_regimes_are_bodies(nlp):
    kinds = framework_kinds(extract_text(nlp, "Ghana and Peru held talks on Monday. Both countries are members of "
                                              "the Wassenaar Arrangement and the Missile Technology Control Regime."))
    assert kinds.get("Wassenaar Arrangement") == "Organisation"
    assert kinds.get("MTCR") == "Organisation"


def test_a_regime_of_a_government_is_no_body(nlp):
    kinds = framework_kinds(extract_text(nlp, "Ghana and Peru held talks on Monday. Officials discussed the "
                                              "sanctions regime and the military regime in the region."))
    assert not any("regime" in name.lower() for name in kinds), kinds


ARTICLE = ("Chile and Ghana sign naval pact\n\nSantiago - MAR 18, 2027 - 07:30 CET\n\n"
           "Chile's Minister of Defense, Ilse Marrow, received her Ghanaian counterpart, Kofi Danso, in Santiago "
           "on Wednesday.\n\nPrime Minister Tomas Quell, who held talks with Peruvian President Ana Rivas in Lima in "
           "October, was in Brussels and did not meet the minister.\n\nOn Thursday Danso was scheduled to tour a "
           "shipyard in Valparaiso, where four of the ships ordered by Ghana were built.\n\n"
           "Both countries are members of the Wassenaar Arrangement.")


def test_both_countries_after_a_dateline_sentence_are_the_lead_pair(nlp):
    head = " date 2027-03-18 \n"
    from diplokg.facts import extract_document
    from diplokg.model import Document
    x = extract_document(Document("t", head + ARTICLE, date(2027, 3, 18), body_start=len(head)), nlp)
    got = {(c, fw) for c, fw, _ in membership_triples(x)}
    assert got == {("CHL", "Wassenaar Arrangement"), ("GHA", "Wassenaar Arrangement")}, got
