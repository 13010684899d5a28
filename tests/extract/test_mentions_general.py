"""General person and office rules, on sentences written for these tests (no article's names)."""

from __future__ import annotations

from datetime import date
from functools import partial

import spacy
from extract_helpers import extract_text, holdings, person_names
from spacy.tokens import Doc

from diplokg.nlp import name_after, name_before

_extract = partial(extract_text, published=date(2025, 4, 2))
_persons = person_names
_holds = holdings


def _doc(words, spaces=None):
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces)


def test_particles_stay_inside_a_name_and_do_not_count_towards_its_length():
    doc = _doc(["met", "Hamdan", "Saif", "bin", "Rashid", "Al", "Kaabi", "on", "Monday"])
    assert name_after(doc, 1) == (1, 7)
    doc = _doc(["Omar", "Khalid", "bin", "Saeed", "Al", "Nuaimi", ",", "Chief", "of", "Staff"])
    assert name_before(doc, 7) == (0, 6)


def test_hyphenated_particle_and_generational_suffix():
    doc = _doc(["Abdul", "Karim", "al", "-", "Hashimi", "said"], [True, True, False, False, True, False])
    assert name_after(doc, 0) == (0, 5)
    doc = _doc(["President", "Ramon", "Delgado", "Jr", "arrived"])
    assert name_after(doc, 1) == (1, 4)


def test_retired_rank_in_brackets_is_not_a_person(nlp):
    x = _extract(nlp, "The delegation included Secretary of Defence Air Vice Marshal (Retd) Kamal Perera of Sri Lanka.")
    assert _persons(x) == ["Kamal Perera"]
    x = _extract(nlp, "Nepal's Deputy Defence Minister Major General (Retd) Hari Prasad Thapa held talks in Kathmandu on Monday.")
    assert _persons(x) == ["Hari Prasad Thapa"]
    assert ("Hari Prasad Thapa", "Deputy Defence Minister", "NPL") in _holds(x)


def test_country_after_title_with_of_before_the_name(nlp):
    x = _extract(nlp, "He held talks with the Deputy Minister of Defence of Nepal Hari Prasad Thapa in Delhi.")
    assert ("Hari Prasad Thapa", "Deputy Defence Minister", "NPL") in _holds(x)


def test_country_inside_a_title_names_the_post_and_its_country(nlp):
    x = _extract(nlp, "The visitor also called on Lieutenant General Saeed Rashid bin Hamad Al Falasi, Chief of Staff of the Qatari Armed Forces, on Monday.")
    assert "Saeed Rashid bin Hamad Al Falasi" in _persons(x)
    assert "Armed Forces" not in _persons(x)
    (held,) = [h for h in _holds(x) if h[0] == "Saeed Rashid bin Hamad Al Falasi"]
    assert held[2] == "QAT"
    assert "Qatari" not in held[1]


def test_a_name_without_its_middle_words_is_the_same_person(nlp):
    text = (
        "Qatari Defence Minister Hamdan bin Rashid Al Kaabi will visit Rome on Friday. "
        "Italian officials said they looked forward to welcoming Hamdan Al Kaabi."
    )
    x = _extract(nlp, text)
    assert _persons(x) == ["Hamdan bin Rashid Al Kaabi"]


def test_two_people_sharing_a_family_name_stay_two(nlp):
    text = (
        "Defence Minister Hamdan bin Rashid Al Kaabi received the Omani delegation in Doha on Monday. "
        "The delegation also met Major General Salem Obaid Al Kaabi, Chief of Staff of the Qatari Armed Forces."
    )
    x = _extract(nlp, text)
    assert _persons(x) == ["Hamdan bin Rashid Al Kaabi", "Salem Obaid Al Kaabi"]


def test_an_unqualified_title_takes_the_country_its_sentence_places_it_in(nlp):
    # the article's most-mentioned country is Brazil; the president is placed by "in Buenos Aires"
    text = (
        "Brazilian Defence Minister Jose Mucio held talks with his Chilean counterpart Adriana Pardo in Brasilia on Monday. "
        "Brazil and Chile agreed to expand naval exercises, Brazil's ministry said. "
        "Ministers of the region met in Buenos Aires last month, a day after President Julio Ramos took office."
    )
    x = _extract(nlp, text)
    assert ("Julio Ramos", "President", "ARG") in _holds(x)


