"""Posts of international bodies ("ASEAN Secretary-General X", "its Secretary-General X",
"the Secretary-General of the X Coalition, Y"): offices of the organisation, of no country, and
the look-alikes that stay a country's, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, posts_held

PUBLISHED = date(2025, 9, 16)


def _posts(nlp, text: str) -> dict[str, list[tuple[str, str, str | None]]]:
    return posts_held(extract_text(nlp, text, PUBLISHED))


def _country(nlp, text: str, name: str) -> str | None:
    return next(p.country for p in extract_text(nlp, text, PUBLISHED).persons if p.name == name)


def test_a_known_body_before_the_title(nlp):
    text = "Chile's Defence Minister Rosa Tapia met ASEAN Secretary-General Lin Hoa Duc in Jakarta on Monday."
    assert _posts(nlp, text)["Lin Hoa Duc"] == [("Secretary-General", "", "ASEAN")]
    assert _country(nlp, text, "Lin Hoa Duc") is None  # not Indonesia's, where they met, nor Chile's


def test_its_secretary_general_is_the_body_named_before(nlp):
    text = ("Chile and Peru are members of the Andean Maritime Coalition, a Lima-based alliance of seven navies, "
            "which is led by its Secretary-General Rear Admiral Tomas Varga.")
    assert _posts(nlp, text)["Tomas Varga"] == [("Secretary-General", "", "Andean Maritime Coalition")]
    assert _country(nlp, text, "Tomas Varga") is None


def test_a_title_that_names_a_body_of_the_article(nlp):
    text = ("Chile and Peru are members of the Andean Maritime Coalition. Defence Minister Rosa Tapia met the "
            "Secretary-General of the Andean Maritime Coalition, Tomas Varga, in Lima.")
    assert _posts(nlp, text)["Tomas Varga"] == [("Secretary-General", "", "Andean Maritime Coalition")]
    assert _country(nlp, text, "Tomas Varga") is None  # not Peru's, where he was met


def test_a_ministrys_secretary_general_stays_the_countrys(nlp):
    text = "Chile's Defence Minister Rosa Tapia also met Secretary General of the Ministry of Defence of Oman Salim Al-Harthy in Muscat."
    assert _posts(nlp, text)["Salim Al-Harthy"] == [("Defence Ministry Secretary General", "OMN", None)]


def test_a_member_countrys_minister_is_the_countrys(nlp):
    text = "Chilean Defence Minister Rosa Tapia met a NATO member's defence minister, Piet de Wit, in Lima."
    (title, country, body), = _posts(nlp, text)["Piet de Wit"]
    assert (title, body) == ("Defence Minister", None) and country


def test_a_former_holder_holds_no_post(nlp):
    text = "Former NATO Secretary General Lars Haugen spoke at the forum in Oslo on Monday."
    assert "Lars Haugen" not in _posts(nlp, text)


def test_a_body_the_article_does_not_name_as_a_framework_is_no_organisation(nlp):
    # "the Secretary-General of the National Maritime Council": a national body's post is not an international one
    text = "Chilean Defence Minister Rosa Tapia met the Secretary-General of the National Maritime Council, Tomas Varga, in Santiago."
    assert all(body is None for _, _, body in _posts(nlp, text)["Tomas Varga"])


def test_the_head_of_a_bodys_secretariat(nlp):
    text = ("Chile and Peru are founding members of the Andean Maritime Coalition. Its secretariat is in Lima "
            "and is headed by Secretary General Rear Admiral Tomas Varga.")
    assert _posts(nlp, text)["Tomas Varga"] == [("Secretary-General", "", "Andean Maritime Coalition")]
    assert _country(nlp, text, "Tomas Varga") is None


def test_a_country_after_a_secretariat_heads_name_is_his_own(nlp):
    text = ("Chile and Peru are founding members of the Andean Maritime Coalition. The Secretariat, set up under the "
            "coalition's charter, is currently headed by Secretary General Tomas Varga of Peru.")
    assert _posts(nlp, text)["Tomas Varga"] == [("Secretary-General", "", "Andean Maritime Coalition")]
    assert _country(nlp, text, "Tomas Varga") == "PER"


def test_a_presidential_secretariat_is_no_body(nlp):
    text = ("Chile and Peru are members of the Andean Maritime Coalition. Chile's President Rosa Tapia met officials at the "
            "Presidential Secretariat in Santiago, which is headed by Secretary General Tomas Varga. Chile wants more patrols.")
    (title, country, body), = _posts(nlp, text)["Tomas Varga"]
    assert (title, body) == ("Secretary-General", None) and country


def test_a_secretary_general_of_a_country_without_a_secretariat(nlp):
    text = "Chilean Defence Minister Rosa Tapia met Secretary General Tomas Varga of Peru in Lima."
    assert _posts(nlp, text)["Tomas Varga"] == [("Secretary-General", "PER", None)]


def test_a_title_of_a_known_body_with_the_name_in_commas(nlp):
    text = "Chile's Defence Minister Rosa Tapia met the Secretary General of the Shanghai Cooperation Organisation, Lin Wei, in Santiago on Monday."
    assert _posts(nlp, text)["Lin Wei"] == [("Secretary-General", "", "SCO")]
    assert _country(nlp, text, "Lin Wei") is None  # not Chile's, where they met


def test_a_body_named_with_a_word_the_model_left_out(nlp):
    # "the ECOWAS | Commission": the body's name runs to its last capitalised word (an organisation's
    # commission is the organisation, named also by its organ's name)
    text = "The President of the ECOWAS Commission, Tomas Varga, met Chilean Defence Minister Rosa Tapia in Accra."
    x = extract_text(nlp, text, PUBLISHED)
    assert posts_held(x)["Tomas Varga"] == [("President", "", "ECOWAS")]
    assert "ECOWAS Commission" in next(f for f in x.frameworks if f.name == "ECOWAS").aliases


def test_a_title_of_an_unknown_body_with_the_name_in_commas_is_no_post(nlp):
    text = "The President of the Andean Rowing Federation, Tomas Varga, met Chilean Defence Minister Rosa Tapia in Lima."
    assert "Tomas Varga" not in _posts(nlp, text)


def test_a_bodys_commissioner_with_a_portfolio(nlp):
    text = "Chile's Defence Minister Rosa Tapia met SADC Commissioner for Peace, Security and Defence Affairs Tomas Varga in Gaborone."
    assert _posts(nlp, text)["Tomas Varga"] == [("Commissioner for Peace, Security and Defence Affairs", "", "SADC")]


def test_a_high_representative_of_a_body(nlp):
    text = "Rosa Tapia will meet EU High Representative for Foreign Affairs and Security Policy Helga Brandt in Brussels next week."
    assert _posts(nlp, text)["Helga Brandt"] == [("High Representative for Foreign Affairs and Security Policy", "", "EU")]


def test_a_high_commissioner_is_no_bodys_post(nlp):
    # "High Commissioner" is a country's envoy; "Police Commissioner for X" has no body before it
    text = "Chile's Defence Minister Rosa Tapia met Peru's High Commissioner for Refugees Tomas Varga and Police Commissioner for Lima Region Jorge Salas in Lima."
    posts = _posts(nlp, text)
    assert all(body is None for person in ("Tomas Varga", "Jorge Salas") for _, _, body in posts.get(person, []))


def test_the_chairperson_of_a_known_body_with_the_name_in_commas(nlp):
    text = "The chairperson of the African Union Commission, Tomas Varga, held a telephone conversation with Rosa Tapia on Tuesday."
    x = extract_text(nlp, text, PUBLISHED)
    assert posts_held(x)["Tomas Varga"] == [("Chairperson", "", "AU")]  # the commission is the organisation's organ
    assert "African Union Commission" in next(f for f in x.frameworks if f.name == "AU").aliases


def test_the_chairman_of_a_club_or_a_former_chair_holds_no_post(nlp):
    text = ("The chairman of the Lima Rowing Club, Tomas Varga, met Chilean Defence Minister Rosa Tapia in Lima. "
            "Former chairman of the ECOWAS Commission, Jorge Salas, was also there.")
    posts = _posts(nlp, text)
    assert "Tomas Varga" not in posts and "Jorge Salas" not in posts


def test_the_bodys_acronym_in_brackets_between_the_body_and_its_heads_name(nlp):
    # "the <post> of the <body> (<ACRONYM>), <name>,": the acronym does not part the name from the post
    text = ("After meeting the Secretary-General of the Southern African Development Community (SADC), Lerato Dube, "
            "on Friday, Zambia's defence minister told reporters the region must own its security.")
    assert _posts(nlp, text)["Lerato Dube"] == [("Secretary-General", "", "SADC")]


def test_a_bracket_that_is_no_acronym_gives_no_post(nlp):
    text = ("The Secretary-General of the Southern African Development Community (in Gaborone), Lerato Dube said "
            "on Friday that Zambia's defence minister would attend.")
    assert "Lerato Dube" not in _posts(nlp, text)
