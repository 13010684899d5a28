""""Assistant" before a title is a post below it ("the Assistant Chief of the General Staff of
the Danish Army, Major General X"), as "Deputy" and "Vice" are; and a post of several words of a
country's force is also written without the force ("Assistant Chief of the General Staff"). On
sentences written for these tests."""

from __future__ import annotations

from extract_helpers import extract_text, holdings

TEXT = (
    "The talks were co-chaired by the Chief of the General Staff of the Danish Army, General Tobias Renwick, "
    "and the Assistant Chief of the General Staff of the Danish Army, Major General Owen Thackeray."
)


def _forms(x, person: str) -> set[str]:
    names = {p.key: p.name for p in x.persons}
    offices = {o.key: o for o in x.offices}
    return {form for h in x.holdings if names[h.person] == person
            for form in (offices[h.office].title, *offices[h.office].aliases)}


def test_assistant_chief_is_not_the_chief(nlp):
    x = extract_text(nlp, TEXT)
    assert ("Owen Thackeray", "Assistant Chief of General Staff", "DNK") in holdings(x)
    assert ("Tobias Renwick", "Chief of General Staff", "DNK") in holdings(x)
    assert not any(t.startswith("Chief") for p, t, _ in holdings(x) if p == "Owen Thackeray")


def test_the_post_is_also_written_without_the_force(nlp):
    x = extract_text(nlp, TEXT)
    assert "Assistant Chief of the General Staff" in _forms(x, "Owen Thackeray")
    assert "Chief of the General Staff" in _forms(x, "Tobias Renwick")
