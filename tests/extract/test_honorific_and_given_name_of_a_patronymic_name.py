"""A Malay, Bruneian or Arab name told in full with a patronymic ("X bin Haji Y Z", "X binti Y",
"X ibn Y") and later by an honorific and the given name alone ("Dato' Seri X", "Datuk X", "Sheikh
X"): the short form is the given name X, never "bin", the father's honorific "Haji" or a word of the
father's names. Invented names, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meeting_pairs, person_names

PUBLISHED = date(2026, 3, 31)


def _aliases(x, name):
    return next(p.aliases for p in x.persons if p.name == name)


def test_dato_seri_and_the_given_name_after_a_haji_father(nlp):
    text = (
        "Defence Minister Mr Tan Wei Ming hosted Brunei's Minister of Defence II, Dato' Seri Pahlawan Haji "
        "Zulkarnain bin Haji Abdul Karim, at the ministry this morning. Dato' Seri Zulkarnain is on an "
        "introductory visit from 30 March to 1 April 2026.\n\n"
        "Earlier in the day, Dato' Seri Zulkarnain received a call from Chief of Defence Force "
        "Lieutenant-General Kelvin Ang."
    )
    x = extract_text(nlp, text, PUBLISHED)
    assert person_names(x) == ["Kelvin Ang", "Tan Wei Ming", "Zulkarnain bin Haji Abdul Karim"]
    assert "Haji" not in _aliases(x, "Zulkarnain bin Haji Abdul Karim")
    assert ("Kelvin Ang", "Zulkarnain bin Haji Abdul Karim") in meeting_pairs(x)


def test_datuk_and_a_binti_name(nlp):
    text = (
        "Malaysia's Deputy Defence Minister Datuk Seri Hajah Noraini binti Ismail Hashim met the visiting "
        "Philippine Defence Secretary Ramon Villacorta in Putrajaya on Monday.\n\n"
        "On Tuesday, Villacorta also called on Chief of Army General Faizul Mokhtar, who briefed him before "
        "Datuk Seri Noraini hosted a dinner."
    )
    x = extract_text(nlp, text, PUBLISHED)
    assert "Noraini" not in person_names(x)
    assert "Datuk Seri Noraini" in _aliases(x, "Noraini binti Ismail Hashim") or "Noraini" in _aliases(x, "Noraini binti Ismail Hashim")


def test_sheikh_and_the_given_name_of_an_ibn_name(nlp):
    text = (
        "Kenyan Defence Cabinet Secretary Peter Omondi held talks with Sheikh Rashed ibn Fahad Al Qassimi, "
        "the Gulf state's Minister of State for Defence, in Nairobi on Monday. Later Omondi and Sheikh Rashed "
        "visited a naval base together."
    )
    x = extract_text(nlp, text, PUBLISHED)
    assert [n for n in person_names(x) if "Rashed" in n] == ["Rashed ibn Fahad Al Qassimi"]


def test_a_fathers_name_alone_is_no_short_form(nlp):
    # "Karim", the father's last name, and "Haji" are no names of the son
    text = (
        "Defence Minister Mr Tan Wei Ming received Pehin Zulkarnain bin Haji Abdul Karim in Singapore on "
        "Monday. Separately, Karim Osei, Ghana's ambassador, met Tan Wei Ming on Tuesday."
    )
    x = extract_text(nlp, text, PUBLISHED)
    assert "Karim" not in _aliases(x, "Zulkarnain bin Haji Abdul Karim")


def test_a_given_name_alone_with_two_owners_links_to_neither(nlp):
    text = (
        "Brunei's Minister of Defence II Zulkarnain bin Haji Abdul Karim and Commander Zulkarnain bin Osman "
        "Yahya met Malaysian officials in Bandar Seri Begawan on Monday. Dato Zulkarnain said the talks were useful."
    )
    x = extract_text(nlp, text, PUBLISHED)
    for name in ("Zulkarnain bin Haji Abdul Karim", "Zulkarnain bin Osman Yahya"):
        assert "Dato Zulkarnain" not in _aliases(x, name) and "Zulkarnain" not in _aliases(x, name)
