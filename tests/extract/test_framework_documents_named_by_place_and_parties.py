"""A document named by its topic reads on over the waters it covers ("... on maritime patrols in the
Gulf of Aden") and, when named by a lowercase descriptive phrase rather than a title, over the two
countries it binds ("a memorandum of understanding on naval training between Chile and Peru"); not
over where it was signed ("in Lima"), nor over the bodies that signed it ("between the two ministries")."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_waters_the_document_covers_are_part_of_its_name(nlp):
    for text, name in (
            ("Chile and Peru signed a memorandum of understanding on fisheries patrols in the South Pacific Ocean in March 2023.",
             "Memorandum of Understanding on fisheries patrols in the South Pacific Ocean"),
            ("Ghana and Togo signed a memorandum of understanding on piracy prevention in the Gulf of Guinea last year.",
             "Memorandum of Understanding on piracy prevention in the Gulf of Guinea")):
        assert name in framework_kinds(extract_text(nlp, text)), text


def test_lowercase_document_reads_on_over_the_two_countries_it_binds(nlp):
    for text, name in (
            ("The ministers reviewed the memorandum of understanding on naval training between Chile and Peru, signed in Lima in 2019.",
             "Memorandum of Understanding on naval training between Chile and Peru"),
            ("They discussed the memorandum of understanding on border security between Ghana and the Gambia.",
             "Memorandum of Understanding on border security between Ghana and the Gambia")):
        assert name in framework_kinds(extract_text(nlp, text)), text


def test_place_of_signing_and_signing_bodies_stay_out(nlp):
    for text, name in (
            ("Chile and Peru signed a memorandum of understanding on naval training in Lima on Monday.",
             "Memorandum of Understanding on naval training"),
            ("A memorandum of understanding on naval training between the two ministries was signed on Monday.",
             "Memorandum of Understanding on naval training"),
            ("They took stock of a Memorandum of Understanding on Naval Training between Chile and Peru.",
             "Memorandum of Understanding on Naval Training")):
        assert set(framework_kinds(extract_text(nlp, text))) == {name}, text
