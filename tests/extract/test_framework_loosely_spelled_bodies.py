"""Long body names whose acronym skips words: "Conference on ... (CICA)", "... Force in Lebanon
(UNIFIL)" (invented names)."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import extract_text, framework_kinds, membership_triples

_extract = partial(extract_text, published=date(2025, 3, 12))


def test_conference_acronym_skipping_words(nlp):
    fws = framework_kinds(_extract(nlp, "Peru and Chile are both members of the Conference on Security and Trust Measures "
                                        "in the Andes (CSTA)."))
    assert fws.get("Conference on Security and Trust Measures in the Andes") == "Forum"


def test_conference_after_another_body_in_a_member_list(nlp):
    x = _extract(nlp, "Ghana and Togo, both members of the AU and of the Conference on Maritime Trust and Safety Building "
                      "in Africa (CMTA), share a common interest.")
    name = "Conference on Maritime Trust and Safety Building in Africa"
    assert name in framework_kinds(x)
    assert {("GHA", name, "member"), ("TGO", name, "member")} <= membership_triples(x)


def test_force_named_after_where_it_serves(nlp):
    fws = framework_kinds(_extract(nlp, "Ghanaian troops have served in the United Nations Disengagement Force in the Golan "
                                        "(UNDF) since 2019."))
    assert fws.get("United Nations Disengagement Force in the Golan") == "Organisation"


def test_one_states_armed_forces_of_it_with_acronym_are_no_body(nlp):
    # "Armed Forces of X (AFX)": one state's forces, named by whose they are, not where they serve
    for text, name in (("The Armed Forces of Estonia (AFE) took part in the drill.", "Armed Forces of Estonia"),
                       ("The Armed Forces of Chile (AFC) said the drill went well.", "Armed Forces of Chile"),
                       ("The Armed Forces of the Dominican Republic (AFDR) said the drill went well.",
                        "Armed Forces of the Dominican Republic")):
        assert name not in framework_kinds(_extract(nlp, text)), text


def test_national_service_with_acronym_is_no_body(nlp):
    fws = framework_kinds(_extract(nlp, "The Ghana Air Force (GAF) flew two sorties."))
    assert "Ghana Air Force" not in fws


def test_organisation_acronym_not_spelled_is_no_body(nlp):
    fws = framework_kinds(_extract(nlp, "The Organisation for Research on Food Security (XQZ) released a report."))
    assert "Organisation for Research on Food Security" not in fws
