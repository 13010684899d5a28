"""One person and one meeting told by two articles of a week: a first given name written as an
initial, a patronymic dropped together with another spelling of a name, and a report of the meeting
held with neither date nor place after the announcement (names invented for these tests)."""

from __future__ import annotations

from diplokg.resolve import initials_variant, resolve


# -- a first given name as an initial, the next one written out


def test_a_first_given_name_as_an_initial_is_a_weak_variant():
    assert initials_variant("m tarequl alam", "mahbub tarequl alam")
    assert initials_variant("s rahim chowdhury", "sayed rahim chowdhury")
    assert not initials_variant("m tarequl alam", "mahbub tanvir alam")  # the written-out names differ
    assert not initials_variant("m tarequl alam", "m tarequl alam")
    assert not initials_variant("m tarequl alam", "mahbub tarequl islam")


def _navy_chiefs(article, title_a: str, title_b: str):
    a = article("a", f"Bangladesh {title_a} Admiral Mahbub Tarequl Alam will call on Admiral Ruben Castillo.", "2025-03-03")
    a.person("Mahbub Tarequl Alam", "BGD", title_a)
    b = article("b", f"Bangladesh {title_b} Admiral M. Tarequl Alam called on Admiral Ruben Castillo.", "2025-03-06")
    b.person("M. Tarequl Alam", "BGD", title_b)
    return resolve([a.x, b.x]).persons


def test_a_first_initial_merges_when_one_office_backs_it(article):
    (person,) = _navy_chiefs(article, "Navy Chief", "Navy Chief")
    assert person.label == "Mahbub Tarequl Alam"


def test_a_first_initial_with_another_office_stays_another_person(article):
    assert len(_navy_chiefs(article, "Navy Chief", "Army Chief")) == 2
