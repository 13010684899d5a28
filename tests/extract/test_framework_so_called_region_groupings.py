"""A grouping "so-called" by a region and a number, with its acronym and a grouping noun in an
apposition ("the so-called Asia-Pacific Three (AP3), a group of ... comprising A, B"); a region alone
so-called is no grouping."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds, membership_triples


def test_region_and_number_with_acronym_and_apposed_group(nlp):
    text = ("Peru and Chile are also part of the so-called Asia-Pacific Three (AP3), a group of Pacific partners comprising "
            "Peru, Chile and Mexico, whose leaders met in Lima.")
    x = extract_text(nlp, text)
    fw = {f.name: f for f in x.frameworks}
    assert fw["Asia-Pacific Three"].kind == "Forum"
    assert "AP3" in fw["Asia-Pacific Three"].aliases or fw["Asia-Pacific Three"].acronym == "AP3"
    assert {(iso, "Asia-Pacific Three", "member") for iso in ("PER", "CHL", "MEX")} <= membership_triples(x)


def test_a_region_alone_is_no_grouping(nlp):
    text = "Peru and Chile watch the so-called Asia-Pacific (AP), a region of rivals comprising Peru, Chile and Mexico."
    assert "Asia-Pacific" not in framework_kinds(extract_text(nlp, text))
