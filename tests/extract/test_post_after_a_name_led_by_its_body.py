"""A post written after a name in commas is the holder's also when the body it is of opens it: an
organisation, with or without a possessive or "the" ("X, NATO's Secretary General,", "X, the ASEAN
secretary-general,"), a force named round its country ("X, the Royal Ruritanian Navy chief,") or a
force in lower case after its country ("X, the Chilean navy's commander-in-chief,"). The lexicon
also reads "Deputy Secretary General" whole and the one-star naval rank "First Admiral"."""

from __future__ import annotations

from extract_helpers import extract_text, person_names, posts_held


def _posts(nlp, text: str, name: str) -> list[tuple[str, str, str | None]]:
    return posts_held(extract_text(nlp, text)).get(name, [])


def test_organisations_possessive_before_the_title(nlp):
    posts = _posts(nlp, "Ilse Vaher, NATO's Secretary General, visited Tallinn on Monday.", "Ilse Vaher")
    assert ("Secretary-General", "", "NATO") in posts


def test_organisation_after_the_before_a_lower_case_title(nlp):
    posts = _posts(nlp, "Rudi Santosa, the ASEAN secretary-general, toured the port of Manila on Friday.", "Rudi Santosa")
    assert ("Secretary-General", "", "ASEAN") in posts


def test_deputy_secretary_general_is_read_whole(nlp):
    for text in ("Ilse Vaher, the NATO deputy secretary general, visited Tallinn on Monday.",
                 "NATO Deputy Secretary General Ilse Vaher visited Tallinn on Monday.",
                 "The Deputy Secretary General of NATO, Ilse Vaher, visited Tallinn on Monday."):
        assert ("Deputy Secretary-General", "", "NATO") in _posts(nlp, text, "Ilse Vaher"), text


def test_royal_force_named_round_its_country(nlp):
    posts = _posts(nlp, "Vice Admiral Omar Latif, the Royal Malaysian Navy chief, arrived in Jakarta on Monday.", "Omar Latif")
    assert ("Navy Chief", "MYS", None) in posts


def test_lower_case_force_possessed_after_its_country(nlp):
    posts = _posts(nlp, "Admiral Tomas Reyes, the Chilean navy's commander-in-chief, arrived in Lima on Monday.", "Tomas Reyes")
    assert ("Commander-in-Chief", "CHL", None) in posts


def test_first_admiral_is_a_rank_before_the_name(nlp):
    x = extract_text(nlp, "The commander of the Royal Brunei Navy, First Admiral Hadi Rosli, arrived in Manila on Tuesday.")
    assert "Hadi Rosli" in person_names(x)
    assert ("Navy Commander", "BRN", None) in posts_held(x).get("Hadi Rosli", [])


def test_organisations_post_is_not_the_visitors_who_meets_its_holder(nlp):
    x = extract_text(nlp, "Estonian Defence Minister Arvo Kask met NATO's Secretary General Ilse Vaher in Brussels on Monday.")
    assert not any(t == "Secretary-General" for t, _, _ in posts_held(x).get("Arvo Kask", []))
    assert ("Secretary-General", "", "NATO") in posts_held(x).get("Ilse Vaher", [])
