"""A grouping "so-called" by a region and a number, with its acronym and a grouping noun in an
apposition ("the so-called Asia-Pacific Three (AP3), a group of ... comprising A, B"); a region alone
so-called is no grouping."""

from __future__ import annotations

from datetime import date

from extract_helpers import article_mentions, extract_text, framework_kinds, membership_triples

from diplokg.facts import _so_called_groupings, _State


def test_region_and_number_with_acronym_and_apposed_group(nlp):
    text = ("Peru and Chile are also part of the so-called Asia-Pacific Three (AP3), a group of Pacific partners comprising "
            "Peru, Chile and Mexico, whose leaders met in Lima.")
    x = extract_text(nlp, text)
    fw = {f.name: f for f in x.frameworks}
    assert fw["Asia-Pacific Three"].kind == "Forum"
    assert "AP3" in fw["Asia-Pacific Three"].aliases or fw["Asia-Pacific Three"].acronym == "AP3"
    assert {(iso, "Asia-Pacific Three", "member") for iso in ("PER", "CHL", "MEX")} <= membership_triples(x)


def test_a_quoted_name_takes_the_acronym_after_its_closing_quote(nlp):
    # the so-called rule alone (in the whole pipeline another rule may claim the name first)
    text = ("Peru and Chile are also part of the so-called \"Pacific Trio\" (PT3), a group of Pacific partners "
            "comprising Peru, Chile and Mexico, whose leaders met in Lima.")
    st = _State(article_mentions(nlp, text, date(2025, 3, 12)))
    _so_called_groupings(st)
    fw = {f.name: f for f in st.frameworks.values()}
    assert "PT3" in fw["Pacific Trio"].aliases or fw["Pacific Trio"].acronym == "PT3"


def test_a_region_alone_is_no_grouping(nlp):
    text = "Peru and Chile watch the so-called Asia-Pacific (AP), a region of rivals comprising Peru, Chile and Mexico."
    assert "Asia-Pacific" not in framework_kinds(extract_text(nlp, text))
