"""Titles written in full before a name set off by commas: a portfolio that goes on in a list, a post
at a seat of government with a remit, a body's governor or force commander, a post under a principal,
an honorific before the title, a dotted rank, a ruler's regnal epithet (invented sentences)."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import extract_text, holdings, person_names

_extract = partial(extract_text, published=date(2025, 9, 10))


def test_a_ministers_portfolio_listed_up_to_the_comma_is_one_title(nlp):
    x = _extract(nlp, "The session, chaired by Togo's Minister of the Armed Forces, Veterans and Civic Service, Gen. Kossi "
                      "Agbeko, adopted a maritime plan in Lome.")
    assert ("Kossi Agbeko", "Armed Forces, Veterans and Civic Service Minister", "TGO") in holdings(x)


def test_a_ministers_portfolio_listed_up_to_its_country_after_the_holder_is_one_title(nlp):
    x = _extract(nlp, "The talks were led by Mr Kofi Mensah, Vice President and Minister of Defence, Fisheries and "
                      "Coastal Works of Ghana, at the castle in Accra.")
    assert ("Kofi Mensah", "Defence, Fisheries and Coastal Works Minister", "GHA") in holdings(x)


def test_a_portfolio_list_of_two_ands_before_a_country_is_no_title(nlp):
    # two "and"s: not one minister's list of portfolios
    x = _extract(nlp, "The talks were led by Mr Kofi Mensah, Vice President and Minister of Defence, Fisheries and "
                      "Coastal Works and Trade of Ghana, at the castle in Accra.")
    assert not any("Fisheries" in title for _, title, _ in holdings(x))


def test_a_minister_named_after_a_comma_keeps_the_title_as_written(nlp):
    x = _extract(nlp, "The session, chaired by Togo's Minister of the Armed Forces, Gen. Kossi Agbeko, and attended by "
                      "Benin's Minister of Defence, Gen. Paul Houngbo, adopted a maritime plan in Lome.")
    assert ("Kossi Agbeko", "Armed Forces Minister", "TGO") in holdings(x)


def test_a_post_at_the_seat_of_government_with_a_remit_is_kept_as_written(nlp):
    x = _extract(nlp, "The talks brought together Ghana's Minister of Defence, Kwame Asante, and Gabon's Minister Delegate "
                      "at the Presidency in charge of Defence, Mr Paul Ondo Mba, in Accra.")
    assert ("Paul Ondo Mba", "Minister Delegate at the Presidency in charge of Defence", "GAB") in holdings(x)


def test_a_governor_of_a_named_authority_holds_the_authoritys_post(nlp):
    x = _extract(nlp, "Riyadh, Sept 10, 2025 -- The Governor of the General Authority for Civil Aviation (GACA), Omar "
                      "Al-Harbi, said air traffic in Saudi Arabia had grown, Saudi Arabia's news agency reported.")
    assert ("Omar Al-Harbi", "Governor of the General Authority for Civil Aviation", "SAU") in holdings(x)


def test_a_force_commander_after_a_dotted_rank(nlp):
    x = _extract(nlp, "Abuja, Sept 10, 2025 (NAN) The ministers met the Force Commander of the Joint Border Brigade (JBB), "
                      "Maj.-Gen. Musa Danjuma, in Abuja. Nigeria and Niger agreed to extend its mandate.")
    assert "Musa Danjuma" in person_names(x)
    assert not any("Maj" in name for name in person_names(x))
    assert any(name == "Musa Danjuma" and title.startswith("Force Commander of the Joint Border Brigade")
               for name, title, _ in holdings(x))


def test_a_post_under_a_principal_is_not_the_principals(nlp):
    x = _extract(nlp, "The delegation was received in Astana by the Secretary of the Security Council under the President "
                      "of the Republic of Kazakhstan, Aidar Bekov.")
    assert ("Aidar Bekov", "Security Council Secretary", "KAZ") in holdings(x)
    assert ("Aidar Bekov", "President", "KAZ") not in holdings(x)


def test_an_honorific_before_a_title_is_no_bodys_acronym(nlp):
    x = _extract(nlp, "Doha, Sept 10, 2025 -- Yesterday, HRH Minister of Defence Prince Faisal bin Nasser hosted Canadian "
                      "Defence Minister Laura Bennett in Doha. Qatar and Canada signed a memorandum, Qatar said.")
    assert ("Faisal bin Nasser", "Defence Minister", "QAT") in holdings(x)


def test_a_rulers_regnal_epithet_is_no_part_of_his_name(nlp):
    x = _extract(nlp, "He was granted an audience by His Majesty Sultan Haji Ahmad Kamal Tajuddin Waddaulah, who is also "
                      "Brunei's Prime Minister, at the palace in Bandar Seri Begawan.")
    assert person_names(x) == ["Ahmad Kamal"]
    assert ("Ahmad Kamal", "Prime Minister", "BRN") in holdings(x)


def test_a_name_ending_in_din_alone_is_kept_whole(nlp):
    x = _extract(nlp, "Malaysia's Defence Minister Ahmad Kamal Tajuddin met Brunei's Prime Minister in Bandar Seri Begawan.")
    assert "Ahmad Kamal Tajuddin" in person_names(x)


def test_a_listed_portfolio_of_several_words_joined_in_lower_case(nlp):
    x = _extract(nlp, "The session, chaired by Togo's Minister of the Interior, Civil Protection and Persons with Disabilities, "
                      "Gen. Kossi Agbeko, adopted a maritime plan in Lome.")
    assert ("Kossi Agbeko", "Interior, Civil Protection and Persons with Disabilities Minister", "TGO") in holdings(x)


def test_a_lower_case_word_before_a_lower_case_word_ends_no_listed_portfolio(nlp):
    x = _extract(nlp, "The session, chaired by Togo's Minister of the Armed Forces, Veterans and Sport for two years, "
                      "Gen. Kossi Agbeko, adopted a maritime plan in Lome.")
    assert not any("Sport" in title for _, title, _ in holdings(x))


def test_a_branch_in_brackets_after_the_rank_leaves_the_title_to_the_name(nlp):
    x = _extract(nlp, "Talks between General Omar Haddad and Chief of Staff of the Emirati Armed Forces Major General "
                      "(Pilot) Humaid bin Obaid Al Marri took place in Abu Dhabi this morning.")
    assert ("Humaid bin Obaid Al Marri", "Armed Forces Chief of Staff", "ARE") in holdings(x)


def test_a_bracketed_word_that_is_no_branch_is_not_skipped_as_one(nlp):
    x = _extract(nlp, "Talks between General Omar Haddad and Chief of Staff of the Emirati Armed Forces Major General "
                      "(Media) Humaid bin Obaid Al Marri took place in Abu Dhabi this morning.")
    assert "Media" not in " ".join(person_names(x))
