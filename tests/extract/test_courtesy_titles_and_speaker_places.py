"""Persons, offices and meetings on news phrasings met in the holdout3 tuning set (invented sentences)."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import (
    extract_text,
    holdings,
    meeting_pairs,
    person_names,
    place_name,
)

_extract = partial(extract_text, published=date(2025, 4, 2))



def _meeting(x, *names: str):
    by_key = {p.key: p.name for p in x.persons}
    return next(mt for mt in x.meetings if sorted(by_key[k] for k in mt.participants) == sorted(names))


# -- "Sheikh Faisal" after "Sheikh Faisal bin Nasser Al Hamad": honorific + given name ------------

def test_honorific_with_a_given_name_is_the_one_person_named_so_before(nlp):
    x = _extract(nlp, "Defence Minister H.E. Sheikh Faisal bin Nasser Al Hamad received Canadian Defence Minister Laura Bennett "
                      "in Kuwait City on Monday.\n\nH.E. Sheikh Faisal is scheduled to lead the Kuwaiti delegation to the summit "
                      "in Riyadh on May 3.")
    assert person_names(x) == ["Faisal bin Nasser Al Hamad", "Laura Bennett"]
    faisal = next(p for p in x.persons if p.name == "Faisal bin Nasser Al Hamad")
    assert "Sheikh Faisal" in faisal.aliases


def test_honorific_with_a_given_name_shared_by_two_earlier_persons_stays_apart(nlp):
    x = _extract(nlp, "Sheikh Faisal bin Nasser Al Hamad and Sheikh Faisal bin Jaber Al Sabah received Canadian Defence Minister "
                      "Laura Bennett in Kuwait City on Monday. Sheikh Faisal thanked her for the visit.")
    assert "Faisal bin Nasser Al Hamad" in person_names(x)
    assert "Faisal bin Jaber Al Sabah" in person_names(x)
    assert not any(p.name == "Faisal bin Nasser Al Hamad" and "Sheikh Faisal" in p.aliases for p in x.persons)
    assert not any(p.name == "Faisal bin Jaber Al Sabah" and "Sheikh Faisal" in p.aliases for p in x.persons)


def test_a_rank_with_a_given_name_is_not_joined_by_first_name(nlp):
    # "General" is a rank, not a courtesy title used with given names: no joining on the first word
    x = _extract(nlp, "Army chief General Marco Silva met Canadian Defence Minister Laura Bennett in Lisbon on Monday. "
                      "General Marco later visited Porto.")
    assert not any(p.name == "Marco Silva" and any("General Marco" == a for a in p.aliases) for p in x.persons)


def test_an_honorific_with_a_dot_does_not_end_the_sentence(nlp):
    x = _extract(nlp, "Earlier, the Emir Sheikh Faisal bin Nasser Al Hamad received at the palace H.E. Mr. Tom Harris, who conveyed "
                      "the greetings of the Canadian Prime Minister.")
    assert meeting_pairs(x) == {("Faisal bin Nasser Al Hamad", "Tom Harris")}


def test_a_name_particle_alone_is_no_short_form(nlp):
    x = _extract(nlp, "Sheikh Faisal bin Nasser Al Hamad received Canadian Defence Minister Laura Bennett in Doha on Monday. "
                      "She later visited Al Udeid Air Base.")
    faisal = next(p for p in x.persons if p.name == "Faisal bin Nasser Al Hamad")
    assert "Al" not in faisal.aliases


def test_hrh_with_dots_is_an_honorific(nlp):
    x = _extract(nlp, "Canadian Defence Minister Laura Bennett held talks with H.R.H. Prince Faisal bin Fahd Al Saud in Riyadh on Monday.")
    assert "Faisal bin Fahd Al Saud" in person_names(x)


# -- offices -----------------------------------------------------------------------------------

def test_hyphenated_vice_minister_with_a_sub_portfolio(nlp):
    x = _extract(nlp, "Defence Secretary Tom Harris held talks with Korea's Vice-Minister of Defense for Policy Affairs Lee Min-ho "
                      "in Seoul on Monday.")
    assert ("Lee Min-ho", "Vice-Minister of Defence for Policy Affairs", "KOR") in holdings(x)
    assert meeting_pairs(x) == {("Lee Min-ho", "Tom Harris")}


def test_a_titled_name_after_a_dialogue_is_a_person_not_the_dialogues_name(nlp):
    x = _extract(nlp, "Defence Secretary Tom Harris co-chaired the 5th Canada-Korea Defence Policy Dialogue with Korea's Vice-Minister "
                      "of Defense for Policy Affairs Lee Min-ho in Seoul on Monday, the ministry said.")
    assert "Lee Min-ho" in person_names(x)
    assert meeting_pairs(x) == {("Lee Min-ho", "Tom Harris")}


def test_a_name_after_a_dialogue_without_a_title_is_still_the_dialogues_name(nlp):
    x = _extract(nlp, "The two navies held the annual dialogue, Ocean Bridge, in Halifax on Monday.")
    assert "Ocean Bridge" not in person_names(x)


def test_principal_secretary_for_a_portfolio(nlp):
    x = _extract(nlp, "Defence Secretary Tom Harris held a meeting with Uganda's Principal Secretary for Defence Grace Achieng on Monday.")
    assert ("Grace Achieng", "Principal Secretary for Defence", "UGA") in holdings(x)


def test_a_title_owning_what_follows_is_not_the_named_persons(nlp):
    x = _extract(nlp, "Canadian Defence Minister Laura Bennett met Ghana's Defence Minister Kofi Mensah in Accra on Tuesday. "
                      "She also called on President John Mensah on Wednesday. Kofi Mensah, the president's cousin, has run the "
                      "ministry since 2021.")
    titles = {(person, title) for person, title, _ in holdings(x)}
    assert ("Kofi Mensah", "President") not in titles
    assert ("John Mensah", "President") in titles


def test_a_title_in_apposition_without_a_possessive_is_still_the_persons(nlp):
    x = _extract(nlp, "Kofi Mensah, the president of Ghana, met Canadian Defence Minister Laura Bennett in Accra on Tuesday.")
    assert ("Kofi Mensah", "President", "GHA") in holdings(x)


# -- meeting places and dates --------------------------------------------------------------------

def test_a_district_before_its_city_gives_the_city(nlp):
    x = _extract(nlp, "On Tuesday, Tom Harris called on Korean Defence Minister Park Ji-hoon at the defence ministry in Yongsan, Seoul.")
    (meeting,) = x.meetings
    assert place_name(x, meeting) == "Seoul"


def test_a_list_of_two_cities_is_not_a_district(nlp):
    x = _extract(nlp, "Defence Secretary Tom Harris met Korean Defence Minister Park Ji-hoon in Busan, Seoul and Incheon last week.")
    for meeting in x.meetings:
        assert place_name(x, meeting) != "Seoul"


def test_the_speakers_city_is_not_the_meetings(nlp):
    x = _extract(nlp, "Canadian Defence Minister Laura Bennett is scheduled to travel to Lisbon on Thursday for talks with "
                      "Portuguese Defence Minister Marco Silva, a ministry spokesperson in Ottawa said.")
    (meeting,) = x.meetings
    assert place_name(x, meeting) == "Lisbon"


def test_the_city_of_an_according_to_source_is_not_the_meetings(nlp):
    for text in ("According to the Embassy of Canada in Ottawa, Laura Bennett is expected to hold talks with Portuguese Defence "
                 "Minister Marco Silva in Lisbon on Saturday.",
                 "According to officials in Ottawa, Laura Bennett will meet Portuguese Defence Minister Marco Silva in "
                 "Lisbon on Saturday.",
                 "Laura Bennett will meet Portuguese Defence Minister Marco Silva in Lisbon on Saturday, according to "
                 "the ministry in Ottawa."):
        x = _extract(nlp, text)
        (meeting,) = x.meetings
        assert place_name(x, meeting) == "Lisbon", text
    # no other city: the source's is still none of the meeting's
    x = _extract(nlp, "According to the Embassy of Canada in Ottawa, Laura Bennett is expected to hold talks with "
                      "Portuguese Defence Minister Marco Silva on Saturday.")
    (meeting,) = x.meetings
    assert place_name(x, meeting) != "Ottawa"


def test_a_place_of_the_meeting_clause_still_counts_beside_a_speaker(nlp):
    x = _extract(nlp, "Laura Bennett met Portuguese Defence Minister Marco Silva in Lisbon on Monday, a spokesperson said.")
    (meeting,) = x.meetings
    assert place_name(x, meeting) == "Lisbon"


def test_where_clause_of_a_journey_to_a_country_takes_the_journeys_date(nlp):
    x = _extract(nlp, "Gen Marco Silva will travel to Ghana on Thursday, where he is scheduled to meet Chief of Defence Staff "
                      "General Kofi Mensah in Accra.")
    meeting = _meeting(x, "Kofi Mensah", "Marco Silva")
    assert meeting.date is not None and meeting.date.iso == "2025-04-03"
    assert place_name(x, meeting) == "Accra"


def test_where_clause_of_a_journey_without_a_date_has_no_date(nlp):
    x = _extract(nlp, "Gen Marco Silva will travel to Ghana, where he is scheduled to meet Chief of Defence Staff "
                      "General Kofi Mensah in Accra.")
    meeting = _meeting(x, "Kofi Mensah", "Marco Silva")
    assert meeting.date is None


# -- "who conveyed the greetings of His Majesty King X": the envoy's head of state ---------------

def test_the_sender_of_greetings_an_envoy_conveys_is_of_the_envoys_country(nlp):
    x = _extract(nlp, "Earlier, the Emir Sheikh Faisal bin Nasser Al Hamad received at the palace H.E. Mr. Tom Harris, Canada's "
                      "Minister of National Defence, who conveyed the greetings of His Majesty King Frederik II and the Prime Minister.")
    assert ("Frederik II", "King", "CAN") in holdings(x)


def test_each_listed_sender_of_greetings_is_of_the_envoys_country(nlp):
    x = _extract(nlp, "Oslo, May 4 (NTB) -- King Harald received Ghana's Minister of Defence Kwame Boateng at the palace here "
                      "today.\n\nDuring the audience, the Ghanaian minister conveyed the greetings of President Kofi Addo and "
                      "Vice President Ama Owusu to the King.")
    assert ("Ama Owusu", "Vice President", "GHA") in holdings(x)


def test_he_who_conveys_greetings_is_the_guest_received(nlp):
    # "he" is the guest the sentence received (passive or active), not its host
    for lead in ("Ghana's Minister of Defence Kwame Boateng was received by King Harald of Norway at the Royal Palace in Oslo",
                 "King Harald of Norway received Ghana's Minister of Defence Kwame Boateng at the Royal Palace in Oslo"):
        x = _extract(nlp, "Oslo, May 4 (NTB) -- Norway and Ghana agreed on Monday to train more officers together.\n\n"
                          f"{lead} today, where he conveyed the greetings of President Kofi Addo.")
        assert ("Kofi Addo", "President", "GHA") in holdings(x)


def test_he_conveying_greetings_with_no_guest_takes_no_guests_country(nlp):
    x = _extract(nlp, "Oslo, May 4 (NTB) -- Ghana's Minister of Defence Kwame Boateng met King Harald at the Royal Palace "
                      "in Oslo today. Later he toured the harbour, where Crown Prince Haakon conveyed the greetings of "
                      "Prime Minister Jonas Lie.")
    assert not any(person == "Jonas Lie" and country == "GHA" for person, _, country in holdings(x))


def test_the_one_greeted_takes_no_country_from_the_envoy(nlp):
    x = _extract(nlp, "Oslo, May 4 (NTB) -- Ghana's Minister of Defence Kwame Boateng conveyed the greetings of his "
                      "government to King Harald and Crown Prince Haakon at the palace here today.")
    assert not any(country == "GHA" for person, _, country in holdings(x) if person != "Kwame Boateng")


def test_a_king_named_in_another_role_takes_no_country_from_an_envoy(nlp):
    x = _extract(nlp, "Canada's Minister of National Defence Tom Harris discussed the visit of King Frederik II with reporters.")
    assert not any(person == "Frederik II" and country == "CAN" for person, _, country in holdings(x))


def test_a_one_word_name_keeps_only_a_regnal_number(nlp):
    x = _extract(nlp, "Canada's Minister of National Defence Tom Harris called on King Frederik II in Copenhagen on Monday.")
    assert "Frederik II" in person_names(x)


# -- "Air Marshal Singh": a rank + surname is the person of that surname named nearest before --------

def test_a_rank_and_surname_joins_the_person_of_that_surname_named_last(nlp):
    x = _extract(nlp, "Defence Secretary Ravi Kumar Singh met Canadian Defence Minister Laura Bennett in Ottawa on Monday.\n\n"
                      "In New Delhi, meanwhile, Chief of the Air Staff Air Chief Marshal Arjun Dev Singh received Canada's Chief of "
                      "the Air Force Lt Gen Paul Martin on Wednesday. Air Chief Marshal Singh and Lt Gen Martin discussed training.")
    ravi = next(p for p in x.persons if p.name == "Ravi Kumar Singh")
    arjun = next(p for p in x.persons if p.name == "Arjun Dev Singh")
    assert not any("Singh" in a and a != "Singh" for a in ravi.aliases)
    assert any(a.endswith("Singh") and a != "Singh" for a in arjun.aliases)


def test_the_hon_after_a_title_in_commas_is_a_courtesy_before_the_name(nlp):
    text = ("Today, the Deputy Prime Minister and Minister for Defence, the Hon Michael Rowe Carter MP, hosted "
            "Chile's Defence Minister Rosa Morales Vega in Wellington. New Zealand and New Zealand's navy welcomed her.")
    held = holdings(extract_text(nlp, text, date(2025, 3, 12)))
    assert ("Michael Rowe Carter", "Deputy Prime Minister", "NZL") in held


def test_post_nominal_letters_before_the_closing_comma_keep_the_name_in_commas(nlp):
    text = ("In Wellington, New Zealand's Chief of the Defence Force, Air Marshal Tony Davies Reid AO, held talks "
            "with Chile's Defence Minister Rosa Morales Vega.")
    held = holdings(extract_text(nlp, text, date(2025, 3, 12)))
    assert ("Tony Davies Reid", "Chief of Defence Forces", "NZL") in held


def test_the_general_is_no_courtesy_before_a_name(nlp):
    # "the General Assembly": "the" is skipped only before courtesy titles like "Hon"
    text = "Kenya's Defence Minister Peter Otieno Mwangi addressed the General Assembly in New York."
    assert "Assembly" not in person_names(extract_text(nlp, text, date(2025, 3, 12)))
