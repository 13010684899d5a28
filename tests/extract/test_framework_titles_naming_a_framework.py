"""A document's title that names another framework after "for the" / "on the": "the Framework for
the Japan-Kenya Strategic Partnership" is one name, not the partnership cut out of it; a country
alone after "for the" is no part of a title."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_a_title_goes_on_over_a_named_framework_after_for_the(nlp):
    cases = {
        "The ministers reviewed progress under the Framework for the Japan-Kenya Strategic Partnership, signed in "
        "Nairobi last year.": "Framework for the Japan-Kenya Strategic Partnership",
        "Both sides renewed the Framework for the Brazil-Chile Major Defence Partnership on Monday.":
            "Framework for the Brazil-Chile Major Defence Partnership",
        "Officials said the Roadmap for the Peru-Ecuador Defence Industrial Cooperation Agreement would be "
        "signed in May.": "Roadmap for the Peru-Ecuador Defence Industrial Cooperation Agreement",
    }
    for text, name in cases.items():
        kinds = framework_kinds(extract_text(nlp, text))
        assert name in kinds, (text, kinds)
        assert not any(other != name and other in name for other in kinds), (text, kinds)


def test_a_country_after_for_the_is_no_part_of_a_title(nlp):
    kinds = framework_kinds(extract_text(nlp, "Officials signed the Cooperation Agreement for the Philippines on Tuesday."))
    assert not any("Philippines" in name for name in kinds), kinds


def test_a_body_named_after_of_the_is_not_taken_into_a_title(nlp):
    kinds = framework_kinds(extract_text(nlp, "The Committee on Defence Cooperation of the Chile-Peru Strategic Partnership Council "
                                              "met in Lima on Monday."))
    assert "Chile-Peru Strategic Partnership Council" in kinds, kinds
