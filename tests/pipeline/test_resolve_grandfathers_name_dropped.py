"""A name of a given name, the father's and the grandfather's written short without the last and a
given name spelt in other vowels ("Birhanu Tolosa" for "Berhanu Tolosa Gemechu"): one person when
one office backs it (names invented for these tests)."""

from __future__ import annotations

from diplokg.resolve import last_word_dropped_vowel_variant, resolve


def test_last_word_dropped_with_a_vowel_variant_is_a_weak_variant():
    assert last_word_dropped_vowel_variant("birhanu tolosa", "berhanu tolosa gemechu")
    assert not last_word_dropped_vowel_variant("berhanu tolosa", "berhanu tolosa gemechu")  # same words: another rule
    assert not last_word_dropped_vowel_variant("birhanu tolosa", "berhanu gemechu tolosa")  # the father's name dropped
    assert not last_word_dropped_vowel_variant("dawit tolosa", "berhanu tolosa gemechu")  # another given name


def _chiefs(article, title_b: str):
    a = article("a", "Chief of General Staff Field Marshal Berhanu Tolosa Gemechu met Tomas Ibarra.", "2025-03-03")
    a.person("Berhanu Tolosa Gemechu", "ETH", "Chief of General Staff")
    b = article("b", f"Ethiopia's {title_b} Birhanu Tolosa met Tomas Ibarra.", "2025-03-06")
    b.person("Birhanu Tolosa", "ETH", title_b)
    return resolve([a.x, b.x]).persons


def test_merge_when_one_office_backs_it(article):
    (person,) = _chiefs(article, "Chief of General Staff")
    assert person.label == "Berhanu Tolosa Gemechu"


def test_another_office_stays_apart(article):
    assert len(_chiefs(article, "Interior Minister")) == 2
