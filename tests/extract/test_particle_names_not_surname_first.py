"""A three-word name with a capitalised particle ("Hamad Al Thani", "Ali Bin Said") is no surname-first
name: its first word is a given name, not a family name a lone mention shortens to (invented text);
a three-word name with no particle ("Lim Wei Ming") still is, as is a Vietnamese one whose middle name
is written like a European particle ("Phan Van Hung")."""

from __future__ import annotations

from datetime import date

from extract_helpers import article_mentions


def _spans(nlp, text: str) -> list[tuple[str, str]]:
    m = article_mentions(nlp, text, date(2025, 3, 12))
    names = {p.key: p.name for p in m.persons}
    return [(" ".join(t.text for t in m.tokens[s:e]), names[k]) for s, e, k in m.person_spans]


def test_capitalised_particle_name_is_not_surname_first(nlp):
    for full, given in (("Hamad Al Thani", "Hamad"), ("Ali Bin Said", "Ali")):
        text = (f"Ruritania's Defence Minister {full} met Borduria's Defence Minister Karl Brenner in Vienna "
                f"on Monday. {given} said the talks were useful.")
        assert (given, full) not in _spans(nlp, text), text


def test_three_word_name_with_no_particle_still_surname_first(nlp):
    for full, family in (("Lim Wei Ming", "Lim"), ("Phan Van Hung", "Phan")):
        text = (f"Ruritania's Defence Minister {full} met Borduria's Defence Minister Karl Brenner in Vienna "
                f"on Monday. {family} said the talks were useful.")
        assert (family, full) in _spans(nlp, text), text
