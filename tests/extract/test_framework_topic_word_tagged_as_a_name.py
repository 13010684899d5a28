""""a memorandum of understanding on cooperation in cyber defence": a lowercase topic word the tagger
takes for a proper noun ("cyber") still goes on with the topic; a capitalised place after "in" does not
(invented sentences)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def _names(nlp, text: str) -> set[str]:
    return {n.lower() for n in framework_kinds(extract_text(nlp, text))}


def test_lowercase_topic_tagged_as_a_name_goes_on(nlp):
    for text, name in (
            ("Chile and Peru signed a memorandum of understanding on cooperation in cyber defence at the ministry.",
             "memorandum of understanding on cooperation in cyber defence"),
            ("A letter of intent on cooperation in cyber defence was exchanged by the two navies on Friday.",
             "letter of intent on cooperation in cyber defence"),
            ("During the visit the defence chiefs also concluded an implementing arrangement on cooperation in cyber "
             "defence and military education.", "implementing arrangement on cooperation in cyber defence and military education")):
        assert name in _names(nlp, text), (text, _names(nlp, text))


def test_capitalised_place_after_in_is_no_topic(nlp):
    names = _names(nlp, "Chile and Peru signed a memorandum of understanding on cooperation in Lima on Monday.")
    assert not any("lima" in n for n in names), names
