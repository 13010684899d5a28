""""the Coastal Innovation Challenge (CIC) scheme": a name with its acronym in brackets before a
lowercase kind word (programme, initiative, scheme: a scheme is named like a programme) is a programme, an Initiative, named without the
acronym; a lowercase phrase before the brackets names none (invented names and sentences)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_name_and_acronym_before_a_kind_word(nlp):
    for text, name in (
            ("Start-ups funded under the Coastal Innovation Challenge (CIC) scheme will show their drones in Lima.",
             "Coastal Innovation Challenge"),
            ("Peru joined Chile's Andes Skills for Defence (ASD) programme in 2022, the ministry said.", "Andes Skills for Defence"),
            ("The patrol boats were paid for by the Pacific Maritime Resilience (PMR) initiative, officials said.",
             "Pacific Maritime Resilience")):
        kinds = framework_kinds(extract_text(nlp, text))
        assert kinds.get(name) == "Initiative", (text, kinds)


def test_a_named_scheme_is_a_programme(nlp):
    for text, name in (
            ("Recruits have trained under the Blue Sentinel scheme since Chile introduced it in 2021.", "Blue Sentinel"),
            ("Under Peru's Coastal Cadet scheme, the navy will take its first recruits in May.", "Coastal Cadet")):
        kinds = framework_kinds(extract_text(nlp, text))
        assert kinds.get(name) == "Initiative", (text, kinds)


def test_lowercase_words_before_the_brackets_name_no_programme(nlp):
    kinds = framework_kinds(extract_text(nlp, "Chile expanded its coastal training (CT) scheme for Peruvian cadets."))
    assert not kinds, kinds
