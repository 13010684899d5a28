"""Country names written in a form the country tables lack ("the Republic of Congo"), on invented sentences."""

from __future__ import annotations

from extract_helpers import members_stated


def test_republic_of_congo_is_a_country_of_its_own(nlp):
    text = "The Lake Tanganyika Basin Commission admitted the Republic of Congo and Angola as observers."
    assert members_stated(text, nlp) == {(iso, "Lake Tanganyika Basin Commission", "observer") for iso in ("COG", "AGO")}


def test_democratic_republic_of_congo_stays_itself(nlp):
    text = "The Lake Tanganyika Basin Commission admitted the Democratic Republic of Congo and Angola as observers."
    assert members_stated(text, nlp) == {(iso, "Lake Tanganyika Basin Commission", "observer") for iso in ("COD", "AGO")}


def test_a_compass_named_country_has_its_qualified_demonym():
    from diplokg.refdata import _qualified_demonyms, country_by_name
    assert _qualified_demonyms({"North Macedonia"}, {"Macedonian"}) == {"North Macedonian"}
    assert _qualified_demonyms({"The Gambia"}, {"Gambian"}) == set()  # no compass word: no "The Gambian"
    assert country_by_name().get("North Macedonian") == "MKD"


def test_counterparts_listed_with_a_compass_named_country_pair_in_order(nlp):
    from extract_helpers import extract_text, holdings
    text = ("SOFIA, June 2 - Bulgarian Defence Minister Petar Ivanov will host his Slovenian and North Macedonian "
            "counterparts, Marko Zupan and Goran Stojkovski, in Varna on 9 June.")
    held = {(p, c) for p, t, c in holdings(extract_text(nlp, text)) if t == "Defence Minister"}
    assert {("Marko Zupan", "SVN"), ("Goran Stojkovski", "MKD")} <= held
    assert ("Marko Zupan", "MKD") not in held


def test_saint_written_st_is_the_country_not_a_person(nlp):
    # "St Kitts and Nevis", "St. Lucia": the short "Saint" of news copy; the name stays a country
    from extract_helpers import extract_text, person_names
    text = "The Eastern Caribbean Coast Guard Forum admitted St Kitts and Nevis, St. Lucia and St Vincent and the Grenadines as observers."
    assert members_stated(text, nlp) == {(iso, "Eastern Caribbean Coast Guard Forum", "observer") for iso in ("KNA", "LCA", "VCT")}
    assert person_names(extract_text(nlp, text)) == []


def test_st_before_a_name_that_is_no_country_stays_out_of_the_table():
    from diplokg.refdata import country_by_name
    assert country_by_name().get("St Lucia") == "LCA"
    assert "St John" not in country_by_name() and "St Andrews" not in country_by_name()
    assert "St George's" not in country_by_name()  # a capital named after a saint


def test_saint_written_st_is_the_same_country(nlp):
    text = "The Leeward Coast Guard Network comprises Dominica, St Kitts and Nevis, Saint Lucia and St. Vincent and the Grenadines."
    assert members_stated(text, nlp) == {(iso, "Leeward Coast Guard Network", "member") for iso in ("DMA", "KNA", "LCA", "VCT")}


def test_a_two_word_country_has_its_two_word_demonym(nlp):
    # "Cabo Verdean": the country tables give no demonym of the two-word name
    from extract_helpers import extract_text, holdings
    text = ("Cabo Verdean Defence Minister Ana Tavares met Gambian Defence Minister Musa Jallow in Banjul "
            "on the sidelines of the regional maritime forum.")
    held = holdings(extract_text(nlp, text))
    assert ("Ana Tavares", "Defence Minister", "CPV") in held
    assert ("Musa Jallow", "Defence Minister", "GMB") in held


def test_surinamese_is_surinames_demonym(nlp):
    from extract_helpers import extract_text, holdings
    from diplokg.refdata import country_iso3
    assert country_iso3("Surinamese") == "SUR"
    text = ("French Armed Forces Minister Claire Duvalon held talks with her Surinamese counterpart Ramon Kartodjo "
            "in Paramaribo on Tuesday.")
    assert ("Ramon Kartodjo", "Defence Minister", "SUR") in holdings(extract_text(nlp, text))
