"""A long-term programme titled by a head word and its target year, with no owner written before it:
"the deal supports Vision 2030", "Under Strategy 2035, ...", "in line with Agenda 2030". Not a
gathering named after it ("the Vision 2030 summit")."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_deal_supports_a_year_titled_vision(nlp):
    x = extract_text(nlp, "Defence Minister Faisal Al-Harbi said the industry deal supports Vision 2030.")
    assert framework_kinds(x).get("Vision 2030") == "Policy"


def test_fronted_under_a_year_titled_strategy(nlp):
    x = extract_text(nlp, "Under Strategy 2035, the ministry will buy four new frigates, Defence Minister Salim Haddad said.")
    assert framework_kinds(x).get("Strategy 2035") == "Policy"


def test_in_line_with_a_year_titled_agenda(nlp):
    x = extract_text(nlp, "The agreement was drafted in line with Agenda 2030 and the national defence plan, officials said.")
    assert framework_kinds(x).get("Agenda 2030") == "Policy"


def test_a_summit_named_after_it_is_no_policy(nlp):
    kinds = framework_kinds(extract_text(nlp, "Ministers met at the Vision 2030 summit in Ruritania on Monday."))
    assert "Vision 2030" not in kinds


def test_shortened_after_its_owners_title_is_the_same(nlp):
    x = extract_text(nlp, "The deal serves the goals of Ruritania Vision 2035. Ruritania has diversified its suppliers under Vision 2035.")
    kinds = framework_kinds(x)
    assert "Vision 2035" not in kinds
