"""A country word inside a body's name or acronym is no member of it, on invented sentences."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import extract_text, membership_triples

_extract = partial(extract_text, published=date(2025, 3, 12))


def test_bodys_bracketed_acronym_is_not_a_country(nlp):
    x = _extract(nlp, "Croatia is also a member of the Dinaric Rivers Commission (DRC), alongside Slovenia and Montenegro.")
    members = {country for country, name, _ in membership_triples(x) if name == "Dinaric Rivers Commission"}
    assert "COD" not in members
    assert {"HRV", "SVN", "MNE"} <= members


def test_countrys_own_acronym_after_its_name_stays_a_country(nlp):
    x = _extract(nlp, "Troops of the Democratic Republic of the Congo (DRC) are members of the Great Lakes Standby Force (GLSF).")
    assert any(country == "COD" for country, _, _ in membership_triples(x))


def test_country_word_inside_a_body_name_is_not_a_member(nlp):
    x = _extract(nlp, "Cameroon, Niger, Nigeria and Benin held talks in Yaounde. The four countries are members of the "
                      "Lake Chad Basin Forum, which meets every year.")
    members = {country for country, name, _ in membership_triples(x) if name == "Lake Chad Basin Forum"}
    assert "TCD" not in members
    assert members == {"CMR", "NER", "NGA", "BEN"}
