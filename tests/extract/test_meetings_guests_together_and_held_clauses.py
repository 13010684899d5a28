"""Meetings of more than two and the words that tell them: one host's guests of several countries
at one occasion ("hosted B and C for the one-day meeting"), a third "also attended" the meeting;
"the visiting general" as a sentence's subject is who "he" means next; the clause "which was
held in X on <day>" gives a co-chaired dialogue its day and place."""

from __future__ import annotations

from extract_helpers import extract_text, meeting_pairs, meetings_by_participants, place_name

THREE = ("Amina Otieno", "Jacob Okello", "Rashid Mwinyi")


def test_guests_of_two_countries_hosted_for_one_meeting_meet_together(nlp):
    for text in (
        "Kenya's Defence Minister Amina Otieno hosted her Ugandan counterpart Jacob Okello and Tanzania's Defence Minister "
        "Rashid Mwinyi for a one-day meeting in Nairobi on Friday.",
        "Kenya's Defence Minister Amina Otieno received Uganda's Defence Minister Jacob Okello and her Tanzanian counterpart "
        "Rashid Mwinyi at her ministry on Monday for the annual border meeting.",
        "Kenya's Defence Minister Amina Otieno welcomed Uganda's Defence Minister Jacob Okello and Tanzania's Defence Minister "
        "Rashid Mwinyi to Nairobi for a meeting of the three ministers.",
    ):
        assert meeting_pairs(extract_text(nlp, text)) == {tuple(sorted(THREE))}, text


def test_guests_met_without_one_occasion_or_of_one_side_meet_the_host_each(nlp):
    met = meeting_pairs(extract_text(nlp, (
        "Kenya's Defence Minister Amina Otieno met her Ugandan counterpart Jacob Okello and Tanzania's Defence Minister "
        "Rashid Mwinyi in Nairobi on Friday.")))
    assert met == {("Amina Otieno", "Jacob Okello"), ("Amina Otieno", "Rashid Mwinyi")}
    met = meeting_pairs(extract_text(nlp, (
        "Kenya's Defence Minister Amina Otieno hosted her Ugandan counterpart Jacob Okello and Uganda's army chief "
        "General Moses Kato for a meeting in Nairobi on Friday.")))
    assert met == {("Amina Otieno", "Jacob Okello"), ("Amina Otieno", "Moses Kato")}


def test_guests_of_two_countries_a_host_hosted_meet_together_without_an_occasion_noun(nlp):
    for text in (
        "Kenya's Defence Minister Amina Otieno hosted her Ugandan and Tanzanian counterparts, Jacob Okello and Rashid Mwinyi, "
        "in Nairobi on Friday.",
        "Defence Minister Amina Otieno of Kenya hosted Ugandan Defence Minister Jacob Okello and Tanzanian Defence Minister "
        "Rashid Mwinyi in Nairobi on Friday.",
        "Kenya's Defence Minister Amina Otieno is set to host her Ugandan and Tanzanian counterparts, Jacob Okello and Rashid "
        "Mwinyi, in Nairobi next week.",
    ):
        assert meeting_pairs(extract_text(nlp, text)) == {tuple(sorted(THREE))}, text
    # "met" them: one talk after another, as before
    met = meeting_pairs(extract_text(nlp, (
        "Kenya's Defence Minister Amina Otieno met her Ugandan and Tanzanian counterparts, Jacob Okello and Rashid Mwinyi, "
        "in Nairobi on Friday.")))
    assert met == {("Amina Otieno", "Jacob Okello"), ("Amina Otieno", "Rashid Mwinyi")}


def test_a_meeting_also_attended_by_a_third_is_one_of_three(nlp):
    for text, third in (
        ("Later on Monday, Chile's Defence Minister Ana Rojas was received by President Pedro Castillo at the Government "
         "Palace, in a meeting also attended by Defence Minister Luis Vargas.", "Luis Vargas"),
        ("Peru's Defence Minister Luis Vargas held talks with Chile's Defence Minister Ana Rojas in Lima on Monday, in a "
         "meeting that was also attended by Foreign Minister Elena Paz.", "Elena Paz"),
        ("President Pedro Castillo received Chile's Defence Minister Ana Rojas at the palace for a meeting joined by Peru's "
         "Defence Minister Luis Vargas.", "Luis Vargas"),
    ):
        met = meeting_pairs(extract_text(nlp, text))
        assert len(met) == 1 and third in next(iter(met)) and len(next(iter(met))) == 3, text


