"""A capitalised name followed by a lowercase document word: "the Ocean of Peace declaration" (invented names)."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import extract_text, framework_kinds

_extract = partial(extract_text, published=date(2025, 3, 12))


def test_name_with_lowercase_declaration(nlp):
    fws = framework_kinds(_extract(nlp, "They backed the Harbour of Peace declaration endorsed by Forum leaders last year."))
    assert fws.get("Harbour of Peace declaration") == "Agreement"


def test_place_like_name_with_lowercase_declaration(nlp):
    fws = framework_kinds(_extract(nlp, "They backed the Sea of Calm declaration endorsed by Forum leaders."))
    assert fws.get("Sea of Calm declaration") == "Agreement"


def test_name_with_lowercase_accord(nlp):
    fws = framework_kinds(_extract(nlp, "They recalled the Blue Lagoon accord signed in 2019."))
    assert fws.get("Blue Lagoon accord") == "Agreement"


def test_a_peoples_or_countrys_declaration_is_no_name(nlp):
    fws = framework_kinds(_extract(nlp, "They recalled the Sino-British declaration of 1984 and the New Zealand declaration."))
    assert fws == {}


def test_sentence_opening_word_is_no_name(nlp):
    fws = framework_kinds(_extract(nlp, "This treaty was signed in Lima. Its charter was adopted later."))
    assert fws == {}


def test_an_offices_or_a_newspapers_declaration_is_no_name(nlp):
    # the capitalised words name who declared (a ministry, a newspaper), not the document
    for text in ("The Chilean Defence Ministry declaration said the talks went well.",
                 "The Lima Evening Post declaration of support was printed on Monday."):
        assert framework_kinds(_extract(nlp, text)) == {}, text


def test_gathering_word_after_the_possessive_of_those_who_gather(nlp):
    for text, name, kind in (
            ("Chile is no member of the council but regularly joins the Andean Defence Ministers' forum.",
             "Andean Defence Ministers' forum", "Forum"),
            ("The Gulf Navy Chiefs' dialogue met in Doha on Monday.", "Gulf Navy Chiefs' dialogue", "Dialogue")):
        assert framework_kinds(_extract(nlp, text)).get(name) == kind, text


def test_service_alone_or_no_gathering_word_is_no_name(nlp):
    for text in ("The Defence Ministers' forum met in Lima.",
                 "The Joint Defence Ministers' forum met in Lima.",
                 "The Andean Defence Ministers' views differ on the plan."):
        assert framework_kinds(_extract(nlp, text)) == {}, text


def test_a_nations_service_conference_is_no_name(nlp):
    for text in ("The Chilean Army Commanders' conference opened in Santiago on Monday.",
                 "Peru and Chile attended the Peru Navy Chiefs' conference in Lima."):
        assert framework_kinds(_extract(nlp, text)) == {}, text
