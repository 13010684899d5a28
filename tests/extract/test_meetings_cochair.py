"""Meetings stated as co-chairing a dialogue or committee, and the date a conjoined verb shares."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants
from test_facts import _extract, _names, _place


def test_passive_co_chaired_dialogue_is_a_meeting_of_the_co_chairs(nlp):
    text = (
        "Minister Tomas Varga recalled the 9th Hungary-Chile Defence Policy Dialogue held in Santiago on 4 June 2024, "
        "which was co-chaired by Defence Secretary Pablo Rojas and Deputy Minister of Defence General Andras Kiss."
    )
    x = _extract(nlp, text)
    meeting = meetings_by_participants(x)[("Andras Kiss", "Pablo Rojas")]
    assert meeting.date is not None and meeting.date.iso == "2024-06-04"
    assert _place(x, meeting) == "Santiago"
    assert meeting.status == "held"
    assert meeting.framework is not None
    assert not any("Tomas Varga" in _names(x, mt) for mt in x.meetings)


def test_active_co_chaired_committee_with_counterpart_and_conjoined_talks_share_the_date(nlp):
    text = (
        "On 9 March, Defence Secretary Pablo Rojas co-chaired the third Chile-Peru Joint Defence Cooperation Committee "
        "with Vice Minister Luis Quispe, and held bilateral talks with Ecuador's Defence Minister Ana Torres."
    )
    x = _extract(nlp, text)
    found = meetings_by_participants(x)
    cochair = found[("Luis Quispe", "Pablo Rojas")]
    assert cochair.date is not None and cochair.date.iso == "2025-03-09"
    talks = found[("Ana Torres", "Pablo Rojas")]
    assert talks.date is not None and talks.date.iso == "2025-03-09"
    assert len(x.meetings) == 2


def test_scheduled_to_co_chair_is_planned_between_the_subjects(nlp):
    text = (
        "Defence Secretary Pablo Rojas and Vice Minister Luis Quispe are scheduled to co-chair the 4th meeting "
        "of the Chile-Peru Joint Defence Cooperation Committee in Lima on April 7."
    )
    x = _extract(nlp, text)
    (meeting,) = x.meetings
    assert _names(x, meeting) == ["Luis Quispe", "Pablo Rojas"]
    assert meeting.status == "planned"
    assert _place(x, meeting) == "Lima"
    assert meeting.date is not None and meeting.date.iso == "2025-04-07"


def test_co_chair_as_a_noun_is_no_meeting(nlp):
    text = "Chile and Peru, as co-chairs of the Regional Working Group on Maritime Security, will host a seminar in Lima."
    x = _extract(nlp, text)
    assert x.meetings == []


def test_the_meeting_co_chaired_by_two_named_persons_is_their_meeting_at_the_occasion_told_before(nlp):
    text = (
        "Portugal's Minister of National Defence Nuno Carvalho on 10 March hosted the defence ministers of the "
        "Southern Maritime Group in Lisbon. The group brings together six Atlantic navies. "
        "The meeting was co-chaired by the Minister and Moroccan Defence Minister Karim Alaoui."
    )
    x = _extract(nlp, text)
    meeting = meetings_by_participants(x)[("Karim Alaoui", "Nuno Carvalho")]
    assert meeting.status == "held"
    assert meeting.date is not None and meeting.date.iso == "2025-03-10"
    assert _place(x, meeting) == "Lisbon"
    assert meeting.framework is None


def test_co_chaired_by_one_person_or_a_named_meeting_noun_without_a_body_is_no_meeting(nlp):
    one = "The meeting was co-chaired by Defence Minister Karim Alaoui in Rabat on 3 May."
    assert _extract(nlp, one).meetings == []
    described = "A meeting on cyber defence was co-chaired by Karim Alaoui and Nuno Carvalho last year."
    assert _extract(nlp, described).meetings == []


def test_cochairs_named_by_post_and_by_name_before_the_verb(nlp):
    text = (
        "Defence Secretary Anil Mehra arrived in New Delhi on Sunday.\n\n"
        "On Monday, the Defence Secretary and Major General Khamla Vongsa co-chaired the 5th India-Laos "
        "Security Dialogue in New Delhi."
    )
    x = extract_text(nlp, text)
    meeting = meetings_by_participants(x)[("Anil Mehra", "Khamla Vongsa")]
    assert meeting.date.iso == "2025-03-10"


def test_cochairing_the_talks_of_the_dialogue_held_that_day(nlp):
    text = (
        "NEW DELHI, Mar 12 (PTI) - India and Laos on Wednesday held the 5th India-Laos Defence Policy Dialogue here, "
        "with Defence Secretary Anil Mehra and Laotian Deputy Minister of National Defence Major General Khamla "
        "Vongsa co-chairing the talks, officials said."
    )
    x = extract_text(nlp, text)
    meeting = meetings_by_participants(x)[("Anil Mehra", "Khamla Vongsa")]
    assert meeting.date.iso == "2025-03-12"
    assert meeting.framework is not None and "Dialogue" in {f.key: f.name for f in x.frameworks}[meeting.framework]


def test_cochairing_the_talks_after_an_agreement_is_not_that_agreements(nlp):
    text = (
        "NEW DELHI, Mar 12 (PTI) - India and Laos on Wednesday signed the India-Laos Defence Cooperation Agreement "
        "here, with Defence Secretary Anil Mehra and Laotian Deputy Minister of National Defence Major General "
        "Khamla Vongsa co-chairing the talks, officials said."
    )
    x = extract_text(nlp, text)
    assert all(mt.framework is None for mt in x.meetings)


def _parsed(nlp, words: list[str], heads: list[int], deps: list[str]):
    """A parse written by hand: the misparse a test needs, whatever the model does with the words."""
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=words, heads=heads, deps=deps)


def test_occasion_a_misparsed_cochair_clause_hangs_on(nlp):
    from diplokg.facts import _co_chair_tokens, _occasion_antecedent

    # "the meeting , which Silva and Okafor will co - chair": the parse made "co" the relative clause's verb
    words = ["the", "meeting", ",", "which", "Silva", "and", "Okafor", "will", "co", "-", "chair"]
    heads = [1, 1, 1, 8, 8, 4, 4, 8, 1, 1, 1]
    deps = ["det", "ROOT", "punct", "dobj", "nsubj", "cc", "conj", "aux", "relcl", "conj", "appos"]
    doc = _parsed(nlp, words, heads, deps)
    assert _occasion_antecedent(_co_chair_tokens(doc[10])).text == "meeting"
    doc = _parsed(nlp, ["the", "centre"] + words[2:], heads, deps)
    assert _occasion_antecedent(_co_chair_tokens(doc[10])) is None


def test_cochair_of_a_relative_clause_on_no_occasion_is_no_meeting(nlp):
    text = (
        "Brazilian Army commander General Paulo Silva received Nigerian Chief of Defence Staff General Musa Okafor "
        "in Brasilia on Monday. The two generals discussed the new training centre, which Silva and Okafor will "
        "co-chair from September."
    )
    x = extract_text(nlp, text)
    assert [mt.status for mt in x.meetings] == ["held"]


def test_later_in_the_day_after_cochairs_told_as_subjects(nlp):
    text = (
        "NEW DELHI, Mar 12 (PTI) - India and Laos on Wednesday held the 5th India-Laos Defence Policy Dialogue here, "
        "with Defence Secretary Anil Mehra and Laotian Deputy Minister of National Defence Major General Khamla "
        "Vongsa co-chairing the talks, officials said.\n\n"
        "Later in the day, the Laotian general called on Defence Minister Vikram Rao at South Block."
    )
    meeting = meetings_by_participants(extract_text(nlp, text))[("Khamla Vongsa", "Vikram Rao")]
    assert meeting.date.iso == "2025-03-12"


def test_to_be_co_chaired_by_is_a_planned_meeting_one_with_the_meeting_to_be_held(nlp):
    lead = "LIMA, May 6 (EFE) Defence Minister Ana Quispe held talks with Colombian Defence Minister Jorge Mesa here.\n\n"
    for sentence in (
        "Officials said the third meeting of the Peru-Colombia Joint Defence Committee, to be co-chaired by Vice "
        "Minister Luis Paredes and Colombia's Vice Minister of Defence Carlos Ortiz, will be held in Bogotá later this year.",
        "The next session of the Peru-Colombia Joint Defence Committee, which is to be co-chaired by Vice Minister Luis "
        "Paredes and Colombia's Vice Minister of Defence Carlos Ortiz, will be held in Bogotá in October.",
    ):
        x = _extract(nlp, lead + sentence)
        chairs = [mt for mt in x.meetings if _names(x, mt) == ["Carlos Ortiz", "Luis Paredes"]]
        assert [mt.status for mt in chairs] == ["planned"], sentence
        if "third meeting" in sentence:  # one meeting with the one "to be held in Bogotá"
            assert _place(x, chairs[0]) == "Bogotá"


def test_co_chaired_by_told_as_done_stays_held(nlp):
    x = _extract(nlp, "The third meeting of the Peru-Colombia Joint Defence Committee, co-chaired by Vice Minister Luis "
                      "Paredes and Colombia's Vice Minister of Defence Carlos Ortiz, was held in Bogotá on Monday.")
    chairs = [mt for mt in x.meetings if _names(x, mt) == ["Carlos Ortiz", "Luis Paredes"]]
    assert [mt.status for mt in chairs] == ["held"]


def test_co_chairs_after_a_day_shift_and_an_abbreviated_rank_with_its_point(nlp):
    text = (
        "Defence Minister Jan Kowalski received Chile's Deputy Defence Minister, Gen. Pablo Rojas, at the ministry "
        "in Warsaw on Wednesday.\n\nThe visit coincided with the 3rd Poland-Chile Defence Policy Dialogue, co-chaired "
        "a day earlier by Defence Undersecretary Marek Nowak and Maj. Gen. Luis Quispe, deputy director of the "
        "International Department of Chile's Ministry of Defence.\n"
    )
    x = extract_text(nlp, text, date(2026, 10, 22))
    found = meetings_by_participants(x)
    cochairs = found[("Luis Quispe", "Marek Nowak")]
    assert cochairs.date is not None and cochairs.date.iso == "2026-10-20"
    assert len(x.meetings) == 2


def test_a_sentence_end_after_the_first_co_chair_ends_the_list(nlp):
    text = (
        "The 3rd Poland-Chile Defence Policy Dialogue was co-chaired on Tuesday by Defence Undersecretary Marek Nowak. "
        "Gen. Luis Quispe attended a reception in Warsaw."
    )
    x = extract_text(nlp, text, date(2026, 10, 22))
    assert x.meetings == []
