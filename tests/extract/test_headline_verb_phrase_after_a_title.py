"""A title-case headline whose title is followed by its verb phrase ("Minister of Defence Makes
Introductory Visit to X"): the model may read the verb and its object as the title holder's name;
the verb (a third-person form) and words the article writes in lower case are no name. On
sentences written for these tests (invented names)."""

from __future__ import annotations

from extract_helpers import extract_text, person_names


def test_conducts_official_visit_is_no_name(nlp):
    x = extract_text(nlp, "Fiji Defence Minister Conducts Official Visit to Japan\n\n"
                          "Fiji's Defence Minister Ratu Semi Vanuarua is on an official visit to Japan from 3 to 6 March. "
                          "He met Japanese Defence Minister Kenzo Takahara in Tokyo on Tuesday.\n")
    assert set(person_names(x)) == {"Ratu Semi Vanuarua", "Kenzo Takahara"}


def test_makes_introductory_visit_under_a_release_label(nlp):
    x = extract_text(nlp, "NEWS RELEASE\nOmani Minister of Defence Affairs Makes Introductory Visit to Jordan\n\n"
                          "Jordan's Chief of Staff General Samir Haddadin hosted Oman's Minister Responsible for Defence "
                          "Affairs, Sayyid Badr bin Hamoud Al Saidi, who is on an introductory visit to Jordan, on Monday.\n")
    names = person_names(x)
    assert not any("Visit" in n or "Makes" in n for n in names)


def test_conducts_working_visit_after_a_title_with_of(nlp):
    x = extract_text(nlp, "Minister of Defence Conducts Working Visit to Sri Lanka\n\n"
                          "Navy Chief Admiral Jomo Wafula, who conducted a working visit to Sri Lanka this week, called on the "
                          "Sri Lankan Navy Commander, Vice Admiral Nalin Perasinghe, in Colombo on Monday.\n")
    names = person_names(x)
    assert not any("Visit" in n or "Conducts" in n for n in names)
    assert "Jomo Wafula" in names


def test_makes_official_trip_after_a_force_commander(nlp):
    x = extract_text(nlp, "Air Force Commander Makes Official Trip to Nigeria\n\n"
                          "Ghana's Air Force Commander, Air Vice Marshal Kwame Ofori-Atta, arrived in Abuja on Sunday "
                          "on an official trip and met his Nigerian counterpart, Air Marshal Musa Danladi, on Monday.\n")
    names = person_names(x)
    assert not any("Trip" in n or "Makes" in n for n in names)


def test_a_name_after_the_headline_verb_stays(nlp):
    # near case: the words after a headline's verb are a name the article writes capitalised
    x = extract_text(nlp, "Defence Secretary Hosts Amara Keita\n\n"
                          "Defence Secretary Lito Dalisay hosted Malian Defence Minister Amara Keita in Manila on Monday.\n")
    assert "Amara Keita" in person_names(x)
