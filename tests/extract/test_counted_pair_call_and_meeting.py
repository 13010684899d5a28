""""The two admirals held a video conference on January 20 and met in person in Varna last month":
both verbs are the pair's (the second is not the first person of the sentence before), two
occasions, and the call is not in the city the in-person meeting's words name. Invented persons."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, place_name

PUBLISHED = date(2027, 3, 2)
LEAD = "Admiral Kelo Baranu will meet Rear Admiral Tomas Varek in Sofia on Friday.\n\n"


def _held(x):
    return sorted(((mt.date.iso if mt.date else None), place_name(x, mt), mt.kind) for mt in x.meetings if mt.status == "held")


def test_counted_pair_call_then_meeting_in_person(nlp):
    x = extract_text(nlp, LEAD + "The two admirals held a video conference on January 20 and met in person for the "
                     "first time in Varna last month.\n", PUBLISHED)
    held = _held(x)
    assert ("2027-01-20", None, "virtual") in held
    assert any(date == "2027-02" and place == "Varna" for date, place, _ in held)


def test_counted_pair_phone_then_meeting(nlp):
    x = extract_text(nlp, LEAD + "The two admirals spoke by phone on January 20 and met in Varna last month.\n", PUBLISHED)
    held = _held(x)
    assert ("2027-01-20", None, "telephone") in held
    assert len(held) == 2


def test_named_subject_second_verb_keeps_its_subject(nlp):
    # must not change: "X held talks with A, and later met B" -- B met X, not A
    x = extract_text(nlp, "Admiral Kelo Baranu held talks with Rear Admiral Tomas Varek in Sofia on Friday, and "
                     "later met General Ivo Marten.\n", PUBLISHED)
    pairs = {tuple(sorted(p.name for p in x.persons if p.key in mt.participants)) for mt in x.meetings}
    assert ("Ivo Marten", "Kelo Baranu") in pairs
    assert ("Ivo Marten", "Tomas Varek") not in pairs



def test_two_air_chiefs_one_of_them_a_commander(nlp):
    # regression: "the two air chiefs" after the visitor's talks with a "Commander of the Air Force and Air
    # Defence Forces", told after his call on a "Chief of the General Staff": a commander is one of the
    # chiefs (not the latest pair both of whose titles say "Chief")
    x = extract_text(nlp, "Air Marshal Kelo Baranu, the Chief of the Air Staff, will leave for Chisinau on Wednesday on "
                     "a three-day official visit to Moldova, the Romanian Air Force said on Monday.\n\n"
                     "On Thursday, the Air chief is scheduled to call on Moldova's Minister of Defence, Ivo Marten, at "
                     "the Ministry of Defence in Chisinau. The same day, he will meet the First Deputy Minister of "
                     "Defence and Chief of the General Staff, Brigadier General Pavel Dorin.\n\n"
                     "Shortly after arriving on Wednesday, the Air chief is expected to interact with the Commander of "
                     "the Air Force and Air Defence Forces, Colonel Tomas Varek, at the air force headquarters. The two "
                     "air chiefs held a video conference on January 20 and met in person for the first time in "
                     "Constanta last month.\n", PUBLISHED)
    pairs = {tuple(sorted(p.name for p in x.persons if p.key in mt.participants)) for mt in x.meetings if mt.status == "held"}
    assert pairs == {("Kelo Baranu", "Tomas Varek")}
