"""Posts written as news writes them, on sentences invented for these tests: a national armaments
director, a military representative to an alliance or its committee, a lower-case "defence chief"
before a name, and a Malay officer named again by rank and given name."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings, person_names

PUBLISHED = date(2026, 3, 12)


def test_national_armaments_director_in_commas(nlp):
    text = ("PRAGUE, March 9 - The Czech National Armaments Director, Pavel Krejcik, met his Polish "
            "counterpart Marek Zawadzki in Prague on Monday to discuss joint procurement.")
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Pavel Krejcik", "National Armaments Director", "CZE") in held


def test_military_representative_to_an_alliance_and_to_its_committee(nlp):
    text = ("BRUSSELS, March 9 - Lieutenant General Anders Holmqvist, Sweden's Military Representative to NATO, "
            "met General Piet Verhoef, the Dutch Military Representative to the EU Military Committee, on Monday.")
    x = extract_text(nlp, text, PUBLISHED)
    held = holdings(x)
    assert ("Anders Holmqvist", "Military Representative to NATO", "SWE") in held
    assert ("Piet Verhoef", "Military Representative to the EU Military Committee", "NLD") in held
    assert "Military Committee" not in person_names(x)


def test_military_representative_to_a_country_is_no_alliance_post(nlp):
    text = "BRUSSELS, March 9 - Sweden's Military Representative Anders Holmqvist travelled to Poland on Monday."
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert not any(title.endswith("Poland") for _, title, _ in held)


def test_lower_case_defence_chief_before_a_name(nlp):
    text = ("OSLO, March 8 - Norway's defence chief Gen Eirik Sandvold met Danish Defence Minister Mads Kjeldsen "
            "in Oslo on Sunday.")
    assert ("Eirik Sandvold", "Chief of Defence", "NOR") in holdings(extract_text(nlp, text, PUBLISHED))


def test_lower_case_defence_chief_without_a_name_is_no_post(nlp):
    text = ("OSLO, March 8 - Danish Defence Minister Mads Kjeldsen met Eirik Sandvold in Oslo on Sunday. "
            "The defence chief said the talks had gone well.")
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert not any(title == "Chief of Defence" for _, title, _ in held)


def test_malay_officer_named_again_by_rank_and_given_name(nlp):
    text = ("KUALA LUMPUR, March 6 - Malaysian Chief of Defence Force Gen Tan Sri Azman Harun met Indonesian "
            "Armed Forces Commander Admiral Budi Santoso in Kuala Lumpur on Thursday. Gen Azman said the two "
            "forces would hold more joint exercises.")
    names = person_names(extract_text(nlp, text, PUBLISHED))
    assert "Azman Harun" in names
    assert not any(n.startswith("Gen") or n == "Azman" for n in names)


def test_rank_and_a_given_name_shared_by_two_is_left_alone(nlp):
    # two officers named Azman: "Gen Azman" names neither surely
    text = ("KUALA LUMPUR, March 6 - Gen Azman Harun met Rear Admiral Azman Yusof in Kuala Lumpur on Thursday. "
            "Gen Azman said the two forces would hold more joint exercises.")
    x = extract_text(nlp, text, PUBLISHED)
    assert not any("Gen Azman" in p.aliases for p in x.persons if p.name == "Azman Yusof")


def test_naval_forces_commander(nlp):
    text = ("ANKARA, March 10 - Turkish Naval Forces Commander Admiral Ercument Aydogan met Pakistan's Chief of the "
            "Naval Staff Admiral Naveed Qureshi in Ankara on Tuesday.")
    assert ("Ercument Aydogan", "Naval Forces Commander", "TUR") in holdings(extract_text(nlp, text, PUBLISHED))


def test_a_courtesy_title_and_a_given_name_is_not_another_named_by_it(nlp):
    # "Prince Faris" is the prince "Faris bin Saud", not "Faris Al-Qahtani" named beside him
    text = ("RIYADH, March 6 - Defence Minister Prince Faris bin Saud bin Fahd received Faris Al-Qahtani and "
            "Pakistani officers in Riyadh on Thursday. Prince Faris said ties were strong.")
    x = extract_text(nlp, text, PUBLISHED)
    assert not any("Prince Faris" in p.aliases for p in x.persons if p.name == "Faris Al-Qahtani")
