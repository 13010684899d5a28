""""X, who took over as army chief in May,", "X, who became <country>'s navy chief last year,", "X, who
was appointed <title> in January,", "X, the newly appointed <country adj> defence secretary,": a post
taken up, so held now, is the name's; not one the clause ends ("... and retired in 2019", "until
2022"), nor one not yet taken up ("the incoming army chief")."""

from __future__ import annotations

from extract_helpers import extract_text, holdings


def test_posts_taken_up_in_a_relative_clause(nlp):
    x = extract_text(nlp, "General Aivars Lode, who took over as Latvia's army chief in May, met Estonian Defence Minister "
                          "Kaarel Pold in Riga on Monday. Pold also met Admiral Ints Vilde, who became Latvia's navy chief "
                          "last year, and Colonel Juris Roze, who was appointed Chief of the Defence Staff of Latvia in "
                          "January.")
    found = holdings(x)
    assert ("Aivars Lode", "Army Chief", "LVA") in found
    assert ("Ints Vilde", "Navy Chief", "LVA") in found
    assert ("Juris Roze", "Chief of Defence Staff", "LVA") in found


def test_a_newly_appointed_post_in_apposition(nlp):
    x = extract_text(nlp, "Estonian Defence Minister Kaarel Pold met Dace Ozola, the newly appointed Latvian defence "
                          "secretary, in Riga on Monday.")
    assert ("Dace Ozola", "Defence Secretary", "LVA") in holdings(x)


def test_a_post_left_or_not_yet_taken_up_is_no_post(nlp):
    # must not fire: a clause that ends the post ("and retired", "until 2022"), an incoming holder
    x = extract_text(nlp, "Estonian Defence Minister Kaarel Pold met General Aivars Lode, who took over as Latvia's army "
                          "chief in 2015 and retired in 2019, Dace Ozola, who served as Latvia's defence minister until "
                          "2022, and Ints Vilde, the incoming Latvian navy chief, in Riga on Monday.")
    found = holdings(x)
    assert not any(p in ("Aivars Lode", "Dace Ozola", "Ints Vilde") for p, _, _ in found)
