"""One person and one meeting told by two articles of a week: a first given name written as an
initial, a patronymic dropped together with another spelling of a name, and a report of the meeting
held with neither date nor place after the announcement (names invented for these tests)."""

from __future__ import annotations

from diplokg.resolve import dropped_middle_spelling_variant, initials_variant, resolve


# -- a first given name as an initial, the next one written out


def test_a_first_given_name_as_an_initial_is_a_weak_variant():
    assert initials_variant("m tarequl alam", "mahbub tarequl alam")
    assert initials_variant("s rahim chowdhury", "sayed rahim chowdhury")
    assert not initials_variant("m tarequl alam", "mahbub tanvir alam")  # the written-out names differ
    assert not initials_variant("m tarequl alam", "m tarequl alam")
    assert not initials_variant("m tarequl alam", "mahbub tarequl islam")


def _persons_told_twice(article, country: str, first: tuple[str, str, str], second: tuple[str, str, str]):
    """The resolved persons of two articles three days apart, each naming one person (text, name, title)."""
    extractions = []
    for doc_id, day, (text, name, title) in (("a", "2025-03-03", first), ("b", "2025-03-06", second)):
        x = article(doc_id, text, day)
        x.person(name, country, title)
        extractions.append(x.x)
    return resolve(extractions).persons


def _navy_chiefs(article, title_a: str, title_b: str):
    return _persons_told_twice(
        article, "BGD",
        (f"Bangladesh {title_a} Admiral Mahbub Tarequl Alam will call on Admiral Ruben Castillo.", "Mahbub Tarequl Alam", title_a),
        (f"Bangladesh {title_b} Admiral M. Tarequl Alam called on Admiral Ruben Castillo.", "M. Tarequl Alam", title_b))


def test_a_first_initial_merges_when_one_office_backs_it(article):
    (person,) = _navy_chiefs(article, "Navy Chief", "Navy Chief")
    assert person.label == "Mahbub Tarequl Alam"


def test_a_first_initial_with_another_office_stays_another_person(article):
    assert len(_navy_chiefs(article, "Navy Chief", "Army Chief")) == 2


# -- a patronymic dropped and a name spelt otherwise


def test_a_dropped_patronymic_with_another_spelling_is_a_weak_variant():
    assert dropped_middle_spelling_variant("arkady volkonsky", "arkadiy pavlovich volkonsky")
    assert dropped_middle_spelling_variant("timur zhaksylykov", "timur bolatovich dzhaksylykov")
    assert not dropped_middle_spelling_variant("arkady volkonsky", "arkady pavlovich volkonsky")  # a plain short form
    assert not dropped_middle_spelling_variant("arkady volkonsky", "boris pavlovich volkonsky")
    assert not dropped_middle_spelling_variant("arkady volkov", "arkady pavlovich volkonsky")


def _deputy_ministers(article, title_a: str, title_b: str):
    return _persons_told_twice(
        article, "RUS",
        (f"Russia's {title_a} Arkadiy Pavlovich Volkonsky will meet Ruben Castillo.", "Arkadiy Pavlovich Volkonsky", title_a),
        (f"Russian {title_b} Arkady Volkonsky met Ruben Castillo.", "Arkady Volkonsky", title_b))


def test_a_dropped_patronymic_with_another_spelling_merges_when_one_office_backs_it(article):
    (person,) = _deputy_ministers(article, "Deputy Defence Minister", "Deputy Defence Minister")
    assert person.label == "Arkadiy Pavlovich Volkonsky"


def test_a_dropped_patronymic_with_another_spelling_and_another_office_stays_apart(article):
    assert len(_deputy_ministers(article, "Deputy Defence Minister", "Ambassador")) == 2


# -- a meeting announced for a day, reported held a few days later with neither date nor place


def _announced_then_reported(article, reported_on: str, held_place: str | None = None):
    a = article("a", "Ruben Castillo will meet Tomas Ibarra in Asuncion on Wednesday.", "2025-03-03")
    a.meeting(a.person("Ruben Castillo", "URY"), a.person("Tomas Ibarra", "PRY"),
              "Ruben Castillo will meet Tomas Ibarra in Asuncion on Wednesday.", date="2025-03-05", place="Asuncion",
              status="planned")
    text = "Tomas Ibarra held talks with Ruben Castillo at the Defence Ministry" + (f" in {held_place}." if held_place else ".")
    b = article("b", text, reported_on)
    b.meeting(b.person("Tomas Ibarra", "PRY"), b.person("Ruben Castillo", "URY"), text, place=held_place)
    return resolve([a.x, b.x]).meetings


def test_an_undated_unplaced_report_days_after_the_planned_day_is_that_meeting_held(article):
    (meeting,) = _announced_then_reported(article, "2025-03-07")
    assert meeting.docs() == {"a", "b"}
    assert meeting.first("status") == "held"
    assert meeting.first("date") == "2025-03-05"


def test_a_report_weeks_later_before_the_day_or_elsewhere_is_another_meeting(article):
    assert len(_announced_then_reported(article, "2025-03-28")) == 2
    assert len(_announced_then_reported(article, "2025-03-04")) == 2
    assert len(_announced_then_reported(article, "2025-03-07", held_place="Encarnacion")) == 2
