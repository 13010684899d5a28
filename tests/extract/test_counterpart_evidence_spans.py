""""conferred with Minister Y, his Italian counterpart": the post Y takes from the counterpart
phrase is evidenced by the words from the name set off before "his" to "counterpart", a span of
the article (text[start:end] is the evidence), not an empty one running backwards."""

from __future__ import annotations

from extract_helpers import extract_text

TEXT = ("Defense Minister Han Jae-won held talks with his Polish counterpart, Tomasz Nowicki, who doubles as Poland's "
        "deputy prime minister, in Seoul on Wednesday. "
        "Nowicki arrived from Rome, where he had conferred with Minister Bellandi, his Italian counterpart, on Monday.")


def test_every_holding_is_evidenced_by_a_span_of_the_article(nlp):
    x = extract_text(nlp, TEXT)
    assert x.holdings
    for holding in x.holdings:
        ev = holding.evidence
        assert ev.start < ev.end and x.doc.text[ev.start : ev.end] == ev.text, (holding, ev)


def test_the_apposed_counterparts_post_is_evidenced_from_the_name_to_counterpart(nlp):
    x = extract_text(nlp, TEXT)
    names = {p.key: p.name for p in x.persons}
    texts = [h.evidence.text for h in x.holdings if names.get(h.person) == "Bellandi"]
    assert texts and all("Bellandi" in t and "counterpart" in t for t in texts)


def test_a_rank_told_beside_the_counterpart_is_a_second_post_not_the_shared_one(nlp):
    # "who doubles as deputy prime minister": the counterpart still holds the post of the one he met,
    # and his own counterpart shares that post, not the rank
    x = extract_text(nlp, TEXT)
    names = {p.key: p.name for p in x.persons}
    offices = {o.key: (o.title, o.country) for o in x.offices}
    held = {(names[h.person], *offices[h.office]) for h in x.holdings}
    assert {("Tomasz Nowicki", "Defence Minister", "POL"), ("Tomasz Nowicki", "Deputy Prime Minister", "POL"),
            ("Bellandi", "Defence Minister", "ITA")} <= held
    assert ("Bellandi", "Deputy Prime Minister", "ITA") not in held
