"""Framework names and memberships from phrase shapes on invented sentences: a body "of the" its
parent, names co-chaired with "of the", a mechanism that brings countries together, a headline's
short MoU, kind words known only with an acronym or a description, principles, letters of intent,
an exercise series."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import extract_text, framework_kinds, membership_triples

_extract = partial(extract_text, published=date(2025, 3, 12))
_frameworks = framework_kinds
_memberships = membership_triples


def test_a_council_of_a_parent_body_is_two_frameworks(nlp):
    x = _extract(nlp, "Fiji will lead its delegation to the fifth session of the Joint Maritime Council of the "
                      "Pacific Islands Forum (PIF), to be held in Suva in May.")
    names = _frameworks(x)
    assert "Joint Maritime Council" in names
    assert not any("Council of the" in n for n in names)


def test_a_title_goes_on_after_concerning_the(nlp):
    x = _extract(nlp, "Chile and Peru signed the Agreement concerning the Transfer of Naval Technology in 2019.")
    assert "Agreement concerning the Transfer of Naval Technology" in _frameworks(x)


def test_co_chaired_friends_of_a_region(nlp):
    x = _extract(nlp, "Norway also co-chairs the Nordic Friends of the Gulf of Aden group this year alongside Japan.")
    assert _memberships(x) == {("NOR", "Nordic Friends of the Gulf of Aden", "co-chair"),
                               ("JPN", "Nordic Friends of the Gulf of Aden", "co-chair")}


def test_co_chaired_group_stops_before_its_parent(nlp):
    x = _extract(nlp, "Peru co-chairs the Expert Working Group on Demining of the Andean Forum alongside Chile.")
    names = {name for _, name, _ in _memberships(x)}
    assert names == {"Expert Working Group on Demining"}


def test_mechanism_that_brings_countries_together(nlp):
    x = _extract(nlp, "Chile is a founding member of the Lima Pact, a maritime security mechanism that brings together "
                      "Peru, Chile, Ecuador and Colombia, with Bolivia as an observer.")
    members = {(c, role) for c, name, role in _memberships(x) if name == "Lima Pact"}
    assert members == {("PER", "member"), ("CHL", "member"), ("ECU", "member"), ("COL", "member"), ("BOL", "observer")}


def test_mechanism_set_up_between_two_countries_has_no_members(nlp):
    x = _extract(nlp, "Officials prepared the Andes Dialogue, a consultation mechanism set up between Peru and Chile "
                      "in 2010, the ministry said.")
    assert not _memberships(x)


def test_headline_mou_is_the_memorandum_named_in_full(nlp):
    text = ("Chile, Peru sign MoU on naval search and rescue\n\n"
            "A Memorandum of Understanding on Cooperation in Naval Search and Rescue was signed between the "
            "Chilean Navy and the Peruvian Navy in Lima on Tuesday.")
    names = [n for n in _frameworks(_extract(nlp, text)) if n.startswith("Memorandum")]
    assert names == ["Memorandum of Understanding on Cooperation in Naval Search and Rescue"]  # one agreement


def test_body_of_a_framework_named_with_its_acronym(nlp):
    x = _extract(nlp, "Ministers urged support for the Andean Counter-Narcotics Structure (ACNS), the OAS's "
                      "Lima-based counter-narcotics body, on Tuesday.")
    assert _frameworks(x).get("Andean Counter-Narcotics Structure") == "Organisation"


def test_national_agency_with_its_acronym_is_no_framework(nlp):
    x = _extract(nlp, "Peru's National Narcotics Directorate (NND), the country's anti-drug body, raided a port.")
    assert "National Narcotics Directorate" not in _frameworks(x)


def test_peace_facility_and_fusion_centre_with_acronyms(nlp):
    x = _extract(nlp, "The bloc funds Chilean patrols through the Southern Peace Facility (SPF), and Peru shares data "
                      "through the Regional Maritime Information Fusion Centre (RMIFC).")
    names = _frameworks(x)
    assert names.get("Southern Peace Facility") == "Initiative"
    assert names.get("Regional Maritime Information Fusion Centre") == "Organisation"


def test_repair_facility_and_training_centre_are_no_frameworks(nlp):
    x = _extract(nlp, "Peruvian frigates use the Callao Ship Repair Facility (CSRF), and officers study at the "
                      "Andean Peacekeeping Training Centre (APTC).")
    assert not {"Callao Ship Repair Facility", "Andean Peacekeeping Training Centre"} & set(_frameworks(x))


def test_named_principles_are_a_policy(nlp):
    x = _extract(nlp, "Officials said Brazil's engagement with Africa is guided by the Brasilia Principles outlined in 2019.")
    assert _frameworks(x).get("Brasilia Principles") == "Policy"


def test_lowercase_principles_are_no_name(nlp):
    x = _extract(nlp, "Chile reaffirmed the principles of the UN Charter, including sovereignty.")
    assert not any("rinciples" in n for n in _frameworks(x))


def test_letter_of_intent_with_a_topic_is_an_agreement(nlp):
    x = _extract(nlp, "The two ministers signed a Letter of Intent on Cooperation in Naval Aviation Training on Tuesday.")
    assert _frameworks(x).get("Letter of Intent on Cooperation in Naval Aviation Training") == "Agreement"


def test_bare_letter_of_intent_is_no_name(nlp):
    x = _extract(nlp, "The two ministers signed a Letter of Intent on Tuesday.")
    assert "Letter of Intent" not in _frameworks(x)


def test_name_before_a_series_of_exercises(nlp):
    x = _extract(nlp, "Officials said Peru would continue to take part in the bloc's Condor Shield series of "
                      "counter-terrorism exercises.")
    assert _frameworks(x).get("Condor Shield") == "Exercise"


def test_unnamed_series_of_exercises(nlp):
    x = _extract(nlp, "Peru and Chile held a series of joint exercises in March.")
    assert not any(kind == "Exercise" for kind in _frameworks(x).values())


def test_short_name_without_the_country_pair_is_the_same_dialogue(nlp):
    text = ("Chile, Peru hold Naval Staff Dialogue in Lima\n\n"
            "Admirals of the two navies co-chaired the 6th Chile-Peru Naval Staff Dialogue in Lima on Monday. "
            "Ties have grown since the first Naval Staff Dialogue, officials said.")
    names = [n for n, kind in _frameworks(_extract(nlp, text)).items() if kind == "Dialogue"]
    assert names == ["Chile-Peru Naval Staff Dialogue"]


def test_short_name_shared_by_two_pairs_stays_apart(nlp):
    text = ("Chile held the Chile-Peru Naval Staff Dialogue in May and the Chile-Brazil Naval Staff Dialogue in June. "
            "The Naval Staff Dialogue format dates from 2010.")
    names = set(_frameworks(_extract(nlp, text)))
    assert {"Chile-Peru Naval Staff Dialogue", "Chile-Brazil Naval Staff Dialogue"} <= names


def test_forum_named_only_for_its_presidency_is_dropped(nlp):
    x = _extract(nlp, "Peru thanked Brazil, which holds the rotating G20 presidency, for its support.")
    assert not any(n in _frameworks(x) for n in ("G20", "Group of Twenty"))


def test_forum_with_members_is_kept_beside_its_presidency(nlp):
    x = _extract(nlp, "Peru and Brazil are members of the G20, and Brazil holds the rotating G20 presidency.")
    assert any(n in _frameworks(x) for n in ("G20", "Group of Twenty"))


def test_name_after_a_capitalised_article_at_a_sentence_start(nlp):
    x = _extract(nlp, "A Memorandum of Understanding on Hydrographic Cooperation was signed by Chile and Peru.")
    assert _frameworks(x).get("Memorandum of Understanding on Hydrographic Cooperation") == "Agreement"


def test_body_owned_by_a_grouping_named_with_its_acronym(nlp):
    x = _extract(nlp, "Chile backs a stronger role for the grouping's Southern Maritime Watch Structure (SMWS), "
                      "headquartered in Lima.")
    assert _frameworks(x).get("Southern Maritime Watch Structure") == "Organisation"


def test_body_after_its_owners_acronym(nlp):
    x = _extract(nlp, "The OAS Inter-American Demining Structure (IADS), based in Lima, trains Peruvian engineers.")
    assert _frameworks(x).get("Inter-American Demining Structure") == "Organisation"


def test_owned_meeting_with_an_acronym_is_no_body(nlp):
    x = _extract(nlp, "Peru attended the OAS Defence Ministers' Meeting (DMM) in Lima.")
    assert "Defence Ministers' Meeting" not in _frameworks(x)


def test_national_information_centre_is_no_framework(nlp):
    x = _extract(nlp, "Peru shares data with the National Information Centre (NIC) in Lima.")
    assert "National Information Centre" not in _frameworks(x)
