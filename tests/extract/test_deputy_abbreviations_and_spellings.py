"""A deputy of an abbreviated post ("Deputy NSA"), and the two spellings of the adviser's post, on
sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings, offices_held, person_names

from diplokg import refdata

PUBLISHED = date(2025, 9, 16)


def _office(nlp, text: str, name: str):
    return offices_held(extract_text(nlp, text, PUBLISHED))[name]


def test_a_deputy_of_an_abbreviated_post_holds_the_deputy_post(nlp):
    text = "Kenya's Deputy NSA Peter Otieno Mwangi held talks with officials in Nairobi."
    assert ("Peter Otieno Mwangi", "Deputy National Security Advisor", "KEN") in holdings(extract_text(nlp, text, PUBLISHED))


def test_a_deputy_word_that_is_not_capitalised_leaves_the_abbreviation(nlp):
    # "the deputy" is someone else: "NSA X" holds the post itself
    text = "Kenya's NSA Peter Otieno Mwangi and his deputy met officials in Nairobi."
    assert ("Peter Otieno Mwangi", "National Security Advisor", "KEN") in holdings(extract_text(nlp, text, PUBLISHED))


def test_an_abbreviated_adviser_answers_to_both_spellings(nlp):
    office = _office(nlp, "Ghana's NSA Kwame Mensah Boateng arrived in Accra.", "Kwame Mensah Boateng")
    assert office.title == "National Security Advisor"
    assert "National Security Adviser" in office.aliases
    assert refdata.office_aliases("Deputy National Security Advisor", "GHA") == ["Deputy National Security Adviser"]


def test_a_numbered_minister_holds_the_numbered_post(nlp):
    text = "Malaysia's Minister of Finance II Datuk Seri Razali Hamdan Osman met the delegation in Putrajaya."
    assert ("Razali Hamdan Osman", "Minister of Finance II", "MYS") in holdings(extract_text(nlp, text, PUBLISHED))


def test_a_regnal_number_after_a_kings_name_is_no_numbered_post(nlp):
    # "King Charles III": the number is the name's, not a numbered minister's
    held = holdings(extract_text(nlp, "Britain's Prime Minister Keir Starmer met King Charles III in London.", PUBLISHED))
    assert not any(title.endswith(("II", "III")) for _, title, _ in held)


def test_a_hyphenated_secretary_general_of_defence_is_the_post(nlp):
    text = "Malaysia's Secretary-General of Defence Datuk Razali Hamdan Osman met the delegation in Putrajaya."
    office = _office(nlp, text, "Razali Hamdan Osman")
    assert (office.title, office.country) == ("Defence Secretary General", "MYS")
    assert "Secretary-General of Defence" in office.aliases


def test_a_chief_of_defence_is_the_post_and_longer_titles_still_win(nlp):
    text = ("The Belgian Chief of Defence, General Frederik Vansina Claes, met Kenya's Chief of Defence Forces "
            "General Joseph Kamau Njoroge in Brussels.")
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Frederik Vansina Claes", "Chief of Defence", "BEL") in held
    assert ("Joseph Kamau Njoroge", "Chief of Defence Forces", "KEN") in held


def test_a_polynesian_name_with_a_glottal_stop_after_a_title_in_commas(nlp):
    text = "The envoy paid a courtesy call on Samoa's Prime Minister, Dr 'Iosefa Lealaiauloto, on Thursday morning."
    assert ("Iosefa Lealaiauloto", "Prime Minister", "WSM") in holdings(extract_text(nlp, text, PUBLISHED))


def test_a_quote_mark_before_a_word_after_a_title_is_no_name(nlp):
    # "the Prime Minister, 'Partners' ...": a quotation, not a name
    text = "Samoa's Prime Minister, 'Partners for peace' was the theme, said officials in Apia."
    assert not any(title == "Prime Minister" for _, title, _ in holdings(extract_text(nlp, text, PUBLISHED)))


def test_vice_before_a_known_title_makes_the_deputys_post(nlp):
    text = "Kenya's Vice Chief of Staff Lieutenant General Peter Otieno Mwangi met officials in Nairobi."
    assert ("Peter Otieno Mwangi", "Vice Chief of Staff", "KEN") in holdings(extract_text(nlp, text, PUBLISHED))


def test_the_deputy_minister_alone_stays_a_reference(nlp):
    # "the Deputy Minister" names no post of its own: it refers to the holder named before
    text = ("Kenya's Deputy Minister of Defence Peter Otieno Mwangi arrived in Santiago on Monday. The Deputy Minister "
            "is accompanied by Principal Secretary Mary Wanjiku Kamau.")
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert not any(title == "Deputy Minister" for _, title, _ in held)
    assert ("Mary Wanjiku Kamau", "Principal Secretary", "KEN") in held


def test_a_rulers_title_after_an_officers_rank_is_his_given_name(nlp):
    text = "Kazakhstan's Deputy Minister of Defence Maj Gen Sultan Abenov met officials in Astana."
    assert ("Sultan Abenov", "Deputy Defence Minister", "KAZ") in holdings(extract_text(nlp, text, PUBLISHED))


def test_a_rulers_title_after_a_royal_honorific_stays_a_title(nlp):
    # "His Majesty Sultan X": the Sultan is the post, not a given name
    text = "Brunei's Defence Minister met His Majesty Sultan Hassan Bolkiah Mu'izzaddin in Bandar Seri Begawan."
    assert "Sultan Hassan Bolkiah Mu'izzaddin" not in person_names(extract_text(nlp, text, PUBLISHED))


def test_indias_minister_of_state_for_defence_is_also_the_raksha_rajya_mantri():
    assert "Raksha Rajya Mantri" in refdata.office_aliases("Minister of State for Defence", "IND")
    # elsewhere the post keeps its English names only
    assert "Raksha Rajya Mantri" not in refdata.office_aliases("Minister of State for Defence", "GHA")
    assert "State Minister of Defence" in refdata.office_aliases("Minister of State for Defence", "GHA")


def test_the_defense_staff_in_american_spelling_with_the(nlp):
    # "the chief of the defense staff" after a name: the American spelling with "the" is the same post
    text = ("Nigerian Defense Minister Bello Matawalle sat down with Ghanaian Army chief Gen. Kofi Mensah on Tuesday. "
            "The Nigerian delegation included Gen. Musa Abubakar, the chief of the defense staff, and Col. Ade Ojo.")
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Musa Abubakar", "Chief of Defence Staff", "NGA") in held
    assert not any(name == "Ade Ojo" for name, _, _ in held)


def test_the_vice_chief_of_the_defense_staff(nlp):
    text = "Ghana's Vice Chief of the Defense Staff, Maj. Gen. Kofi Mensah, met officials in Accra on Monday."
    assert ("Kofi Mensah", "Vice Chief of Defence Staff", "GHA") in holdings(extract_text(nlp, text, PUBLISHED))


def test_a_lower_case_deputy_before_a_lower_case_force_post_is_the_deputys_post(nlp):
    text = ("Rear Adm. Tomas Reyes, deputy commander of the Chilean Navy, is due to meet Rear Adm. Ivan Petrov "
            "in Valparaiso on Friday.")
    held = _office(nlp, text, "Tomas Reyes")
    assert held.title == "Deputy Navy Commander"
    assert "deputy commander of the Chilean Navy" in held.aliases


def test_a_capitalised_title_after_a_lower_case_deputy_is_left_alone(nlp):
    text = "The deputy Navy Commander, Rear Adm. Tomas Reyes, met officials in Valparaiso on Friday."
    assert _office(nlp, text, "Tomas Reyes").title != "Deputy Navy Commander"
