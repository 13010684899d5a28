"""A memorandum's topic going on past "in" + a capitalised region word before its field ("on
cooperation in Arctic research"), plural industrial corridors, and military training teams known
by a syllable acronym ("KEMTRAT"); each with a negative a careless rule would over-fire on."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_memorandum_topic_goes_on_past_a_region_word_before_its_field(nlp):
    cases = (
        ("Chile and Peru signed a memorandum of understanding on cooperation in Arctic research and polar "
         "logistics.", "Memorandum of Understanding on cooperation in Arctic research and polar logistics"),
        ("Kenya and Ghana signed an MoU on cooperation in African peacekeeping training on Monday.",
         "Memorandum of Understanding on cooperation in African peacekeeping training"),
        ("At the meeting the two ministers signed a memorandum of understanding on cooperation in Pacific fisheries "
         "surveillance and search and rescue, which provides for shared patrols.",
         "Memorandum of Understanding on cooperation in Pacific fisheries surveillance and search and rescue"),
    )
    for text, name in cases:
        assert list(framework_kinds(extract_text(nlp, text))) == [name], text


def test_memorandum_topic_stops_before_the_place_or_day_it_was_signed(nlp):
    for text in ("Chile and Peru signed an MoU on cooperation in Santiago on Monday.",
                 "Chile and Peru signed an MoU on cooperation in Lima yesterday.",
                 "They signed an MoU on cooperation in Chile and Peru."):
        assert list(framework_kinds(extract_text(nlp, text))) == ["Memorandum of Understanding on cooperation"], text


def test_plural_industrial_corridors(nlp):
    assert framework_kinds(extract_text(nlp, "Firms may use the Coastal Industrial Corridors in the south.")) == \
        {"Coastal Industrial Corridors": "Initiative"}
    assert framework_kinds(extract_text(nlp, "Troops guarded the Northern Corridors near the border.")) == {}


def test_military_training_team_with_a_syllable_acronym(nlp):
    x = extract_text(nlp, "The Kenya Military Training Team (KEMTRAT) has trained Rwandan cadets since 2010.")
    assert framework_kinds(x) == {"Kenya Military Training Team": "Organisation"}
    assert x.frameworks[0].acronym == "KEMTRAT"
    assert framework_kinds(extract_text(nlp, "The British Military Advisory and Training Team (BMATT) trained officers.")) == \
        {"British Military Advisory and Training Team": "Organisation"}


def test_other_teams_are_no_bodies(nlp):
    for text in ("The National Cricket Training Team (NACTRAT) toured Lima.",
                 "The Kenya Defence Forces Disaster Response Team (DRT) helped after the floods."):
        assert framework_kinds(extract_text(nlp, text)) == {}, text


def test_memorandum_named_after_a_country_pair_keeps_the_pair(nlp):
    cases = (
        ("It builds on the Kenya-Ghana MoU on Defence Cooperation signed in Accra in May 2017.",
         "Kenya-Ghana Memorandum of Understanding on Defence Cooperation", ["KEN", "GHA"]),
        ("They reviewed the Kenya-Sri Lanka memorandum of understanding on maritime security signed in 2019.",
         "Kenya-Sri Lanka Memorandum of Understanding on maritime security", ["KEN", "LKA"]),
    )
    for text, name, countries in cases:
        x = extract_text(nlp, text)
        assert [(f.name, f.countries) for f in x.frameworks] == [(name, countries)], text


def test_memorandum_after_no_hyphened_pair_has_no_prefix(nlp):
    for text in ("Kenya and Ghana signed an MoU on defence cooperation in Accra.",
                 "The Lake Victoria-Kenya MoU on fisheries was signed."):
        assert list(framework_kinds(extract_text(nlp, text))) == [
            "Memorandum of Understanding on defence cooperation" if "defence" in text else "Memorandum of Understanding on fisheries"], text