def test_a_crowd_or_a_dinner_attended_by_someone_adds_no_participant(nlp):
    for text in (
        "Peru's Defence Minister Luis Vargas met Chile's Defence Minister Ana Rojas on the sidelines of a summit attended "
        "by President Pedro Castillo.",
        "Peru's Defence Minister Luis Vargas hosted a dinner for Chile's Defence Minister Ana Rojas, attended by President "
        "Pedro Castillo.",
        "Peru's Defence Minister Luis Vargas held talks with Chile's Defence Minister Ana Rojas in Lima on Monday. The "
        "signing ceremony was attended by President Pedro Castillo.",
    ):
        assert meeting_pairs(extract_text(nlp, text)) == {("Ana Rojas", "Luis Vargas")}, text


def test_he_after_the_visiting_general_as_subject_is_the_guest(nlp):
    for text, guest, partner in (
        ("Lieutenant General Karma Wangdi of the Royal Bhutan Army called on Defence Minister Arjun Rao in New Delhi on "
         "Wednesday. Arjun Rao said, \"Happy to meet General Karma Wangdi.\" The visiting General is on a five-day visit to "
         "India. On Tuesday, he held talks with Army chief General Vikram Sen.", "Karma Wangdi", "Vikram Sen"),
        ("Brazil's Defence Minister Paulo Lima arrived in Jakarta on Monday and called on President Budi Santoso. Santoso "
         "praised the ties. The guest is due to stay until Friday. He also met Navy chief Admiral Rudi Hartono on Tuesday.",
         "Paulo Lima", "Rudi Hartono"),
    ):
        assert tuple(sorted((guest, partner))) in meeting_pairs(extract_text(nlp, text)), text


def test_she_after_a_host_speaking_of_the_visiting_minister_is_the_host(nlp):
    met = meeting_pairs(extract_text(nlp, (
        "Foreign Minister Lena Berg received Kenya's Defence Minister Amina Otieno in Oslo on Monday. Berg said that the "
        "visiting minister was welcome. She later met Defence Minister Ola Dahl.")))
    assert ("Lena Berg", "Ola Dahl") in met


def test_the_clause_that_tells_where_and_when_a_co_chaired_dialogue_was_held(nlp):
    for text, day, city in (
        ("Admiral Lee Sung visited Busan on Monday. The visit follows the 5th Korea-Chile Defence Policy Dialogue, which was "
         "held in Santiago on January 22 and was co-chaired by Defence Secretary Carlos Rojas and Korea's Vice Minister of "
         "Defense, Kim Min-ho.", "2025-01-22", "Santiago"),
        ("The 7th Kenya-Uganda Joint Commission on Defence, which convened in Kampala on 3 February, was co-chaired by "
         "Kenya's Defence Secretary Peter Mwangi and Uganda's Permanent Secretary Ruth Nankya.", "2025-02-03", "Kampala"),
    ):
        x = extract_text(nlp, text)
        assert len(x.meetings) == 1, text
        mt = x.meetings[0]
        assert (mt.date.iso, place_name(x, mt)) == (day, city)


def test_a_clause_of_when_a_dialogue_began_gives_no_day_to_its_session(nlp):
    x = extract_text(nlp, (
        "The Kenya-Uganda Joint Commission on Defence, which was launched in Kampala in 2015, was co-chaired on Monday in "
        "Nairobi by Kenya's Defence Secretary Peter Mwangi and Uganda's Permanent Secretary Ruth Nankya."))
    mt = meetings_by_participants(x)[("Peter Mwangi", "Ruth Nankya")]
    assert (mt.date.iso, place_name(x, mt)) == ("2025-03-10", "Nairobi")
