"""Royal styles before a name, joined portfolios up to their country, remits after a head-first
title, the article's own spelling of a post, misparsed subjects and visitors to the home country:
on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings, person_names

from diplokg.mentions import _head_first_force_post, _in_written_spelling, _root_with_clause_verb, _title_subdivision_country, written_word_order

PUBLISHED = date(2025, 4, 2)


def _extract(nlp, text):
    return extract_text(nlp, text, PUBLISHED)


def test_royal_highness_is_no_part_of_the_name(nlp):
    text = (
        "MUSCAT, April 1 -- His Royal Highness Prince Faris bin Tariq bin Nasser, Minister of Defence, received "
        "General Paolo Russo of Italy on Tuesday. Later, Prince Faris bin Tariq held talks with the Italian delegation."
    )
    x = _extract(nlp, text)
    assert "Faris bin Tariq bin Nasser" in person_names(x)
    assert not any("Highness" in name for name in person_names(x))


def test_a_royal_force_after_a_body_post_still_ends_the_post(nlp):
    # "Royal" starts no honorific of its own: "the commander of the Royal Navy of Oman" is still a post
    text = "The minister also met Vice Admiral Hamad bin Saif Al Amri, the commander of the Royal Navy of Oman, on Monday."
    assert any(p == "Hamad bin Saif Al Amri" and c == "OMN" for p, _, c in holdings(_extract(nlp, text)))


def test_a_joined_portfolio_runs_up_to_its_country(nlp):
    text = (
        "General Karim Mansour, Minister of Defence and Civil Aviation of the Republic of Tunisia, and his "
        "delegation arrived in Rome on Monday. Italy and Tunisia agreed to hold joint drills."
    )
    assert ("Karim Mansour", "Minister of Defence and Civil Aviation", "TUN") in holdings(_extract(nlp, text))


def test_a_second_title_after_and_is_no_portfolio(nlp):
    text = "Karim Mansour, Minister of Defence and Prime Minister of Tunisia, arrived in Rome on Monday."
    titles = {t for p, t, _ in holdings(_extract(nlp, text)) if p == "Karim Mansour"}
    assert not any("and Prime" in t for t in titles)


def test_a_remit_stays_after_the_head_in_the_usual_order():
    assert written_word_order("Assistant Minister of Defense for Executive Affairs") == "Assistant Defense Minister for Executive Affairs"
    assert written_word_order("Minister for Foreign Affairs") == "Foreign Affairs Minister"
    assert written_word_order("Minister of State for Defence") is None


def test_the_posts_other_names_in_the_articles_spelling():
    assert _in_written_spelling("Secretary of National Defense", ["Defence Secretary", "Secretary of National Defence"]) == \
        ["Defense Secretary", "Secretary of National Defense"]
    assert _in_written_spelling("Minister of Defence", ["Defence Minister"]) == []


def _parsed(nlp, words, heads, deps, pos):
    from spacy.tokens import Doc
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_a_name_parsed_as_the_root_is_still_the_subject_of_its_call(nlp):
    # the parser may read "General X on Thursday called on Y" as "X [who] called on Y": X is still
    # the one who calls (so the host's city is not X's country)
    words = ["General", "Bellandi", "on", "Thursday", "called", "on", "Rojas", "."]
    doc = _parsed(nlp, words, [1, 1, 4, 2, 1, 4, 5, 1], ["compound", "ROOT", "prep", "pobj", "relcl", "prep", "pobj", "punct"],
                  ["PROPN", "PROPN", "ADP", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"])
    assert _root_with_clause_verb(doc[1])


def test_a_real_relative_clause_leaves_the_root_no_subject(nlp):
    words = ["General", "Bellandi", ",", "who", "called", "on", "Rojas", "."]
    doc = _parsed(nlp, words, [1, 1, 1, 4, 1, 4, 5, 1], ["compound", "ROOT", "punct", "nsubj", "relcl", "prep", "pobj", "punct"],
                  ["PROPN", "PROPN", "PUNCT", "PRON", "VERB", "ADP", "PROPN", "PUNCT"])
    assert not _root_with_clause_verb(doc[1])


def test_a_visitor_to_the_home_country_is_from_the_other_one(nlp):
    text = (
        "ROME, April 1 -- Defence Minister Carlo Neri held talks with the Chilean Defence Minister Pablo Rojas in Rome "
        "on Tuesday. Italy and Chile agreed to expand training, and Chile will send cadets to Italy. "
        "The visit follows the State Visit of President Juan Morales to Italy in August 2024."
    )
    held = holdings(_extract(nlp, text))
    assert ("Juan Morales", "President", "CHL") in held
    assert ("Carlo Neri", "Defence Minister", "ITA") in held


def test_a_return_home_is_no_visit(nlp):
    text = (
        "ROME, April 1 -- Defence Minister Carlo Neri held talks with the Chilean Defence Minister Pablo Rojas in Rome "
        "on Tuesday. Italy and Chile agreed to expand training, and Chile will send cadets to Italy. "
        "Defence Secretary Lucia Ferri, who accompanied the minister, returned to Italy on Friday."
    )
    assert ("Lucia Ferri", "Defence Secretary", "ITA") in holdings(_extract(nlp, text))


def test_a_second_title_after_a_force_name_with_a_possessive_is_the_same_persons(nlp):
    # "of the X People's Army and": the possessive is inside the force's name, the run goes on
    text = (
        "HANOI, April 1 -- General Carlo Neri of Italy held talks with Senior Lieutenant General Tran Van Long, "
        "Chief of the General Staff of the Vietnam People's Army and Deputy Minister of National Defence, in Hanoi."
    )
    assert ("Tran Van Long", "Deputy Defence Minister", "VNM") in holdings(_extract(nlp, text))


def test_the_visitors_country_named_by_a_pronoun_subject_places_no_one(nlp):
    # "He also interacted with Deputy Minister Y ... set up with Italian assistance": the assistance
    # is the visitor's country, and Y is the host's
    text = (
        "HANOI, April 1 (ANSA) -- Army chief General Carlo Neri of Italy held talks with Vietnam's Minister of "
        "National Defence General Pham Duc Minh in Hanoi on Thursday. "
        "He also interacted with Deputy Minister of National Defence Senior Lieutenant General Tran Van Long, who "
        "oversees external relations, on the progress of the language laboratories set up with Italian assistance."
    )
    assert ("Tran Van Long", "Deputy Defence Minister", "VNM") in holdings(_extract(nlp, text))


WEBER_LEAD = (
    "BERLIN, April 1 -- Defence Secretary Hans Peter Weber held talks with Norway's Defence Minister Lars Berg in "
    "Oslo on Tuesday, the ministry said.\n\n"
    "The two sides reviewed the defence pact signed during Chancellor Otto Weber's visit to Oslo in 2022."
)


def test_a_surname_in_a_new_paragraph_is_the_articles_person(nlp):
    # the paragraph before ended with the other Weber, named in passing
    x = _extract(nlp, WEBER_LEAD + "\n\nWeber also called on Norway's Prime Minister Ingrid Dahl on Wednesday.")
    names = {p.key: p.name for p in x.persons}
    assert any({names[k] for k in mt.participants} == {"Hans Peter Weber", "Ingrid Dahl"} for mt in x.meetings)


def test_a_surname_in_the_same_paragraph_is_the_one_just_named(nlp):
    x = _extract(nlp, WEBER_LEAD + " Weber also called on Norway's Prime Minister Ingrid Dahl during that visit.")
    names = {p.key: p.name for p in x.persons}
    assert any({names[k] for k in mt.participants} == {"Otto Weber", "Ingrid Dahl"} for mt in x.meetings)


def _office_names(x, person: str) -> set[str]:
    names = {p.key: p.name for p in x.persons}
    offices = {o.key: o for o in x.offices}
    return {n for h in x.holdings if names[h.person] == person
            for n in (offices[h.office].title, *offices[h.office].aliases, offices[h.office].country)}


def test_a_peoples_force_before_its_commander_names_the_country(nlp):
    text = "VIENTIANE, April 1 -- Italy's Defence Minister Carlo Neri met Laos People's Army Commander Lieutenant General Khamphet Vongsa on Tuesday."
    names = _office_names(_extract(nlp, text), "Khamphet Vongsa")
    assert {"LAO", "Army Commander", "Laos People's Army Commander"} <= names


def test_a_countrys_possessive_force_title_is_written_without_it(nlp):
    text = "VIENTIANE, April 1 -- Italy's Defence Minister Carlo Neri met Laos's Army Commander Lieutenant General Khamphet Vongsa on Tuesday."
    names = _office_names(_extract(nlp, text), "Khamphet Vongsa")
    assert "LAO" in names and not any("Laos" in n for n in names)


def test_a_remit_in_brackets_is_part_of_the_post(nlp):
    text = (
        "ROME, April 1 -- Italy's Defence Minister Carlo Neri met India's Defence Secretary Arun Mehta on Tuesday. "
        "The Indian delegation included Joint Secretary (Maritime Affairs) Kavita Rao and officers from the three services."
    )
    assert ("Kavita Rao", "Joint Secretary (Maritime Affairs)", "IND") in holdings(_extract(nlp, text))


def test_an_acronym_in_brackets_is_no_remit(nlp):
    from diplokg.nlp import titles_with_remit_in_brackets
    doc = nlp("The Chief of the Army Staff (COAS) General Tom Reyes met the Permanent Secretary (Defence) on Monday.")
    assert titles_with_remit_in_brackets(doc) == []


def test_a_forces_acronym_inside_a_title_keeps_the_title(nlp):
    text = (
        "SANTIAGO, April 1 -- Italy's Defence Minister Carlo Neri met Chilean Armed Forces (FACH) Commander General "
        "Pedro Soto on Monday to discuss training."
    )
    assert ("Pedro Soto", "Armed Forces Commander", "CHL") in holdings(_extract(nlp, text))


def test_an_acronym_after_a_title_makes_no_title_with_the_rank(nlp):
    from diplokg.nlp import TITLE
    doc = nlp("Chief of the Army Staff (COAS) General Tom Reyes met the press on Monday.")
    assert [e.text for e in doc.ents if e.label_ == TITLE] == ["Chief of the Army Staff", "COAS"]


def test_a_countrys_body_named_before_its_chairman_is_the_post(nlp):
    text = "ROME, April 1 -- Italy's Defence Minister Carlo Neri met Libya's Presidential Council Chairman Dr. Omar Salem in Rome on Tuesday."
    assert ("Omar Salem", "Presidential Council Chairman", "LBY") in holdings(_extract(nlp, text))


def test_a_body_with_no_country_before_it_makes_no_country_post(nlp):
    from diplokg.nlp import titles_of_country_bodies_named_first
    doc = nlp("Italy's Defence Minister Carlo Neri met the Military Committee Chairman Admiral Jan Berg in Brussels.")
    assert titles_of_country_bodies_named_first(doc) == []


def test_a_named_forces_post_also_in_the_head_first_order():
    assert _head_first_force_post("Laos People's Army Commander") == "Commander of the Laos People's Army"
    assert _head_first_force_post("Royal Thai Air Force chief") == "Chief of the Royal Thai Air Force"
    assert _head_first_force_post("Army Commander") is None  # the lexicon already has "Commander of the Army"
    assert _head_first_force_post("Navy Chief of Staff") is None


def test_a_post_only_one_named_country_has_is_that_countrys(nlp):
    text = (
        "MANILA, April 1 -- The Philippines and Japan agreed to expand joint drills, the Philippine defence "
        "department said. Japan will send two destroyers. The Philippines will host the drills.\n\n"
        "In parallel, the Chief of the Armed Forces, General Tomas Reyes, held talks with the Chief of Staff, "
        "Joint Staff, General Kenji Sato, at Camp Aguinaldo in Quezon City."
    )
    assert ("Kenji Sato", "Chief of Staff, Joint Staff", "JPN") in holdings(_extract(nlp, text))


def test_a_post_only_an_unnamed_country_has_stays_at_home(nlp):
    # Britain's "Foreign Secretary" is also India's senior diplomat: Britain is not named here
    text = (
        "NEW DELHI, April 1 -- India and Japan agreed to expand joint drills, India's defence ministry said. "
        "India will host the drills, and Japan will send two destroyers. India and Japan also agreed to meet "
        "again.\n\nForeign Secretary Arun Mehta held talks with Japan's Vice Minister Kenji Sato in New Delhi."
    )
    assert ("Arun Mehta", "Foreign Secretary", "IND") in holdings(_extract(nlp, text))


def _mentioned_holdings(nlp, text):
    """(person, office country) as the mention rules place them, before the fact rules."""
    from diplokg.facts import spacy_text
    from diplokg.mentions import build_mentions
    from diplokg.model import Document
    doc = Document("t", text, None)
    m = build_mentions(doc, nlp(spacy_text(doc)))
    m.index()
    return {(m.person(h.person).name, m.offices[h.office].country) for h in m.holdings}


def test_who_receives_a_visitor_abroad_is_of_the_host_country(nlp):
    text = (
        "SEOUL, April 1 (ANSA) -- Defence Secretary Carlo Neri co-chaired the Italy-South Korea defence dialogue "
        "with South Korea's Vice Minister Ahn Gyu-back on Monday.\n\n"
        "On Tuesday, the Defence Secretary held a meeting with the Chairman of the Joint Chiefs of Staff, General Kim "
        "Myung-soo, and was received by the Commissioner of the Defense Acquisition Program Administration Seok Jin-ho, "
        "with whom he discussed the co-production of naval radars."
    )
    assert ("Seok Jin-ho", "KOR") in _mentioned_holdings(nlp, text)


def test_who_receives_a_visitor_at_home_is_of_the_home_country(nlp):
    text = (
        "ROME, April 1 (ANSA) -- South Korea's Defence Minister Ahn Gyu-back held a meeting with Defence Secretary "
        "Carlo Neri on Tuesday, and was received by Prime Minister Marco Conti, with whom he discussed co-production."
    )
    assert ("Marco Conti", "Prime Minister", "ITA") in holdings(_extract(nlp, text))


def test_a_states_post_is_of_the_states_country(nlp):
    text = (
        "DARWIN, April 1 -- Italy's Defence Minister Carlo Neri also called on the Chief Minister of the Northern "
        "Territory, Ann Walsh, and received a briefing from the commander of the US Marine Rotational Force-Darwin."
    )
    assert any(p == "Ann Walsh" and c == "AUS" for p, _, c in holdings(_extract(nlp, text)))


def test_a_compass_region_is_no_state():
    assert _title_subdivision_country("Chief Minister of the Northern Territory") == "AUS"
    assert _title_subdivision_country("Commander of the Eastern Province") is None  # a military command, or one of many
    assert _title_subdivision_country("Chief of the General Staff") is None


def test_whom_an_aide_serves_is_of_the_aides_country(nlp):
    text = (
        "ROME, April 1 (ANSA) -- Prime Minister Marco Conti on Tuesday received Brazilian Defence Minister Paulo "
        "Mendes and discussed defence manufacturing, officials said.\n\n"
        "Mendes, a close aide of President Rui Costa, arrived here on Sunday on a three-day visit."
    )
    held = _mentioned_holdings(nlp, text)
    assert ("Rui Costa", "BRA") in held
    assert ("Marco Conti", "BRA") not in held


def test_a_title_in_lower_case_keeps_its_lower_case_remit_up_to_the_name(nlp):
    text = (
        "ROME, April 1 -- The defence secretary will travel to Muscat on Friday to hold talks with Oman's assistant "
        "minister of defence for industrial affairs, Salim Al-Harthy, under the joint committee."
    )
    names = _office_names(_extract(nlp, text), "Salim Al-Harthy")
    assert {"OMN", "Assistant Minister of Defence for Industrial Affairs", "Assistant Defence Minister for Industrial Affairs"} <= names


def test_a_lower_case_remit_with_no_name_after_it_is_no_title(nlp):
    from diplokg.nlp import TITLE
    doc = nlp("The assistant minister for industrial affairs said the talks went well.")
    assert [e.text for e in doc.ents if e.label_ == TITLE] == ["minister"]
