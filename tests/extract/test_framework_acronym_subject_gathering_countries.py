"""A name defined with its acronym whose acronym is later the subject of a verb gathering a list of
countries ("... the Eastern Coast Security System (ECSS). The ECSS, based in A, comprises A, B and C")
is a body, whatever its last word (sentences written for these tests)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds, members_stated

NAMED = "The meeting brought together ministers and the heads of the Eastern Coast Security System (ECSS). "


def test_an_acronym_gathering_countries_names_a_body(nlp):
    text = NAMED + "The ECSS, headquartered in Dominica, comprises Antigua and Barbuda, Dominica and Grenada."
    assert framework_kinds(extract_text(nlp, text)).get("Eastern Coast Security System") == "Organisation"
    assert members_stated(text, nlp) == {(iso, "Eastern Coast Security System", "member") for iso in ("ATG", "DMA", "GRD")}


def test_an_acronym_gathering_no_countries_is_no_body(nlp):
    text = NAMED + "The ECSS comprises radar stations and patrol boats."
    assert "Eastern Coast Security System" not in framework_kinds(extract_text(nlp, text))
