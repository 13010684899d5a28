"""Documents named, like a memorandum of understanding, by what they are on: "an Implementing
Arrangement on cooperation in naval medicine", "a letter of intent on coordinating ...", "a joint
declaration of intent on ...": the topic is read into the name whatever its capitalisation (and
replaces a name cut at the last capital); a lowercase one still to come is no name yet."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_topic_is_read_into_the_name(nlp):
    for text, name in (
            ("Both sides also exchanged an Implementing Arrangement on cooperation in naval medicine.",
             "Implementing Arrangement on cooperation in naval medicine"),
            ("The two ministers signed a letter of intent on coordinating the building of border barriers under Chile's Andes Wall programme.",
             "letter of intent on coordinating the building of border barriers"),
            ("Peru and Chile signed a letter of intent on naval cooperation covering border security.",
             "letter of intent on naval cooperation"),
            ("They witnessed the signing of an implementing arrangement on defence education and training under the 2019 accord.",
             "implementing arrangement on defence education and training")):
        assert name in framework_kinds(extract_text(nlp, text)), text


def test_name_cut_at_the_last_capital_is_replaced(nlp):
    kinds = framework_kinds(extract_text(nlp, "They signed an Implementing Arrangement on United Nations peacekeeping training on Monday."))
    assert set(kinds) == {"Implementing Arrangement on United Nations peacekeeping training"}, kinds


def test_title_stops_before_the_occasion_and_a_participle(nlp):
    for text, name in (
            ("An Implementing Arrangement on Hydrographic Cooperation was also exchanged on the occasion.",
             "Implementing Arrangement on Hydrographic Cooperation"),
            ("They signed an Implementing Arrangement on Hydrographic Cooperation on the occasion of the visit.",
             "Implementing Arrangement on Hydrographic Cooperation"),
            ("The two ministers signed a Declaration of Intent on Defence Cooperation covering training and border surveillance.",
             "Declaration of Intent on Defence Cooperation")):
        assert set(framework_kinds(extract_text(nlp, text))) == {name}, text


def test_lowercase_document_still_to_come_is_no_name(nlp):
    for text in ("The two ministers will witness the exchange of an implementing arrangement on military training.",
                 "The official said the two sides could sign an implementing arrangement on maritime domain awareness."):
        assert framework_kinds(extract_text(nlp, text)) == {}, text


def test_topic_goes_on_past_a_second_on_before_a_lowercase_field(nlp):
    """Review mend: a second "on" before a lowercase noun or gerund goes on with the topic; before a
    determiner or a day it ends it."""
    for text, name in (
            ("Chile and Peru signed a memorandum of understanding on cooperation on countering piracy.",
             "Memorandum of Understanding on cooperation on countering piracy"),
            ("Chile and Peru signed a memorandum of understanding on cooperation on maritime surveillance.",
             "Memorandum of Understanding on cooperation on maritime surveillance"),
            ("Chile and Peru signed an MoU on naval training on the sidelines of the summit.",
             "Memorandum of Understanding on naval training"),
            ("Chile and Peru signed an MoU on naval training on Monday.", "Memorandum of Understanding on naval training")):
        assert name in framework_kinds(extract_text(nlp, text)), text


def test_implementation_arrangement_named_by_its_topic(nlp):
    x = extract_text(nlp, "After the talks, an Implementation Arrangement on cooperation in naval aviation was exchanged "
                          "between the two defence secretaries.")
    assert framework_kinds(x).get("Implementation Arrangement on cooperation in naval aviation") == "Agreement"
    assert "Implementation Arrangement" not in framework_kinds(x)


def test_signed_lowercase_implementation_arrangement(nlp):
    x = extract_text(nlp, "They signed an implementation arrangement on submarine rescue training.")
    assert "implementation arrangement on submarine rescue training" in framework_kinds(x)


def test_implementation_arrangement_still_to_come_is_no_name(nlp):
    x = extract_text(nlp, "They will sign an implementation arrangement on submarine rescue training.")
    assert framework_kinds(x) == {}


def test_services_the_topic_is_between_are_part_of_it(nlp):
    for text, name in (
            ("They signed a letter of intent on closer cooperation between the Chilean and Peruvian navies in the Pacific.",
             "letter of intent on closer cooperation between the Chilean and Peruvian navies"),
            ("They signed a letter of intent on joint training between the two armies.",
             "letter of intent on joint training between the two armies"),
            ("They signed a letter of intent on joint training between the Chilean and Peruvian coast guards.",
             "letter of intent on joint training between the Chilean and Peruvian coast guards")):
        assert name in framework_kinds(extract_text(nlp, text)), text


def test_countries_a_titled_topic_is_between_are_not_part_of_it(nlp):
    # a title ends at its capitals; a lowercase descriptive phrase reads on over the two countries
    # (test_framework_documents_named_by_place_and_parties.py)
    x = extract_text(nlp, "They signed a Memorandum of Understanding on Defence Cooperation between Chile and Peru.")
    assert "Memorandum of Understanding on Defence Cooperation" in framework_kinds(x)


def test_services_of_the_signing_states_do_not_take_the_states_into_the_topic(nlp):
    # "between the armed forces of A and B": the states that sign are no part of the name, and the
    # name is not lost for running past the word limit
    for text, name in (
            ("Chile and Peru signed an MoU on cooperation between the armed forces of Chile and Peru.",
             "Memorandum of Understanding on cooperation"),
            ("They signed a letter of intent on closer cooperation between the armed forces of Chile and Peru on Monday.",
             "letter of intent on closer cooperation")):
        kinds = framework_kinds(extract_text(nlp, text))
        assert name in kinds and not any("Peru" in k for k in kinds), (text, kinds)


def test_hyphenated_compound_is_one_word_of_the_topic(nlp):
    # "mid-life" is one word (three tokens): the topic is ten words, within the limit
    text = "Lima and Santiago signed an implementing arrangement for the mid-life upgrade of the Naval Patrol Ship Condor at a Chilean shipyard."
    assert "implementing arrangement for the mid-life upgrade of the Naval Patrol Ship Condor" in framework_kinds(extract_text(nlp, text))
    # a topic of more than ten words is still no name
    text = ("Lima and Santiago signed an implementing arrangement for the mid-life upgrade of the old patrol ships of the northern "
            "coast guard of Chile at a Chilean shipyard.")
    assert not framework_kinds(extract_text(nlp, text))


def test_a_day_after_on_is_when_it_was_signed_not_its_topic(nlp):
    for text, day_name in (
            ("Chile and Peru signed a letter of intent on Thursday, the ministry said.", "letter of intent on Thursday"),
            ("Ghana and Togo signed a memorandum of understanding on 12 May in Accra.", "Memorandum of Understanding on 12 May")):
        assert day_name not in framework_kinds(extract_text(nlp, text)), text
    kinds = framework_kinds(extract_text(nlp, "Chile and Peru signed a letter of intent on mine clearance on Thursday."))
    assert "letter of intent on mine clearance" in kinds, kinds
