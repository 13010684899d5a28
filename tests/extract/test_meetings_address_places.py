"""The city that closes an address after "at": "at the Ministry of Defence headquarters, Ship
House, Abuja" is in Abuja; not a city after a comma that closes no "at"/"in" phrase."""

from __future__ import annotations

from extract_helpers import extract_text, meetings_by_participants, place_name


def test_city_closing_a_two_piece_address(nlp):
    text = (
        "The Minister of Defence, Aden Kiptoo, on Tuesday hosted a delegation led by Portugal's Minister of "
        "National Defence, Rui Costa, at the Ministry of Defence headquarters, Ulinzi House, Nairobi."
    )
    x = extract_text(nlp, text)
    meeting = meetings_by_participants(x)[("Aden Kiptoo", "Rui Costa")]
    assert place_name(x, meeting) == "Nairobi"


def test_city_after_a_day_and_a_comma_is_not_the_meetings(nlp):
    text = (
        "The Minister of Defence, Aden Kiptoo, hosted Portugal's Minister of National Defence, Rui Costa, "
        "on Tuesday, Nairobi said in a statement."
    )
    x = extract_text(nlp, text)
    meeting = meetings_by_participants(x)[("Aden Kiptoo", "Rui Costa")]
    assert meeting.place is None


def test_a_one_word_city_closing_an_address_after_a_comma(nlp):
    # a one-word city the gazetteer knows only from context ("in Entebbe"); here a comma gives it
    text = (
        "On Thursday, Kenya's Defence Minister Aden Kiptoo paid a courtesy call on President Yoweri Museveni at State "
        "House, Entebbe."
    )
    x = extract_text(nlp, text)
    meeting = meetings_by_participants(x)[("Aden Kiptoo", "Yoweri Museveni")]
    assert place_name(x, meeting) == "Entebbe"


def test_the_word_after_an_address_comma_is_a_city_only_where_the_phrase_ends() -> None:
    # hand-built docs, no model: the rule reads words, capitals and punctuation
    import spacy
    from spacy.tokens import Doc

    from diplokg.nlp import _after_a_building_named_at

    vocab = spacy.blank("en").vocab

    def reads_city(words: list[str], i: int) -> bool:
        return _after_a_building_named_at(Doc(vocab, words=words), i)

    assert reads_city(["called", "on", "him", "at", "State", "House", ",", "Entebbe", "."], 7)
    assert reads_city(["met", "at", "the", "Defence", "Headquarters", ",", "Mzuzu", ",", "on", "Monday"], 6)
    assert not reads_city(["At", "the", "Pentagon", ",", "Austin", "said", "."], 4)  # a verb goes on: a person
    assert not reads_city(["after", "the", "meeting", ",", "Entebbe", "."], 4)  # no "at"/"in" address
