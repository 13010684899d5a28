""""A met B on March 3 and again on March 10" and "A met B twice last year, in X in May and in Y in
October": two meetings of the pair, each with its own day and place; "met B on Monday and discussed
X again on Tuesday" and "met B again on Tuesday" are one (invented sentences)."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, participant_names, place_name

PUBLISHED = date(2026, 3, 12)
PAIR = ["Ilse Marten", "Kofi Tetteh"]


def _meetings(nlp, text):
    x = extract_text(nlp, text, PUBLISHED)
    return sorted((mt.date.iso if mt.date else "", place_name(x, mt), mt.status) for mt in x.meetings
                  if participant_names(x, mt) == PAIR)


def test_met_on_a_day_and_again_on_another(nlp):
    found = _meetings(nlp, "ACCRA, March 11, 2026: Dutch Defence Minister Ilse Marten met Ghanaian Defence Minister Kofi "
                           "Tetteh in Accra on March 3 and again in Kumasi on March 10. The ministers discussed maritime security.")
    assert found == [("2026-03-03", "Accra", "held"), ("2026-03-10", "Kumasi", "held")]


def test_will_meet_on_a_day_and_again_on_another(nlp):
    found = _meetings(nlp, "ACCRA, March 11, 2026: Dutch Defence Minister Ilse Marten will meet Ghanaian Defence Minister "
                           "Kofi Tetteh on March 20 and again on April 2. The ministers will discuss maritime security.")
    assert [f[0] for f in found] == ["2026-03-20", "2026-04-02"] and {f[2] for f in found} == {"planned"}


def test_met_twice_last_year_each_in_its_city_and_month(nlp):
    found = _meetings(nlp, "ACCRA, March 11, 2026: Dutch Defence Minister Ilse Marten arrived in Accra on Tuesday. Marten "
                           "met Ghanaian Defence Minister Kofi Tetteh twice last year, in Rotterdam in May and in Kumasi "
                           "in October. The two sides are expected to sign a logistics agreement.")
    assert ("2025-05", "Rotterdam", "held") in found and ("2025-10", "Kumasi", "held") in found


def test_met_and_discussed_again_is_one_meeting(nlp):
    # must not fire: "again" of another verb, and "again" with no first occasion's day
    found = _meetings(nlp, "ACCRA, March 11, 2026: Dutch Defence Minister Ilse Marten met Ghanaian Defence Minister Kofi "
                           "Tetteh on Monday and discussed maritime patrols again on Tuesday with officials.")
    assert [f[0] for f in found] == ["2026-03-09"]
    found = _meetings(nlp, "ACCRA, March 11, 2026: Dutch Defence Minister Ilse Marten met Ghanaian Defence Minister Kofi "
                           "Tetteh again on Tuesday. The ministers discussed maritime security.")
    assert [f[0] for f in found] == ["2026-03-10"]


def test_met_in_a_city_in_a_month_and_in_another_in_another(nlp):
    found = _meetings(nlp, "ACCRA, March 11, 2026: Dutch Defence Minister Ilse Marten held talks with Ghanaian Defence "
                           "Minister Kofi Tetteh in Accra on Tuesday. They previously met in Rotterdam in October and in "
                           "Kumasi in June.")
    assert ("2025-10", "Rotterdam", "held") in found and ("2025-06", "Kumasi", "held") in found


def test_met_in_a_city_on_a_day_and_in_another_on_another(nlp):
    found = _meetings(nlp, "ACCRA, March 11, 2026: Dutch Defence Minister Ilse Marten met Ghanaian Defence Minister Kofi "
                           "Tetteh in Accra on Monday and in Kumasi on Tuesday.")
    assert found == [("2026-03-09", "Accra", "held"), ("2026-03-10", "Kumasi", "held")]


def test_met_and_discussed_elsewhere_on_another_day_is_one_meeting(nlp):
    # must not fire: the second day and city are another verb's
    found = _meetings(nlp, "ACCRA, March 11, 2026: Dutch Defence Minister Ilse Marten met Ghanaian Defence Minister Kofi "
                           "Tetteh in Accra on Monday and discussed port security in Kumasi on Tuesday.")
    assert found == [("2026-03-09", "Accra", "held")]
