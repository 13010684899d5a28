"""Which of several namesakes a title-led surname is, and the country-less form of a title with a
country inside, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings, meeting_pairs

PUBLISHED = date(2025, 6, 3)


def test_a_title_led_surname_is_the_namesake_named_after_that_title(nlp):
    text = (
        "Defence Minister Arjun Rao hosted Peru's Defence Minister Luis Salazar in New Delhi on Monday. "
        "Defence Secretary Vikram Rao held talks with Peruvian officials. India and Peru signed a pact. "
        "India will host the next round. Later, Defence Secretary Rao, not to be confused with the minister, "
        "travelled to Lima."
    )
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Vikram Rao", "Defence Secretary", "IND") in held
    assert not any(name == "Arjun Rao" and title == "Defence Secretary" for name, title, _ in held)


def test_a_surname_without_a_title_is_resolved_as_before(nlp):
    # no title before the short form: the namesake named last, in the previous sentence, is meant
    text = (
        "Defence Minister Arjun Rao hosted Peru's Defence Minister Luis Salazar in New Delhi on Monday. "
        "Defence Secretary Vikram Rao held talks with Peruvian officials. Rao said the talks went well. "
        "India and Peru signed a pact. India will host the next round."
    )
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert not any(name == "Arjun Rao" and title == "Defence Secretary" for name, title, _ in held)


def test_a_title_with_a_country_inside_keeps_the_form_without_it(nlp):
    text = "Kim met Khalid bin Salem Al Harthy, Secretary General of Oman's Ministry of Defence, in Muscat on Monday."
    x = extract_text(nlp, text, PUBLISHED)
    office = next(o for o in x.offices if o.country == "OMN")
    assert "Secretary General of the Ministry of Defence" in office.aliases
    assert "Secretary General of Oman's Ministry of Defence" in office.aliases


def test_a_department_secretary_with_the_country_inside(nlp):
    text = "Greg Holt, Secretary of New Zealand's Department of Defence, met Kim in Wellington on Monday."
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Greg Holt", "Secretary of the Department of Defence", "NZL") in held


def test_a_title_with_its_force_named_after_keeps_the_full_written_form(nlp):
    text = "Kim met Lt Gen Bounmy Phommachanh, Chief of the General Staff of the Lao People's Army, in Vientiane."
    x = extract_text(nlp, text, PUBLISHED)
    office = next(o for o in x.offices if o.country == "LAO")
    assert "Chief of the General Staff of the Lao People's Army" in office.aliases


def test_a_title_with_only_a_country_after_gets_no_longer_alias(nlp):
    text = "Kim met Bounmy Phommachanh, Chief of the General Staff of Laos, in Vientiane."
    x = extract_text(nlp, text, PUBLISHED)
    office = next(o for o in x.offices if o.country == "LAO")
    assert not any(alias.endswith("of Laos") for alias in office.aliases)


def test_a_lowercase_service_after_a_country_adjective_is_part_of_the_title(nlp):
    text = "Admiral Jorge Ruiz Tagle, the commander of the Chilean navy, met Peruvian officials in Lima."
    assert ("Jorge Ruiz Tagle", "Navy Commander", "CHL") in holdings(extract_text(nlp, text, PUBLISHED))


def test_lowercase_words_after_a_country_that_make_no_known_title_are_not_taken(nlp):
    text = "Jorge Ruiz Tagle, chief of the Chilean delegation, met Peruvian officials in Lima."
    assert not any(title.lower().startswith("chief of the chilean") for _, title, _ in holdings(extract_text(nlp, text, PUBLISHED)))


def test_a_bare_title_word_picks_the_namesake_whose_title_holds_it(nlp):
    # "Minister Diallo": the Minister of Defence, not the President of the same surname
    text = (
        "The session was opened by the Minister of Defence, Amadou Diallo, who read a message from President "
        "Mamadou Diallo. Minister Diallo later received a courtesy call from the Secretary General of the Sahel "
        "Council, Moussa Keita, at the ministry in Bamako. President Diallo received Keita at the palace on Friday."
    )
    pairs = meeting_pairs(extract_text(nlp, text, PUBLISHED))
    assert ("Amadou Diallo", "Moussa Keita") in pairs
    assert ("Mamadou Diallo", "Moussa Keita") in pairs


def test_a_title_word_both_namesakes_hold_decides_nothing(nlp):
    # "Minister Diallo" with a Prime Minister and a Defence Minister Diallo: as before (the one named last)
    text = (
        "Prime Minister Amadou Diallo met the Defence Minister, Mamadou Diallo, in Bamako on Monday. "
        "Minister Diallo later received Moussa Keita, the Sahel Council's Secretary General."
    )
    pairs = meeting_pairs(extract_text(nlp, text, PUBLISHED))
    assert ("Mamadou Diallo", "Moussa Keita") in pairs


def test_a_title_of_an_organisation_named_after_it_is_not_the_presidents_anaphor(nlp):
    # "the President of the African Union Commission, X": that body's officer, not President B Diallo
    text = (
        "President Mamadou Diallo opened the session in Bamako on Monday. Defence Minister Amadou Diallo "
        "later received a courtesy call from the President of the African Union Commission, Dr Moussa Keita, "
        "at the ministry in Bamako."
    )
    pairs = meeting_pairs(extract_text(nlp, text, PUBLISHED))
    assert ("Amadou Diallo", "Mamadou Diallo") not in pairs
    assert ("Amadou Diallo", "Moussa Keita") in pairs


def test_the_president_with_no_organisation_after_is_still_the_one_named_before(nlp):
    text = (
        "President Mamadou Diallo opened the session in Bamako on Monday. Defence Minister Amadou Diallo "
        "later called on the President at the palace in Bamako."
    )
    pairs = meeting_pairs(extract_text(nlp, text, PUBLISHED))
    assert ("Amadou Diallo", "Mamadou Diallo") in pairs
