"""A name written with its initial glued to the surname ("B.Tumurbaatar", "Ts.Dorjsuren", as
Mongolian and Central Asian releases write them) is a full name: one person, no rank in it, found
after a rank too; the surname alone names the same person later. On sentences written for these tests."""

from __future__ import annotations

from extract_helpers import extract_text, holdings, person_names


def test_a_glued_digraph_initial_after_a_rank_and_title(nlp):
    x = extract_text(nlp, "The delegation, which included Chief of the General Staff of the Mongolian Armed Forces "
                          "Major General Ts.Dorjsuren, also visited the National Defence College in Hanoi.")
    assert person_names(x) == ["Ts.Dorjsuren"]
    assert ("Ts.Dorjsuren", "Chief of General Staff", "MNG") in holdings(x)


def test_glued_initials_after_ranks_name_people_and_the_surname_follows(nlp):
    x = extract_text(nlp, "Minister of Defence of Mongolia Ch.Ganbaatar held talks with Lt Gen Sh.Tumurbaatar and "
                          "Brigadier General B.Erdenechuluun in Ulaanbaatar on Monday. Tumurbaatar said the talks went well.")
    names = person_names(x)
    assert {"Ch.Ganbaatar", "Sh.Tumurbaatar", "B.Erdenechuluun"} <= set(names)
    assert not any(n.startswith(("Gen", "General", "Ch ", "Sh ")) or n in ("Ch", "Sh", "Tumurbaatar") for n in names)
    assert ("Ch.Ganbaatar", "Defence Minister", "MNG") in holdings(x)


def test_a_spaced_initial_stays_as_before(nlp):
    x = extract_text(nlp, "Defence Minister Karl Heisterberg met Major General A. Rustamkhan in Tashkent on Monday.")
    assert "A. Rustamkhan" in person_names(x)