def test_a_country_that_belongs_to_another_title_is_not_context(nlp):
    text = (
        "Japanese Foreign Minister Kenji Mori visited Cairo, where he called on Prime Minister Omar Fathy "
        "and held talks with Saudi Foreign Minister Prince Fahd Al Saud. "
        "Japan and France will next meet in Paris, France's foreign ministry said, and France will host."
    )
    x = _extract(nlp, text)
    assert ("Omar Fathy", "Prime Minister", "EGY") in _holds(x)


def test_a_visitor_named_first_does_not_take_the_host_city(nlp):
    text = (
        "Hanoi, Apr 2 (IANS) Chief of Defence Staff General Ravi Menon called on Vietnamese President Tran Van Long in Hanoi on Wednesday. "
        "India and Vietnam are strategic partners, India's ministry said, and India will host the next round."
    )
    x = _extract(nlp, text)
    assert ("Ravi Menon", "Chief of Defence Staff", "IND") in _holds(x)


def test_ships_companies_and_bylines_are_not_persons(nlp):
    text = (
        "Indonesian Defence Minister Budi Santoso toured the frigate Raden Eddy Martadinata and the corvette "
        "KRI Bung Tomo in Surabaya on Monday. He also visited Pindad Industries and met executives of Karya Group.\n\n"
        "(Reporting by Ananda Teresia; Editing by Martin Petty)\n"
    )
    x = _extract(nlp, text)
    assert _persons(x) == ["Budi Santoso"]


def test_places_named_after_people_are_not_persons(nlp):
    x = _extract(nlp, "Australian Defence Minister Richard Marles visited Camp Humphreys on Monday and the Kalam Institute on Tuesday.")
    assert _persons(x) == ["Richard Marles"]


def test_by_on_its_own_line_is_a_byline(nlp):
    text = "By Liam Connor\n\nNew Zealand Defence Minister Judith Collins met Fijian officials in Suva on Monday."
    x = _extract(nlp, text)
    assert "Liam Connor" not in _persons(x)
    assert "Judith Collins" in _persons(x)


def test_a_title_in_apposition_with_its_country(nlp):
    x = _extract(nlp, "Soipan Amani, Kenya's Cabinet Secretary for Defence, said the talks were productive.")
    assert ("Soipan Amani", "Cabinet Secretary for Defence", "KEN") in _holds(x)
    x = _extract(nlp, "Budi Santoso, the Indonesian defence minister, said the exercise would begin in May.")
    assert ("Budi Santoso", "Defence Minister", "IDN") in _holds(x)


def test_a_verb_in_a_title_case_headline_is_not_a_name(nlp):
    text = "Defence Minister Meets Japanese Counterpart In Tokyo\n\nIndian Defence Minister Arjun Mehta met Japanese Defence Minister Taro Kono in Tokyo on Monday."
    assert _persons(_extract(nlp, text)) == ["Arjun Mehta", "Taro Kono"]


def test_a_guest_does_not_take_the_hosts_city(nlp):
    x = _extract(nlp, "Mr Kono, a former foreign minister, welcomed Defence Minister Arjun Mehta to Tokyo.")
    assert not any(h[0] == "Arjun Mehta" and h[2] == "JPN" for h in _holds(x))


def test_a_lower_case_service_post_with_a_demonym_inside(nlp):
    x = _extract(nlp, "Admiral Marcos Olsen received Vice Admiral Jose Maria Silva, commander of the Portuguese Navy, in Rio de Janeiro.")
    assert [h for h in _holds(x) if h[0] == "Jose Maria Silva" and h[2] == "PRT"]


def test_a_coordinated_title_shares_the_first_ones_country(nlp):
    x = _extract(nlp, "French President Emmanuel Macron and Prime Minister Francois Bayrou hosted Indian Prime Minister Narendra Modi on Tuesday.")
    assert ("Francois Bayrou", "Prime Minister", "FRA") in _holds(x)
    assert ("Narendra Modi", "Prime Minister", "IND") in _holds(x)


def test_a_one_word_title_between_name_words_is_part_of_the_name(nlp):
    x = _extract(nlp, "Lieutenant General Abdul Amir Hassan Kareem, Iraq's army chief of staff, attended the parade.")
    assert "Abdul Amir Hassan Kareem" in _persons(x)
    assert not [h for h in _holds(x) if h[1] == "Emir"]


