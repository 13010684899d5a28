"""An Iberian name written short by dropping both a second given name and the second surname
("Ignacio Ferrán" for "Ignacio Tomás Ferrán Olmedo"): one person when one office backs it (names
invented for these tests)."""

from __future__ import annotations

from diplokg.resolve import second_surname_dropped, resolve


def test_a_second_given_name_and_a_second_surname_dropped_is_a_weak_variant():
    assert second_surname_dropped("ignacio ferran", "ignacio tomas ferran olmedo")
    assert second_surname_dropped("ignacio ferran", "ignacio ferran olmedo")  # the second surname alone
    assert not second_surname_dropped("ignacio olmedo", "ignacio tomas ferran olmedo")  # the second surname kept
    assert not second_surname_dropped("tomas ferran", "ignacio tomas ferran olmedo")  # the first given name dropped
    assert not second_surname_dropped("ignacio ferran", "ignacio tomas ferran")  # a middle name alone: a short form


def _defence_ministers(article, title_b: str):
    a = article("a", "Uruguay's Defence Minister Ignacio Tomás Ferrán Olmedo will meet Tomas Ibarra.", "2025-03-03")
    a.person("Ignacio Tomás Ferrán Olmedo", "URY", "Defence Minister")
    b = article("b", f"Uruguayan {title_b} Ignacio Ferrán met Tomas Ibarra.", "2025-03-06")
    b.person("Ignacio Ferrán", "URY", title_b)
    return resolve([a.x, b.x]).persons


def test_both_dropped_merge_when_one_office_backs_it(article):
    (person,) = _defence_ministers(article, "Defence Minister")
    assert person.label == "Ignacio Tomás Ferrán Olmedo"


def test_both_dropped_with_another_office_stay_apart(article):
    assert len(_defence_ministers(article, "Interior Minister")) == 2
