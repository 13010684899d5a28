"""Name linking against the fixture's labels: exact, alias, surname, given name, fuzzy, ambiguity."""

from __future__ import annotations

import pytest

from diplokg.linking import AmbiguousName, UnknownName, normalise

P = "https://w3id.org/diplokg/id/person/"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dr. Abdulla Khaleel", "abdulla khaleel"),
        ("H.E. Mohamed Ghassan Maumoon", "mohamed ghassan maumoon"),
        ("India’s", "india"),
        ("ADMM-Plus", "admm plus"),
        ("  Shri  Rajesh Kumar Singh ", "rajesh kumar singh"),
        ("Dr", "dr"),  # an honorific alone stays: it is all there is
        ("Crown Prince Mohammed bin Salman", "mohammed bin salman"),
    ],
)
def test_normalise(text, expected):
    assert normalise(text) == expected


def test_titles_keep_their_leading_words():
    assert normalise("Crown Prince", honorifics=False) == "crown prince"
    assert normalise("Air Marshal", honorifics=False) == "air marshal"


@pytest.mark.parametrize(
    ("name", "iri", "how"),
    [
        ("Abdulla Khaleel", P + "abdulla-khaleel", "exact"),
        ("abdulla khalil", P + "abdulla-khaleel", "exact"),  # an altLabel
        ("Dr Abdulla Khaleel", P + "abdulla-khaleel", "exact"),
        ("Khaleel", P + "abdulla-khaleel", "part"),
        ("khalil", P + "abdulla-khaleel", "part"),  # surname of the altLabel
        ("Rajnath", P + "rajnath-singh", "part"),  # a given name alone
        ("Ghassan Maumoon", P + "mohamed-ghassan-maumoon", "part"),
        ("Khaleell", P + "abdulla-khaleel", "fuzzy"),
        ("Abdula Khaleel", P + "abdulla-khaleel", "fuzzy"),
    ],
)
def test_person_links(fixture_linker, name, iri, how):
    link = fixture_linker.link(name, "person")
    assert [e.iri for e in link.entities] == [iri]
    assert link.how == how


def test_surname_of_two_people_is_ambiguous_and_each_is_described(fixture_linker):
    link = fixture_linker.link("Singh", "person")
    assert link.ambiguous
    assert {e.label for e in link.entities} == {"Rajesh Kumar Singh", "Rajnath Singh"}
    assert {e.described for e in link.entities} == {
        "Rajesh Kumar Singh (Defence Secretary of India)",
        "Rajnath Singh (Defence Minister of India)",
    }
    with pytest.raises(AmbiguousName) as caught:
        fixture_linker.resolve_one("singh", "person")
    assert "Rajesh Kumar Singh" in str(caught.value) and "Rajnath Singh" in str(caught.value)


def test_sing_is_not_singh(fixture_linker):
    assert [e.label for e in fixture_linker.link("Sing", "person").entities] == ["Chan Chun Sing"]


def test_kind_restricts_the_candidates(fixture_linker):
    assert [e.label for e in fixture_linker.link("India", "country").entities] == ["India"]
    assert fixture_linker.link("India", "person").entities == []
    assert [e.label for e in fixture_linker.link("HLCG", "framework").entities] == ["High-Level Core Group"]
    assert [e.label for e in fixture_linker.link("Mutual and Holistic Advancement for Security and Growth Across Regions", "framework").entities] == ["MAHASAGAR"]


def test_unknown_name_suggests_the_closest_names(fixture_linker):
    assert [e.label for e in fixture_linker.resolve("Rajnat Sing", "person")] == ["Rajnath Singh"]  # close enough
    with pytest.raises(UnknownName) as caught:
        fixture_linker.resolve("Rajendra Singhal", "person")
    assert caught.value.suggestions and set(caught.value.suggestions) <= {e.label for e in fixture_linker.entities.values()}
    assert "Rajnath Singh" in caught.value.suggestions or "Rajesh Kumar Singh" in caught.value.suggestions
    with pytest.raises(UnknownName) as caught:
        fixture_linker.resolve("Barack Obama", "person")
    assert "no person called 'Barack Obama'" in str(caught.value)


def test_office_title_spelling_comes_from_the_store(fixture_linker):
    assert fixture_linker.office_title("defence minister") == "Defence Minister"
    assert fixture_linker.office_title("Secretary of Defense") == "Secretary of Defence"  # fuzzy: US spelling
    with pytest.raises(UnknownName):
        fixture_linker.office_title("Astronaut")


def _people(*rows: tuple[str, list[str]]):
    from diplokg.linking import Entity, Linker

    entities = {}
    for label, alt in rows:
        iri = P + label.lower().replace(" ", "-")
        names = {label: "label", **{a: "altLabel" for a in alt}}
        entities[iri] = Entity(iri=iri, label=label, kinds={"Person"}, names=names)
    return Linker(entities)


def test_a_one_word_short_form_one_article_used_does_not_hide_the_namesakes():
    # One article called its Singh "Singh" (so that one-word altLabel exists); another Singh has none.
    linker = _people(("Aravind Kumar Singh", ["Singh", "A K Singh"]), ("Baldev Singh", []), ("Chitra Rao", []))
    assert {e.label for e in linker.link("Singh", "person").entities} == {"Aravind Kumar Singh", "Baldev Singh"}
    # a one-word name that is someone's own label is that person (a mononym), not every namesake
    mononym = _people(("Suharto", []), ("Tommy Suharto", []))
    assert [e.label for e in mononym.link("Suharto", "person").entities] == ["Suharto"]
    # a several-word alternative name stays exact
    assert [e.label for e in linker.link("A K Singh", "person").entities] == ["Aravind Kumar Singh"]