def test_a_title_after_a_post_ending_in_general_is_no_given_name(nlp):
    # "General" ending "Secretary-General" is no officer's rank: the title after it is not part of the name
    x = _extract(nlp, "Regional Forum Secretary-General Ambassador Lina Varga Osei met the defence minister in Jakarta.")
    assert "Lina Varga Osei" in _persons(x)
    assert "Ambassador Lina Varga Osei" not in _persons(x)


def test_people_acting_together_do_not_make_each_other_visitors(nlp):
    text = (
        "Secretary of State Marco Rubio and Defense Secretary Pete Hegseth hosted Japanese Foreign Minister "
        "Takeshi Iwaya and Defense Minister Gen Nakatani in Washington on Monday."
    )
    holds = _holds(_extract(nlp, text))
    assert [h for h in holds if h[0] == "Pete Hegseth" and h[2] == "USA"]
    assert ("Gen Nakatani", "Defence Minister", "JPN") in holds


def test_every_name_of_a_reporting_line_is_a_byline(nlp):
    text = (
        "Philippine Defense Secretary Gilberto Teodoro met Taiwanese officials on Monday.\n\n"
        "(Reporting by Karen Lema in Manila and Ben Blanchard in Taipei; Editing by Don Durfee)\n"
    )
    assert _persons(_extract(nlp, text)) == ["Gilberto Teodoro"]


def test_initials_are_part_of_a_name_and_a_former_post_is_not_held(nlp):
    x = _extract(nlp, "Former Defence Minister R.K. Menon and former navy chief Admiral S.P. Rao attended the ceremony in Kochi.")
    assert _persons(x) == ["R.K. Menon", "S.P. Rao"]
    assert not x.holdings


def test_a_possessive_country_inside_a_title(nlp):
    x = _extract(nlp, "Zhou Lin, vice chairman of China's Central Military Commission, met Thai Army chief General Somchai Rattanakul in Beijing.")
    assert ("Zhou Lin", "Vice Chairman of the Central Military Commission", "CHN") in _holds(x)


def test_a_companion_of_a_visitor_is_of_the_visitors_side(nlp):
    text = (
        "Defence Minister Arvind Rao held talks with Nepal's Deputy Defence Minister Hari Prasad Thapa in New Delhi on Monday. "
        "India and Nepal reviewed training cooperation, India's ministry said. "
        "The Deputy Minister is on an official visit to India. "
        "He is accompanied by a delegation including Defence Secretary Kiran Shrestha."
    )
    holds = _holds(_extract(nlp, text))
    assert ("Kiran Shrestha", "Defence Secretary", "NPL") in holds
    assert ("Arvind Rao", "Defence Minister", "IND") in holds


def test_an_organisations_post_has_no_country(nlp):
    text = "UN Secretary-General Antonio Guterres attended the summit in Kuala Lumpur, Malaysia's foreign ministry said. Malaysia chairs the bloc."
    x = _extract(nlp, text)
    assert "Antonio Guterres" in _persons(x)
    # the post is the UN's (an office of the organisation), not Malaysia's
    assert _holds(x) == {("Antonio Guterres", "Secretary-General", "")}
    (office,) = x.offices
    assert {f.key: f.name for f in x.frameworks}[office.organisation] == "UN"


def test_the_dateline_country_is_home_when_every_country_named_is_foreign(nlp):
    text = (
        "ISLAMABAD: Pakistan Army chief Field Marshal Asim Munir called on Prime Minister Shehbaz Sharif on Tuesday. "
        "Pakistan and China agreed to expand cooperation, Pakistan's foreign office said."
    )
    assert ("Shehbaz Sharif", "Prime Minister", "PAK") in _holds(_extract(nlp, text))


def test_a_minister_of_a_portfolio_the_lexicon_lacks(nlp):
    x = _extract(nlp, "Egypt's Minister of Planning and Economic Development Rania Al-Mashat met officials in Cairo.")
    assert ("Rania Al-Mashat", "Minister of Planning and Economic Development", "EGY") in _holds(x)


def test_a_name_word_with_the_sentences_full_stop_attached(nlp):
    # "Jun." is a month abbreviation to the tokenizer
    x = _extract(nlp, "Indonesian Defence Minister Budi Santoso welcomed Chinese Defence Minister Admiral Li Jun. Budi said the two countries would hold joint exercises.")
    assert "Li Jun" in _persons(x)
    assert ("Li Jun", "Defence Minister", "CHN") in _holds(x)


