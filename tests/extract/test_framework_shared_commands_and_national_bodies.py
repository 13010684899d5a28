"""Commands named after a region of several states, pair-named roundtables and activities, dated goals and programmes, and
one state's own councils and institutes (not frameworks), on invented sentences."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import extract_text, framework_kinds

_extract = partial(extract_text, published=date(2025, 3, 12))


def test_command_named_after_a_region_of_several_states(nlp):
    x = _extract(nlp, "Bogota is investing in the South American Air Defence Command (SAADC), which it runs with Lima, "
                      "and the Western Naval Command hosted a frigate.")
    kinds = framework_kinds(x)
    assert kinds.get("South American Air Defence Command") == "Organisation"
    assert "Western Naval Command" not in kinds  # one state's command


def test_pair_named_roundtable_and_activity(nlp):
    x = _extract(nlp, "The minister will address the Chile-Peru Defence Industry Roundtable in Lima. The two navies held "
                      "the first Chile-Peru Maritime Cooperative Activity in May. Firms also met at the annual Defence "
                      "Industry Roundtable organised by a trade society.")
    kinds = framework_kinds(x)
    assert kinds.get("Chile-Peru Defence Industry Roundtable") == "Forum"
    assert kinds.get("Chile-Peru Maritime Cooperative Activity") == "Exercise"
    assert "Defence Industry Roundtable" not in kinds  # no pair of states: a trade event


def test_lowercase_pair_roundtable(nlp):
    x = _extract(nlp, "The ministers met on the sidelines of a Chile-Peru defence industry roundtable in Lima on Tuesday.")
    assert framework_kinds(x).get("Chile-Peru defence industry roundtable") == "Forum"


def test_goal_with_its_year_is_a_policy(nlp):
    x = _extract(nlp, "The navy is being modernised under Forces Goal 2035, the long-term plan of the Ghanaian armed forces.")
    assert framework_kinds(x).get("Forces Goal 2035") == "Policy"


def test_programme_keeps_the_one_year_it_covers(nlp):
    x = _extract(nlp, "At its conclusion, the three ministers signed the Joint Programme of Military Cooperation for 2028, "
                      "which provides for exchanges.")
    kinds = framework_kinds(x)
    assert "Joint Programme of Military Cooperation for 2028" in kinds
    assert "Joint Programme of Military Cooperation" not in kinds


def test_national_council_and_one_states_institute_are_not_frameworks(nlp):
    x = _extract(nlp, "The minister spoke with the adviser, according to the National Security Council, which said the talks "
                      "went well. The general will visit the Ghana Institute of Peacekeeping Studies (GIPS) in Accra on "
                      "Saturday. Analysts at the International Institute for Strategic Studies (IISS) agreed.")
    kinds = framework_kinds(x)
    assert "National Security Council" not in kinds
    assert "Ghana Institute of Peacekeeping Studies" not in kinds
    assert kinds.get("International Institute for Strategic Studies") == "Organisation"


def test_central_state_organ_is_no_framework_but_a_regions_body_is(nlp):
    x = _extract(nlp, "The general serves on the Central Military Commission, which oversees the armed forces. Defence "
                      "chiefs met at the Central Asian Defence Council in Astana on Monday.")
    kinds = framework_kinds(x)
    assert "Central Military Commission" not in kinds
    assert "Central Asian Defence Council" in kinds
