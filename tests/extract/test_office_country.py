"""Which country an unqualified title belongs to, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings, person_names

PUBLISHED = date(2025, 4, 2)


def _holds(nlp, text, published=PUBLISHED):
    return holdings(extract_text(nlp, text, published))


def test_the_country_visited_is_not_the_visitors(nlp):
    text = (
        "Chief of Defence Staff General Marco Bellandi concluded a three-day official visit to Chile on Friday. "
        "Italy and Chile agreed to expand training. Italy will host the next round, Italy's defence ministry said."
    )
    assert ("Marco Bellandi", "Chief of Defence Staff", "ITA") in _holds(nlp, text)


def test_people_met_together_share_the_country_of_the_one_qualified(nlp):
    text = (
        "Admiral Luis Ortega of Spain arrived in Accra on Monday. On Tuesday, Admiral Ortega called on Ghana's "
        "Minister of Defence Kwame Asante and held talks with the Chief of Defence Staff, General Kofi Mensah. "
        "Spain and Ghana signed a maritime pact. Spain will send two ships."
    )
    assert ("Kofi Mensah", "Chief of Defence Staff", "GHA") in _holds(nlp, text)


def test_coordinated_guests_share_a_country(nlp):
    text = (
        "Secretary Jones said he looked forward to hosting Brazil's Defence Minister Paulo Lima and Minister for "
        "Foreign Affairs Ana Costa in Washington later this year. The U.S. and Brazil share many interests."
    )
    assert ("Ana Costa", "Foreign Affairs Minister", "BRA") in _holds(nlp, text)


def test_talks_between_two_sides_are_not_one_side(nlp):
    text = (
        "Canada pledged support for Peru during talks between Foreign Minister Claire Dubois and her Peruvian "
        "counterpart Jorge Salas. Canada and Peru will meet again. Canada's envoy said so."
    )
    assert ("Claire Dubois", "Foreign Affairs Minister", "CAN") in _holds(nlp, text)


def test_the_lead_subjects_country_is_home_for_later_unqualified_titles(nlp):
    text = (
        "Canada's Defence Minister Paul Tremblay held talks with Chile's Defence Minister Rosa Vidal in Santiago on Monday. "
        "Canada and Chile agreed to cooperate. Earlier this month, Defence Secretary Mark Fournier co-chaired a meeting "
        "in Lima with Peru's Defence Ministry Secretary General Jorge Salas. Canada, Norway and Chile are members of the "
        "Pacific Partnership, and Norway, Canada and Peru founded the Andes Forum."
    )
    assert ("Mark Fournier", "Defence Secretary", "CAN") in _holds(nlp, text)


def test_a_country_named_in_lists_and_once_more_is_not_home(nlp):
    text = (
        "National Security Adviser Tomas Berg hosted his counterparts from the Baltic Sea Forum in Stockholm on Thursday.\n\n"
        "The forum comprises Sweden, Finland, Estonia and Latvia. Estonia sent a large delegation, and the next "
        "meeting will be held in Latvia. Sweden's Deputy Minister of Defence Lars Nilsson met Estonia's Defence Minister "
        "Kalev Tamm and Finland's Defence Minister Mikko Virtanen. Prime Minister Eva Lund opened the meeting."
    )
    assert ("Eva Lund", "Prime Minister", "SWE") in _holds(nlp, text)


def test_posts_of_the_title_lexicon(nlp):
    text = (
        "Ghana Coast Guard Director General Rear Admiral Kofi Boateng met Peru's Defence Ministry Secretary General "
        "Jorge Salas in Accra. Later the commander of the Chilean Land Forces, Major General Rosa Vidal, joined them."
    )
    holds = _holds(nlp, text)
    assert ("Kofi Boateng", "Coast Guard Director General", "GHA") in holds
    assert ("Jorge Salas", "Defence Ministry Secretary General", "PER") in holds
    assert ("Rosa Vidal", "Land Forces Commander", "CHL") in holds


def test_a_head_first_title_is_also_named_in_the_usual_order_as_written():
    from diplokg.mentions import written_word_order

    assert written_word_order("Deputy Minister of National Defence") == "Deputy National Defence Minister"
    assert written_word_order("Minister of Defense") == "Defense Minister"
    assert written_word_order("Secretary of National Defense") == "National Defense Secretary"
    assert written_word_order("Minister for the Armed Forces") == "Armed Forces Minister"
    assert written_word_order("Minister of State for Defence") is None
    assert written_word_order("Secretary of State") is None
    assert written_word_order("Chief of the Army Staff") is None


def _persons(nlp, text):
    return person_names(extract_text(nlp, text, PUBLISHED))


def test_a_senior_lieutenant_general_abbreviated_is_a_rank(nlp):
    text = "Laos' Deputy Defence Minister Sr Lt Gen Bounmy Vongsa met Thai officials in Vientiane."
    assert _persons(nlp, text) == ["Bounmy Vongsa"]
    assert ("Bounmy Vongsa", "Deputy Defence Minister", "LAO") in _holds(nlp, text)


def test_a_forces_name_after_the_country_of_a_title_is_not_a_person(nlp):
    text = "Gen Rao held talks with the Chief of Defence Force of the Ghana Armed Forces (GAF), Major General Kofi Mensah."
    assert "Armed Forces" not in " ".join(_persons(nlp, text))
    assert ("Kofi Mensah", "Chief of Defence Forces", "GHA") in _holds(nlp, text)


def test_a_long_service_name_inside_a_title(nlp):
    text = "Olsen will hold talks with Chief of Staff of the Japan Ground Self-Defense Force Gen. Ken Mori on Friday."
    assert "Ken Mori" in _persons(nlp, text)
    assert ("Ken Mori", "Ground Self-Defense Force Chief of Staff", "JPN") in _holds(nlp, text)


def test_co_chairs_of_a_two_country_body_are_one_of_each(nlp):
    text = (
        "Canada and Peru agreed to train together. Canada's Defence Minister Paul Tremblay arrived in Lima on Monday. "
        "On 3 March, he co-chaired the second Canada-Peru Defence Dialogue with Deputy Minister of Defence Jorge Salas, "
        "and held talks with Chile's Defence Minister Rosa Vidal. Canada will host the next round."
    )
    assert ("Jorge Salas", "Deputy Defence Minister", "PER") in _holds(nlp, text)


def test_two_who_met_face_to_face_are_not_fellows_of_a_later_joiner(nlp):
    # "A held talks with B ... C joined A and B": A and B are two sides, so B's country is not A's
    text = (
        "Mombasa, May 6 (KNA) - Naval delegations gathered at the Kenya Navy base in Mombasa today for a regional "
        "seminar. Chief of Defence Forces General Robert Kamau opened the seminar. "
        "On the sidelines, General Kamau held talks with Lt Gen Peter Okello, Commander of the Uganda Land Forces. "
        "Later, Rear Admiral Marc Dubois, commander of the French forces in Djibouti, joined General Kamau and "
        "Lt Gen Okello for a trilateral session."
    )
    held = _holds(nlp, text)
    assert ("Robert Kamau", "Chief of Defence Forces", "UGA") not in held
    assert ("Robert Kamau", "Chief of Defence Forces", "KEN") in held


def test_people_met_together_who_never_faced_each_other_share_a_country(nlp):
    text = (
        "Admiral Luis Ortega of Spain arrived in Accra on Monday. Admiral Ortega held talks with General Kofi Mensah, "
        "and later called on Ghana's Minister of Defence Kwame Asante and the Chief of Defence Staff, General Ama Owusu. "
        "Spain and Ghana signed a maritime pact. Spain will send two ships."
    )
    assert ("Ama Owusu", "Chief of Defence Staff", "GHA") in _holds(nlp, text)