def test_a_relative_clause_saying_what_the_person_is(nlp):
    x = _extract(nlp, "Pio Ravuvu, who is also Fiji's Minister for Home Affairs, met New Zealand Defence Minister Judith Collins in Suva on Monday.")
    assert ("Pio Ravuvu", "Home Affairs Minister", "FJI") in _holds(x)


def test_a_rank_and_surname_is_the_person_named_in_full(nlp):
    text = (
        "Sri Lanka's Defence Secretary Sampath Perera met visiting Indian Army chief General Ravi Dwivedi in Colombo. "
        "Gen Dwivedi, who arrived on Sunday, also called on President Anura Kumara Dissanayake."
    )
    assert "Gen Dwivedi" not in _persons(_extract(nlp, text))


def test_a_title_after_an_organisation_name_is_not_inside_a_name(nlp):
    x = _extract(nlp, "European Commission President Annelies van der Berg met Brazilian President Jorge Lula da Costa in Brasilia.")
    assert "Annelies van der Berg" in _persons(x)
    assert "Jorge Lula da Costa" in _persons(x)


def test_a_country_after_a_name_is_that_persons_not_the_sentences(nlp):
    text = (
        "HANOI, June 5 (VNA) - Senior Lieutenant General Tran Quoc Bao, Deputy Minister of National Defence, "
        "received Lieutenant General Park Min-su of South Korea in Hanoi. South Korea and Vietnam signed a pact, "
        "South Korea's embassy said."
    )
    x = _extract(nlp, text)
    assert ("Tran Quoc Bao", "Deputy Defence Minister", "VNM") in _holds(x)
    assert {p.name: p.country for p in x.persons}["Park Min-su"] == "KOR"


def test_the_called_on_host_takes_the_city_the_visitor_stays_home(nlp):
    text = (
        "Male, Oct 7 (IANS) Defence Secretary Rajan Mehra called on President Ahmed Zahir in Male on Tuesday. "
        "India and the Maldives reviewed defence cooperation, India's defence ministry said. India has long supported the Maldives."
    )
    holds = _holds(_extract(nlp, text))
    assert ("Rajan Mehra", "Defence Secretary", "IND") in holds
    assert ("Ahmed Zahir", "President", "MDV") in holds


def test_a_source_country_is_neither_context_nor_the_title_country(nlp):
    text = (
        "NEW DELHI: Defence Minister Arvind Rao will travel to Hanoi next week, where he will meet President Tran Van Long, "
        "India's defence ministry said. India and Vietnam are partners."
    )
    holds = _holds(_extract(nlp, text))
    assert ("Tran Van Long", "President", "VNM") in holds
    assert ("Arvind Rao", "Defence Minister", "IND") in holds


def test_a_second_portfolio_joined_to_a_known_one(nlp):
    x = _extract(nlp, "Egypt's Minister of Defence and Civil Aviation General Hassan Saleh met officials in Cairo.")
    assert ("Hassan Saleh", "Minister of Defence and Civil Aviation", "EGY") in _holds(x)
    x = _extract(nlp, "Australian Deputy Prime Minister and Defence Minister Richard Marles met officials in Manila.")
    assert ("Richard Marles", "Defence Minister", "AUS") in _holds(x)


def test_a_plural_title_before_people_with_their_countries(nlp):
    x = _extract(nlp, "Defence ministers Ana Lopes of Portugal and Piet Jansen of the Netherlands met in Lisbon on Monday.")
    assert ("Ana Lopes", "Defence Minister", "PRT") in _holds(x)
    assert ("Piet Jansen", "Defence Minister", "NLD") in _holds(x)
    x = _extract(nlp, "Ministers Ana Lopes of Portugal and Piet Jansen of the Netherlands met in Lisbon on Monday.")
    assert not x.holdings


def test_an_exercise_or_operation_tagged_as_a_person_is_a_named_thing():
    from spacy.tokens import Span

    from diplokg.mentions import _named_thing

    def sentence(words):
        return Doc(spacy.blank("en").vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))

    doc = sentence(["Ministers", "met", "alongside", "Exercise", "Kestrel", "Sun", "."])
    assert _named_thing(doc, Span(doc, 3, 6, "PERSON"))
    doc = sentence(["They", "praised", "Operation", "Sea", "Guard", "."])
    assert _named_thing(doc, Span(doc, 2, 5, "PERSON"))
    doc = sentence(["Ministers", "met", "Kestrel", "Sun", "."])  # a name that merely looks unusual stays a person
    assert not _named_thing(doc, Span(doc, 2, 4, "PERSON"))
