"""Datelines, meeting places told by "where", and sideline meetings that take the occasion's date
and place. Sentences written for these tests (other names and countries than any test article)."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import extract_text, participant_names, place_name

_extract = partial(extract_text, published=date(2025, 6, 6))
_names = participant_names
_place = place_name


def test_a_multi_word_dateline_in_capitals_is_the_meeting_place(nlp):
    x = _extract(nlp, "BUENOS AIRES, Jun 3 (Telam) - Argentine Defence Minister Luis Petri met Chilean Defence Minister "
                      "Maya Fernandez on Monday.", header=False)
    (meeting,) = x.meetings
    assert _place(x, meeting) == "Buenos Aires"
    assert not any("BUENOS AIRES" in p.aliases for p in x.places)  # the capitals are no other name


def test_a_dateline_with_an_ordinal_day_is_read(nlp):
    x = _extract(nlp, "PORT MORESBY, 5th June (AAP) -- Papua New Guinea's Defence Minister Billy Joseph met Fijian "
                      "Defence Minister Pio Tikoduadua on Wednesday.", header=False)
    (meeting,) = x.meetings
    assert _place(x, meeting) == "Port Moresby"


def test_a_dateline_with_city_and_country_is_read(nlp):
    x = _extract(nlp, "ALEXANDRIA, Egypt — Egyptian Defence Minister Abdel Mageed Saqr met Greek Defence Minister "
                      "Nikos Dendias on Tuesday.", header=False)
    (meeting,) = x.meetings
    assert _place(x, meeting) == "Alexandria"


def test_a_dateline_with_city_country_and_date_is_read(nlp):
    x = _extract(nlp, "SUVA, Fiji, June 3 (AP) — Fijian Defence Minister Pio Tikoduadua met Tongan Defence Minister "
                      "Lord Fohe on Tuesday.", header=False)
    (meeting,) = x.meetings
    assert _place(x, meeting) == "Suva"


def test_a_name_in_a_dateline_shape_is_no_dateline(nlp):
    x = _extract(nlp, "Defence Minister Maya Fernandez (left) met Argentine Defence Minister Luis Petri on Monday.",
                 header=False)
    (meeting,) = x.meetings
    assert meeting.place is None


def test_where_after_a_date_refers_to_the_city_before_it(nlp):
    x = _extract(nlp, "Tongan Defence Minister Lord Fohe will call on the Prime Minister in Apia on Wednesday. He will "
                      "then travel on to Suva on Friday, where he is expected to hold talks with Fiji Military Forces "
                      "commander Major General Ro Jone Kalouniwai.")
    (meeting,) = x.meetings
    assert _place(x, meeting) == "Suva"


def test_sideline_talks_take_the_date_and_place_of_the_meeting_told_before(nlp):
    x = _extract(nlp, "Defence Minister Pio Tikoduadua on Tuesday hosted his counterparts from the Pacific islands for "
                      "the third ministerial meeting of the group in Suva.\n\n"
                      "The group was founded in 2019 and holds its meetings every year.\n\n"
                      "On the sidelines of the meeting, Mr. Tikoduadua held bilateral talks with Tonga's Defence "
                      "Minister Lord Fohe.")
    (meeting,) = x.meetings
    assert _place(x, meeting) == "Suva" and meeting.date.iso == "2025-06-03"


def test_sideline_talks_of_a_named_event_do_not_borrow_an_earlier_date(nlp):
    x = _extract(nlp, "Defence Minister Pio Tikoduadua met Australian officials in Suva on Tuesday.\n\n"
                      "On the sidelines of the Pacific Defence Ministers' Meeting, Mr. Tikoduadua held bilateral "
                      "talks with Tonga's Defence Minister Lord Fohe.")
    sideline = [m for m in x.meetings if m.part_of]
    assert sideline and all(m.date is None for m in sideline)


def test_the_guest_of_a_meeting_held_in_the_dateline_city_is_there_for_the_next_call(nlp):
    x = _extract(nlp, "HONIARA, June 3 (AAP) - Solomon Islands Police Minister Anthony Veke hosted Fijian Defence "
                      "Minister Pio Tikoduadua for talks in the capital on Tuesday.\n\n"
                      "Tikoduadua also called on Prime Minister Jeremiah Manele at his office on Tuesday afternoon.",
                 header=False)
    places = [_place(x, m) for m in x.meetings]
    assert places == ["Honiara", "Honiara"]


def test_a_meeting_during_the_summit_takes_the_summit_date_told_two_sentences_before(nlp):
    x = _extract(nlp, "Pacific defence ministers gathered in Suva on Tuesday for the third ministerial summit of the "
                      "group, hosted by Fijian Defence Minister Pio Tikoduadua.\n\n"
                      "On the margins of the summit, Mr. Tikoduadua held talks with Tonga's Defence Minister Lord Fohe.\n\n"
                      "During the summit, Mr. Tikoduadua also met New Zealand Defence Minister Judith Collins.")
    dates = [m.date.iso if m.date else None for m in x.meetings]
    assert dates == ["2025-06-03", "2025-06-03"]


def test_a_meeting_at_a_ministry_takes_no_earlier_date(nlp):
    x = _extract(nlp, "Fijian Defence Minister Pio Tikoduadua opened a new wing of the ministry on Tuesday.\n\n"
                      "At the ministry, Mr. Tikoduadua also met Tonga's Defence Minister Lord Fohe.")
    assert [m.date for m in x.meetings] == [None]


def _place_names(x):
    return {p.name for p in x.places}


def test_the_capital_of_a_named_country_is_a_city_without_a_preposition(nlp):
    x = _extract(nlp, "Fijian Defence Minister Pio Tikoduadua reached Nuku'alofa on Monday and held talks with Tonga's "
                      "Defence Minister Lord Fohe.")
    (meeting,) = x.meetings
    assert _place(x, meeting) == "Nuku'alofa"


def test_a_capital_inside_a_longer_name_is_no_city(nlp):
    x = _extract(nlp, "Fijian Defence Minister Pio Tikoduadua praised the Apia Accord with Samoa on Monday.")
    assert "Apia" not in _place_names(x)
    x = _extract(nlp, "Fijian Defence Minister Pio Tikoduadua spoke to Apia Tuilagi, the Samoan delegate.")
    assert "Apia" not in _place_names(x)


def test_in_the_country_capital_city_is_the_meeting_place(nlp):
    x = _extract(nlp, "Fijian Defence Minister Pio Tikoduadua held talks with Samoan Prime Minister Fiame Naomi "
                      "Mata'afa in the Samoan capital Apia on Monday.")
    (meeting,) = x.meetings
    assert _place(x, meeting) == "Apia"


def test_without_a_publication_date_yearless_days_take_the_year_of_the_full_dates(nlp):
    x = _extract(nlp, "Peruvian Defence Minister Walter Astudillo met Ecuadorian Defence Minister Gian Carlo Loffredo "
                      "in Quito on March 3, 2027. Earlier, on February 26, Astudillo held a telephone conversation "
                      "with Bolivian Defence Minister Edmundo Novillo. On Tuesday, Astudillo met Colombian Defence "
                      "Minister Pedro Sanchez.", header=False)
    dates = {tuple(_names(x, m)): m.date.iso if m.date else None for m in x.meetings}
    assert dates == {("Gian Carlo Loffredo", "Walter Astudillo"): "2027-03-03",
                     ("Edmundo Novillo", "Walter Astudillo"): "2027-02-26",
                     ("Pedro Sanchez", "Walter Astudillo"): None}  # a weekday needs the day of writing


def test_a_meeting_in_a_where_clause_takes_the_date_of_the_journey(nlp):
    x = _extract(nlp, "On Thursday, Peruvian Defence Minister Walter Astudillo travelled to Cusco, where he held a "
                      "meeting with Bolivian Defence Minister Edmundo Novillo.")
    (meeting,) = x.meetings
    assert meeting.date.iso == "2025-06-05" and _place(x, meeting) == "Cusco"


def test_a_where_clause_with_its_own_date_keeps_it(nlp):
    x = _extract(nlp, "On Thursday, Peruvian Defence Minister Walter Astudillo travelled to Cusco, where he had met "
                      "Bolivian Defence Minister Edmundo Novillo in March 2019.")
    (meeting,) = x.meetings
    assert meeting.date.iso == "2019-03"


def test_a_meeting_after_which_something_was_signed_takes_its_date(nlp):
    x = _extract(nlp, "Peru and Bolivia on Thursday signed a defence cooperation agreement after Peruvian Defence "
                      "Minister Walter Astudillo received Bolivian Defence Minister Edmundo Novillo for talks in Lima.")
    (meeting,) = x.meetings
    assert meeting.date.iso == "2025-06-05" and _place(x, meeting) == "Lima"


def test_a_delegation_member_meets_the_host_where_the_visit_is(nlp):
    x = _extract(nlp, "Chilean Defence Minister Maya Fernandez met Argentine Defence Minister Luis Petri in Buenos Aires "
                      "on Monday. Chilean Navy chief Admiral Juan Andres De La Maza, who is part of the delegation, held "
                      "separate talks with Argentine Navy chief Admiral Carlos Allievi.")
    places = {tuple(_names(x, m)): _place(x, m) for m in x.meetings}
    assert places == {("Luis Petri", "Maya Fernandez"): "Buenos Aires",
                      ("Carlos Allievi", "Juan Andres De La Maza"): "Buenos Aires"}


def test_a_meeting_during_a_visit_to_another_country_is_not_placed_at_the_delegation(nlp):
    x = _extract(nlp, "Chilean Defence Minister Maya Fernandez met Argentine Defence Minister Luis Petri in Buenos Aires "
                      "on Monday. During a visit to Chile in May, Argentine Foreign Minister Gerardo Werthein held a "
                      "meeting with Chilean Foreign Minister Alberto van Klaveren.")
    places = {tuple(_names(x, m)): _place(x, m) for m in x.meetings}
    assert places[("Alberto van Klaveren", "Gerardo Werthein")] is None


def test_a_sentence_cut_after_a_rank_keeps_its_date(nlp):
    # the parser ends the sentence after "Gen"; the date in the cut-off piece is still the meeting's
    x = _extract(nlp, "Bolivian Defence Minister Edmundo Novillo arrived in Asia on Monday.\n\nHe is scheduled to hold "
                      "talks with Vietnam's Minister of Defence Gen Nguyen Tan Cuong in Hanoi on June 9.\n\nThe two "
                      "sides will sign a pact.")
    (meeting,) = x.meetings
    assert (meeting.status, meeting.date.iso, _place(x, meeting)) == ("planned", "2025-06-09", "Hanoi")


def test_a_visitors_later_planned_call_on_a_host_official_is_where_the_visitor_is(nlp):
    # the tuning sets' gold (extra5, extra10) places "will call on <host official> before travelling to Y" where the visitor is
    x = _extract(nlp, "Peruvian Defence Minister Walter Astudillo met Bolivian Defence Minister Edmundo Novillo in La Paz "
                      "on Tuesday. Astudillo will call on Bolivian Foreign Minister Celinda Sosa on Saturday before "
                      "travelling to Santa Cruz.")
    places = {tuple(_names(x, m)): (m.status, _place(x, m)) for m in x.meetings}
    assert places[("Celinda Sosa", "Walter Astudillo")] == ("planned", "La Paz")


def test_a_visitors_later_planned_call_on_a_third_countrys_official_gets_no_place(nlp):
    x = _extract(nlp, "Peruvian Defence Minister Walter Astudillo met Bolivian Defence Minister Edmundo Novillo in La Paz "
                      "on Tuesday. Astudillo will call on Chile's Foreign Minister Alberto van Klaveren on Saturday before "
                      "travelling to Santa Cruz.")
    places = {tuple(_names(x, m)): (m.status, _place(x, m)) for m in x.meetings}
    assert places[("Alberto van Klaveren", "Walter Astudillo")] == ("planned", None)


def test_a_planned_meeting_during_the_occasion_is_where_the_participant_is(nlp):
    x = _extract(nlp, "Peruvian Defence Minister Walter Astudillo met Bolivian Defence Minister Edmundo Novillo at a "
                      "regional conference in Lima on Tuesday. Astudillo is also scheduled to meet Colombian Defence "
                      "Minister Pedro Sanchez during the conference.")
    places = {tuple(_names(x, m)): (m.status, _place(x, m)) for m in x.meetings}
    assert places[("Pedro Sanchez", "Walter Astudillo")] == ("planned", "Lima")


def test_a_planned_meeting_during_a_named_dialogue_is_not_placed_where_the_participant_was(nlp):
    x = _extract(nlp, "Peruvian Defence Minister Walter Astudillo met Bolivian Defence Minister Edmundo Novillo in La Paz "
                      "on Tuesday. Colombian Defence Minister Pedro Sanchez is expected to hold talks with Astudillo in "
                      "July during the annual Peru-Colombia Defence Dialogue.")
    places = {tuple(_names(x, m)): (m.status, _place(x, m)) for m in x.meetings}
    assert places[("Pedro Sanchez", "Walter Astudillo")] == ("planned", None)
