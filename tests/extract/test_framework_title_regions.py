"""A document's title may end with the waters or region it is about ("Code of Conduct in the
South China Sea", "Shared Vision of ... Maritime Cooperation in the Indo-Pacific"): "in the"
hanging from the title's last word, followed by a region (not a country or a city), is read into
the name; an exercise's waters and a signing's venue are not."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_region_a_document_is_about_is_in_its_title(nlp):
    for text, name in (
            ("The two ministers signed a Memorandum of Understanding on Naval Security Cooperation in the Mozambique Channel.",
             "Memorandum of Understanding on Naval Security Cooperation in the Mozambique Channel"),
            ("In 2018 the two countries also adopted the Shared Vision of Chile-Peru Maritime Cooperation in the Indo-Pacific.",
             "Shared Vision of Chile-Peru Maritime Cooperation in the Indo-Pacific"),
            ("Peru and Chile renewed their Joint Vision Statement on Fisheries Protection in the South Pacific Ocean.",
             "Joint Vision Statement on Fisheries Protection in the South Pacific Ocean"),
            ("China and ASEAN discussed the Code of Conduct in the South China Sea.", "Code of Conduct in the South China Sea")):
        assert name in framework_kinds(extract_text(nlp, text)), text


def test_venue_and_exercise_waters_stay_out(nlp):
    for text, name in (
            ("The navies held the Coral Trident Exercise in the Bay of Bengal.", "Coral Trident Exercise"),
            ("Kenya and Ghana signed the Defence Cooperation Agreement in the Philippines on Monday.", "Defence Cooperation Agreement"),
            ("Peru and Chile signed the Defence Cooperation Agreement in the Hague.", "Defence Cooperation Agreement")):
        assert set(framework_kinds(extract_text(nlp, text))) == {name}, text


def test_title_ends_with_its_region(nlp):
    """Review mend: the name ends at the region (not the day after it), a region may be "the Gulf of
    X", and a body named after a region ("in the X Forum") is not the title's region."""
    for text, name in (
            ("Chile and Peru signed the Agreement on Fisheries Cooperation in the South Pacific Ocean Tuesday.",
             "Agreement on Fisheries Cooperation in the South Pacific Ocean"),
            ("Kenya and Ghana signed the Memorandum of Understanding on Naval Security Cooperation in the Gulf of Guinea on Monday.",
             "Memorandum of Understanding on Naval Security Cooperation in the Gulf of Guinea"),
            ("Officials reviewed the Memorandum of Understanding on Maritime Cooperation in the Pacific Islands Forum.",
             "Memorandum of Understanding on Maritime Cooperation")):
        names = framework_kinds(extract_text(nlp, text))
        assert name in names and not any(n.startswith(name) and n != name for n in names), (text, names)


def test_capitalised_region_ends_a_title_though_in_hangs_on_the_verb(nlp):
    # "in the <X> Region" (a region's proper name, "Region" capitalised) is what the document is about
    text = "Its members signed the Protocol on Peace, Trade and Stability in the Lake Chad Region in Niamey on March 5, 2011."
    assert "Protocol on Peace, Trade and Stability in the Lake Chad Region" in framework_kinds(extract_text(nlp, text))
    # a lowercase "region" is no proper name, and an exercise's waters stay out
    for text, name in (
            ("The navies held the Sea Shield Exercise in the Black Sea Region last week.", "Sea Shield Exercise"),
            ("The two states signed the Defence Cooperation Agreement in the border region on Monday.", "Defence Cooperation Agreement")):
        assert set(framework_kinds(extract_text(nlp, text))) == {name}, text
