"""A person known by one name after a title ("Prime Minister Lord X", as Tongan nobles are named)
and named again with a title or a clause of his post ("Lord X, who also serves as ...") is one
person, holding both posts: not a second person of the same one name. On sentences written for
these tests (invented names)."""

from __future__ import annotations

from extract_helpers import extract_text, holdings, person_names


def test_a_peer_named_again_with_a_who_clause(nlp):
    x = extract_text(nlp, "British Defence Secretary Karl Heisterberg met Fijian Prime Minister Lord Maliepo in Suva "
                          "on Wednesday.\n\nLord Maliepo, who is also the defence minister, thanked Britain for its support.\n")
    assert person_names(x).count("Maliepo") == 1
    assert {("Maliepo", "Prime Minister", "FJI"), ("Maliepo", "Defence Minister", "FJI")} <= holdings(x)


def test_a_peer_named_again_holding_a_portfolio(nlp):
    x = extract_text(nlp, "Tonga's Prime Minister Lord Vakameli received Australian Defence Minister Karl Heisterberg "
                          "in Nuku'alofa on Monday. Lord Vakameli, who also holds the defence portfolio, said ties were strong.")
    assert person_names(x).count("Vakameli") == 1


def test_a_peer_named_again_after_a_second_title(nlp):
    x = extract_text(nlp, "Samoan Prime Minister Lord Tuilagimo held talks with New Zealand Defence Minister Karl "
                          "Heisterberg in Apia on Tuesday. Later, Minister of Defence Lord Tuilagimo hosted a dinner "
                          "for the delegation.")
    assert person_names(x).count("Tuilagimo") == 1
    assert ("Tuilagimo", "Defence Minister", "WSM") in holdings(x)


def test_two_peers_of_two_names_stay_two(nlp):
    # near case: another one name after another title is another person
    x = extract_text(nlp, "Tonga's Prime Minister Lord Vakameli received Australian Defence Minister Karl Heisterberg "
                          "in Nuku'alofa on Monday. Foreign Minister Lord Tuilagimo also attended the talks, and "
                          "Lord Vakameli, who also holds the defence portfolio, thanked the guests.")
    names = person_names(x)
    assert names.count("Vakameli") == 1 and names.count("Tuilagimo") == 1
