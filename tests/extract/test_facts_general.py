"""General extraction rules for frameworks, memberships and meetings, on sentences written for
these tests (other names and countries than any test article)."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import extract_text, meeting_pairs

_extract = partial(extract_text, published=date(2025, 3, 12))


def _framework(x, word):
    return next((f for f in x.frameworks if word.lower() in f.name.lower()), None)


def _members(x, word, role="member"):
    fw = _framework(x, word)
    assert fw is not None, [f.name for f in x.frameworks]
    return {mb.country for mb in x.memberships if mb.framework == fw.key and mb.role == role}



# -- frameworks ----------------------------------------------------------------------------------


def test_a_sentence_initial_article_does_not_hide_an_acronym_framework(nlp):
    x = _extract(nlp, "The Mutual Logistics Support Agreement (MLSA), signed by Vietnam and Indonesia in 2023, allows refuelling.")
    fw = _framework(x, "Mutual Logistics Support Agreement")
    assert fw is not None and fw.kind == "Agreement" and fw.acronym == "MLSA"


def test_the_kind_word_after_an_acronym_names_the_framework(nlp):
    x = _extract(nlp, "Chile joined the Coastal Surveillance Capacity (CSC) programme of the United States last year.")
    fw = _framework(x, "Coastal Surveillance Capacity")
    assert fw is not None and fw.kind == "Initiative" and fw.acronym == "CSC"


def test_community_and_union_are_framework_heads(nlp):
    x = _extract(nlp, "Talks covered the Coastal Defence Community (CDC) and the Pacific Maritime Union (PMU).")
    assert _framework(x, "Coastal Defence Community").acronym == "CDC"
    assert _framework(x, "Pacific Maritime Union").acronym == "PMU"


def test_an_organisation_named_in_passing_without_its_acronym_is_dropped(nlp):
    x = _extract(nlp, "The minister recalled the Soviet Union's legacy and the Pacific Maritime Union's early years.")
    assert x.frameworks == []


def test_a_lowercase_memorandum_of_understanding_is_an_agreement_between_the_countries(nlp):
    x = _extract(nlp, "Peru and Brazil signed a memorandum of understanding on submarine rescue between the navies of Peru and "
                      "Brazil in Lima on Monday.")
    fw = _framework(x, "memorandum of understanding on submarine rescue")
    assert fw is not None and fw.kind == "Agreement"
    assert {"PER", "BRA"} <= set(fw.countries)


def test_memorandum_and_its_abbreviation_are_one_framework(nlp):
    x = _extract(nlp, "Ghana and Senegal signed a Memorandum of Understanding (MoU) on coastal patrols in Accra. "
                      "The MoU on coastal patrols takes effect in June.")
    mous = [f for f in x.frameworks if "coastal patrols" in f.name]
    assert len(mous) == 1 and len(mous[0].evidence) == 2


def test_a_memorandum_without_a_subject_is_not_a_framework(nlp):
    x = _extract(nlp, "The two sides signed a memorandum of understanding in Lima on Monday.")
    assert not [f for f in x.frameworks if "memorandum" in f.name.lower()]


def test_a_group_described_as_a_company_is_not_a_framework(nlp):
    x = _extract(nlp, "The minister toured the plant of the Falcon Group, the country's largest defence manufacturer, on Monday.")
    assert _framework(x, "Falcon Group") is None


def test_a_group_of_states_is_still_a_framework(nlp):
    x = _extract(nlp, "Officials from the Coastal Security Group, a forum of Ghana, Togo and Benin, met in Lome.")
    assert _framework(x, "Coastal Security Group") is not None


# -- memberships ---------------------------------------------------------------------------------


def test_whose_member_states_are(nlp):
    x = _extract(nlp, "The ministers discussed the Gulf of Guinea Commission (GGC), whose member states are Angola, Cameroon, "
                      "Gabon and Nigeria.")
    assert _members(x, "Gulf of Guinea Commission") == {"AGO", "CMR", "GAB", "NGA"}


def test_member_of_which_also_includes_keeps_the_subject_and_stops_at_the_list(nlp):
    x = _extract(nlp, "Norway is a member of the Nordic Defence Forum (NDF), which also includes Sweden, Finland "
                      "and Denmark, and has bought tanks from Germany.")
    assert _members(x, "Nordic Defence Forum") == {"NOR", "SWE", "FIN", "DNK"}


def test_countries_are_members_of_a_framework_with_a_trailing_clause(nlp):
    x = _extract(nlp, "Peru and Mexico are both members of the Pacific Alliance (PA) and regularly join the U.S.-led "
                      "UNITAS exercise.")
    assert _members(x, "Pacific Alliance") == {"PER", "MEX"}


def test_which_comprises_after_a_framework(nlp):
    x = _extract(nlp, "Benin hosts the Maritime Security Commission (MSC), which comprises Benin, Togo, Ghana and Nigeria.")
    assert _members(x, "Maritime Security Commission") == {"BEN", "TGO", "GHA", "NGA"}


def test_made_up_of(nlp):
    x = _extract(nlp, "The talks covered the Southern Ocean Forum, made up of Chile, Argentina and Uruguay.")
    assert _members(x, "Southern Ocean Forum") == {"CHL", "ARG", "URY"}


def test_countries_in_brackets_after_a_framework(nlp):
    x = _extract(nlp, "The four-nation Andean Defence Council (Peru, Bolivia, Ecuador and Colombia) met in Quito.")
    assert _members(x, "Andean Defence Council") == {"PER", "BOL", "ECU", "COL"}


def test_a_pact_described_after_its_name_and_kind_word(nlp):
    x = _extract(nlp, "Officials reviewed the SCO partnership, the security pact between China, Russia and Kazakhstan, "
                      "in Astana.")
    assert _members(x, "SCO") == {"CHN", "RUS", "KAZ"}


# -- meetings ------------------------------------------------------------------------------------


def test_a_group_meeting_takes_its_participants_from_the_next_sentence(nlp):
    x = _extract(nlp, "The defence ministers of Chile, Peru and Colombia held a trilateral meeting in Lima on Friday. "
                      "Chilean Defence Minister Adriana Delpiano, Peruvian Defence Minister Walter Astudillo and Colombian "
                      "Defence Minister Pedro Sanchez agreed to share maritime data.")
    (meeting,) = x.meetings
    names = {p.key: p.name for p in x.persons}
    assert sorted(names[k] for k in meeting.participants) == ["Adriana Delpiano", "Pedro Sanchez", "Walter Astudillo"]
    assert meeting.date is not None and meeting.date.iso == "2025-03-07"
    assert "Astudillo" in meeting.evidence[0].text


def test_a_group_subject_without_named_persons_next_is_no_meeting(nlp):
    x = _extract(nlp, "The defence ministers of Chile and Peru held a meeting in Lima on Friday. The talks lasted two hours.")
    assert x.meetings == []


def test_a_telephone_call_does_not_take_the_dateline_city(nlp):
    x = _extract(nlp, "OSLO (AP) — Norwegian Defence Minister Tore Sandvik held a telephone conversation with Danish "
                      "Defence Minister Troels Lund Poulsen on Monday.", header=False)
    (meeting,) = x.meetings
    assert meeting.kind == "telephone" and meeting.place is None


def test_an_in_person_meeting_still_takes_the_dateline_city(nlp):
    x = _extract(nlp, "OSLO (AP) — Norwegian Defence Minister Tore Sandvik met Danish Defence Minister Troels Lund Poulsen "
                      "on Monday.", header=False)
    (meeting,) = x.meetings
    assert {p.key: p.name for p in x.places}.get(meeting.place) == "Oslo"


def test_engagements_listed_after_where_he_belong_to_the_visitor(nlp):
    x = _extract(nlp, "Last week, Italian Defence Minister Guido Crosetto visited Tokyo, where he called on Prime Minister "
                      "Shigeru Ishiba, held talks with Foreign Minister Takeshi Iwaya, and met Defence Minister Gen Nakatani.")
    assert meeting_pairs(x) == {("Guido Crosetto", "Shigeru Ishiba"), ("Guido Crosetto", "Takeshi Iwaya"),
                         ("Gen Nakatani", "Guido Crosetto")}
    places = {p.key: p.name for p in x.places}
    assert {places.get(mt.place) for mt in x.meetings} == {"Tokyo"}


def test_the_visiting_dignitary_is_the_visitor_and_earlier_in_the_day_is_the_same_day(nlp):
    x = _extract(nlp, "Indonesian Defence Minister Sjafrie Sjamsoeddin held talks with Philippine Defence Secretary Gilberto "
                      "Teodoro in Manila on 10 March 2025. Earlier in the day, the visiting dignitary called on Armed Forces "
                      "Chief General Romeo Brawner at Camp Aguinaldo.")
    pairs = {tuple(sorted({p.key: p.name for p in x.persons}[k] for k in mt.participants)): mt for mt in x.meetings}
    call = pairs[("Romeo Brawner", "Sjafrie Sjamsoeddin")]
    assert call.date is not None and call.date.iso == "2025-03-10"


def test_looking_forward_to_welcoming_is_a_planned_meeting(nlp):
    x = _extract(nlp, "Italian Defence Minister Guido Crosetto said on Monday that he looked forward to welcoming Australian "
                      "Defence Minister Richard Marles in Rome next week.")
    assert [mt.status for mt in x.meetings] == ["planned"]


def test_named_missions_and_operations_are_initiatives(nlp):
    x = _extract(nlp, "Italy sent a frigate to the EU's naval mission Atalanta, and Britain joined Operation Prosperity Guardian.")
    assert _framework(x, "Atalanta").kind == "Initiative"
    assert _framework(x, "Operation Prosperity Guardian").kind == "Initiative"


def test_a_mission_without_a_name_is_no_framework(nlp):
    x = _extract(nlp, "The naval mission ended in March and the operation was praised by Kenya.")
    assert not [f for f in x.frameworks if f.kind == "Initiative"]


def test_a_multinational_force_with_its_acronym_is_an_organisation_but_a_service_is_not(nlp):
    x = _extract(nlp, "Officers of the Indian Air Force (IAF) briefed the Northern Europe Expeditionary Force (NEEF) in Oslo.")
    assert _framework(x, "Northern Europe Expeditionary Force").acronym == "NEEF"
    assert _framework(x, "Indian Air Force") is None


def test_an_institute_counts_when_introduced_with_its_acronym(nlp):
    x = _extract(nlp, "The forum is organised by the Asia Institute for Maritime Studies (AIMS) every year.")
    assert _framework(x, "Asia Institute for Maritime Studies").kind == "Organisation"


def test_an_organisation_that_organises_or_parents_a_framework_is_kept(nlp):
    x = _extract(nlp, "Kenya hosts the Coastal Standby Brigade (CSB), a regional peacekeeping mechanism of the African Union.")
    assert _framework(x, "AU") is not None or _framework(x, "African Union") is not None


def test_an_organisation_merely_named_is_dropped(nlp):
    x = _extract(nlp, "The ministers said the African Union had praised their work on Monday.")
    assert _framework(x, "African Union") is None and _framework(x, "AU") is None


def test_separate_meetings_with_a_list_are_one_meeting_per_counterpart(nlp):
    x = _extract(nlp, "Japanese Defence Minister Gen Nakatani held separate meetings with Australian Defence Minister Richard "
                      "Marles, Philippine Defense Secretary Gilberto Teodoro and Indonesian Defence Minister Sjafrie "
                      "Sjamsoeddin on Saturday.")
    assert meeting_pairs(x) == {("Gen Nakatani", "Richard Marles"), ("Gen Nakatani", "Gilberto Teodoro"),
                         ("Gen Nakatani", "Sjafrie Sjamsoeddin")}


def test_travel_to_a_city_on_a_day_to_meet_is_planned_there_on_that_day(nlp):
    x = _extract(nlp, "Indian Army Chief General Upendra Dwivedi will travel to Jakarta on Thursday to meet Indonesian Army "
                      "Chief General Maruli Simanjuntak.")
    (meeting,) = x.meetings
    assert meeting.status == "planned" and meeting.date.iso == "2025-03-13"
    assert {p.key: p.name for p in x.places}[meeting.place] == "Jakarta"


def test_received_a_courtesy_call_from_is_a_call_on(nlp):
    x = _extract(nlp, "Chilean Navy chief Admiral Juan Andres De La Maza received a courtesy call from Indian Navy chief "
                      "Admiral Dinesh K Tripathi in Valparaiso on Monday.")
    (meeting,) = x.meetings
    assert meeting.kind == "call-on" and meeting_pairs(x) == {("Dinesh K Tripathi", "Juan Andres De La Maza")}


def test_sat_down_with_and_exchanged_views_with_are_meetings(nlp):
    x = _extract(nlp, "Australian Defence Minister Richard Marles sat down with Japanese Defence Minister Gen Nakatani in "
                      "Tokyo on Monday. On Tuesday, Australian Foreign Minister Penny Wong exchanged views with her "
                      "Indonesian counterpart Retno Marsudi in Jakarta.")
    assert meeting_pairs(x) == {("Gen Nakatani", "Richard Marles"), ("Penny Wong", "Retno Marsudi")}


def test_exchanging_fire_is_no_meeting(nlp):
    x = _extract(nlp, "Indian troops exchanged fire with Pakistani soldiers near Poonch on Monday, Indian Army Chief General "
                      "Upendra Dwivedi said.")
    assert x.meetings == []


def test_comprises_members_with_observers(nlp):
    x = _extract(nlp, "The Indian Ocean Rim Association comprises India, Australia, Kenya and Oman, with China and Japan as "
                      "observers.")
    fw = next(f for f in x.frameworks if f.name in ("IORA", "Indian Ocean Rim Association"))
    roles = {(mb.country, mb.role) for mb in x.memberships if mb.framework == fw.key}
    assert roles == {("IND", "member"), ("AUS", "member"), ("KEN", "member"), ("OMN", "member"),
                     ("CHN", "observer"), ("JPN", "observer")}


def test_a_planned_meeting_does_not_take_the_dateline_city(nlp):
    x = _extract(nlp, "SEOUL (Yonhap) -- South Korean Defence Minister Ahn Gyu-back will meet Japanese Defence Minister Gen "
                      "Nakatani next month, officials said.", header=False)
    (meeting,) = x.meetings
    assert meeting.status == "planned" and meeting.place is None


def test_a_planned_meeting_takes_the_dateline_city_when_the_visit_goes_there(nlp):
    x = _extract(nlp, "SEOUL (Yonhap) -- South Korean Defence Minister Ahn Gyu-back will meet Japanese Defence Minister Gen "
                      "Nakatani on Wednesday, officials said. Nakatani is visiting South Korea from March 12 to 14.",
                 header=False)
    (meeting,) = x.meetings
    assert {p.key: p.name for p in x.places}.get(meeting.place) == "Seoul"


def test_a_group_meeting_looks_two_sentences_ahead_and_counts_its_members(nlp):
    text = ("The three ministers met on the sidelines of a security forum in Kuala Lumpur on Saturday. They agreed to hold "
            "joint patrols. Australian Defence Minister Richard Marles, Japanese Defence Minister Gen Nakatani and "
            "Philippine Defense Secretary Gilberto Teodoro also discussed maritime security.")
    x = _extract(nlp, text)
    assert meeting_pairs(x) == {("Gen Nakatani", "Gilberto Teodoro", "Richard Marles")}
    wrong_count = _extract(nlp, text.replace("three ministers", "four ministers"))
    assert wrong_count.meetings == []


def test_a_video_conference_is_a_virtual_meeting_but_a_press_conference_is_not(nlp):
    x = _extract(nlp, "Japanese Defence Minister Gen Nakatani held a video conference with his Philippine counterpart "
                      "Gilberto Teodoro on Monday.")
    assert [mt.kind for mt in x.meetings] == ["virtual"]
    press = _extract(nlp, "Japanese Defence Minister Gen Nakatani held a press conference with Philippine Defense "
                          "Secretary Gilberto Teodoro on Monday.")
    assert press.meetings == []


def test_receiving_a_delegation_led_by_someone_is_meeting_its_leader(nlp):
    x = _extract(nlp, "Ghana's Defence Minister Omane Boamah received a delegation led by Nigerian Army Chief Lieutenant "
                      "General Olufemi Oluyede in Accra on Tuesday.")
    assert meeting_pairs(x) == {("Olufemi Oluyede", "Omane Boamah")}


def test_joining_a_framework_makes_a_member_or_observer(nlp):
    x = _extract(nlp, "Indonesia joined BRICS in January. Papua New Guinea was admitted to ASEAN as an observer in 2022.")
    roles = {(mb.country, mb.role) for mb in x.memberships}
    assert roles == {("IDN", "member"), ("PNG", "observer")}


def test_not_yet_joining_or_joining_talks_is_no_membership(nlp):
    x = _extract(nlp, "Ukraine has not joined NATO, and Georgia will join the SCO next year. Vietnam hopes to join the "
                      "Quad. Finland joined the Quad talks last year.")
    assert x.memberships == []


def test_a_group_meeting_does_not_take_a_later_occasions_participants(nlp):
    x = _extract(nlp, "The two ministers met in Hanoi on Monday. Australian Defence Minister Richard Marles and Vietnamese "
                      "Defence Minister Phan Van Giang will meet again in Canberra in June.")
    assert [mt.status for mt in x.meetings] == ["planned"]


def test_which_is_a_member_of_refers_to_the_country_before(nlp):
    x = _extract(nlp, "Norway, which is a member of NATO, signed a deal with Brazil on Monday.")
    assert {(mb.country, mb.role) for mb in x.memberships} == {("NOR", "member")}


def test_a_plural_initiatives_name_is_an_initiative(nlp):
    x = _extract(nlp, "The ministers reviewed the Northern Patrol Initiatives and the Pacific Alliance.")
    assert _framework(x, "Northern Patrol Initiatives").kind == "Initiative"
    assert _framework(x, "Pacific Alliance") is not None
