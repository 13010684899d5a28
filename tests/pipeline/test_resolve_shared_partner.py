"""A person one article names without the post or country that would tie the name to anyone
("Minister Quillan met X", "General Odera Benteke held talks with X" in a story that never says
whose), another article names in full with a post: the one person of that name who met the same
X is that person (names invented for these tests)."""

from __future__ import annotations

from diplokg.resolve import resolve


def _announced(article, name: str = "Tarun Vasant Quillan"):
    text = f"India's Defence Minister {name} will visit Hanoi for talks with Vietnam's Defence Minister Pham Duc Loan."
    a = article("a", text, "2025-03-03")
    a.meeting(a.person(name, "IND", "Defence Minister"), a.person("Pham Duc Loan", "VNM", "Defence Minister"),
              text, date="2025-03-05", place="Hanoi", status="planned")
    return a


def _reported(article, surface: str, doc_id: str = "b", partner: str = "Pham Duc Loan"):
    text = f"{partner} met {surface} in Hanoi on Wednesday."
    b = article(doc_id, text, "2025-03-06")
    b.meeting(b.person(partner, "VNM"), b.person(surface), text, date="2025-03-05", place="Hanoi")
    return b


def _labels(graph) -> list[str]:
    return sorted(p.label for p in graph.persons)


def test_a_surname_alone_who_met_the_same_partner_is_the_full_named_person(article):
    g = resolve([_announced(article).x, _reported(article, "Quillan").x])
    assert _labels(g) == ["Pham Duc Loan", "Tarun Vasant Quillan"]
    assert len(g.meetings) == 1


def test_a_dropped_middle_name_without_country_who_met_the_same_partner_is_one_person(article):
    g = resolve([_announced(article).x, _reported(article, "Tarun Quillan").x])
    assert _labels(g) == ["Pham Duc Loan", "Tarun Vasant Quillan"]
    assert len(g.meetings) == 1


def test_a_surname_alone_who_met_someone_else_stays_apart(article):
    g = resolve([_announced(article).x, _reported(article, "Quillan", partner="Ilse Brandvik").x])
    assert "Quillan" in _labels(g)


def test_a_surname_two_people_share_who_both_met_the_partner_stays_apart(article):
    # Two Quillans met Pham Duc Loan: "Quillan" alone may be either.
    other = article("c", "India's Foreign Secretary Meera Quillan will meet Pham Duc Loan.", "2025-03-04")
    other.meeting(other.person("Meera Quillan", "IND", "Foreign Secretary"), other.person("Pham Duc Loan", "VNM"),
                  "India's Foreign Secretary Meera Quillan will meet Pham Duc Loan.", status="planned")
    g = resolve([_announced(article).x, other.x, _reported(article, "Quillan").x])
    assert "Quillan" in _labels(g)


def test_another_given_name_who_met_the_same_partner_stays_apart(article):
    g = resolve([_announced(article).x, _reported(article, "Meera Quillan").x])
    assert "Meera Quillan" in _labels(g) and "Tarun Vasant Quillan" in _labels(g)


def _courtesy_call(article, surface: str, partner: str = "Pham Duc Loan"):
    text = f"{partner} paid a courtesy call on Field Marshal {surface} in Addis Ababa on Thursday."
    c = article("c", text, "2025-03-07")
    c.meeting(c.person(partner, "VNM"), c.person(surface), text, date="2025-03-06", place="Addis Ababa")
    return c


def _to_meet(article, name: str = "Tadesse Worku"):
    text = f"Vietnam's Defence Minister Pham Duc Loan is also expected to meet Ethiopia's Chief of General Staff, Field Marshal {name}."
    a = article("a", text, "2025-03-03")
    a.meeting(a.person("Pham Duc Loan", "VNM", "Defence Minister"), a.person(name, "ETH", "Chief of General Staff"),
              text, status="planned")
    return a


def test_a_name_with_a_last_name_more_who_met_the_same_partner_is_one_person(article):
    # an Ethiopian name with and without the grandfather's name, the given name spelt otherwise
    g = resolve([_to_meet(article).x, _courtesy_call(article, "Tedesse Worku Abera").x])
    assert len(_labels(g)) == 2 and "Pham Duc Loan" in _labels(g)


def test_a_name_with_another_last_name_more_stays_apart(article):
    g = resolve([_to_meet(article).x, _courtesy_call(article, "Tadesse Alemu Abera").x])
    assert "Tadesse Alemu Abera" in _labels(g)


def test_a_name_with_a_last_name_more_who_met_someone_else_stays_apart(article):
    g = resolve([_to_meet(article).x, _courtesy_call(article, "Tedesse Worku Abera", partner="Ilse Brandvik").x])
    assert "Tedesse Worku Abera" in _labels(g)
