"""A lowercase plan or road map ("road map" or "roadmap") once signed or adopted is named by its
topic, or, with none, by the period it counts ("adopted a three-year road map covering X"); a road
map only when it counts its period (a "roadmap for 2027" is a step of talks, no document); not one
only discussed or still to be signed, nor a "road map of" a place or a bare "map"."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_period_counted_plan_without_a_topic(nlp):
    cases = {
        "The joint committee of Chile and Peru adopted a five-year road map covering pilot training and logistics.": "five-year road map",
        "Chile and Peru approved a two-year plan at the end of the talks in Lima.": "two-year plan",
        "The two navies signed an 18-month roadmap, the ministry of Peru said.": "18-month roadmap",
    }
    for text, name in cases.items():
        assert framework_kinds(extract_text(nlp, text)).get(name) == "Agreement", text


def test_road_map_named_by_its_topic(nlp):
    cases = {
        "Chile and Peru signed a five-year roadmap for naval cooperation.": "five-year roadmap for naval cooperation",
        "Chile and Peru signed a two-year road map on defence industrial cooperation in Lima.":
            "two-year road map on defence industrial cooperation",
    }
    for text, name in cases.items():
        assert framework_kinds(extract_text(nlp, text)).get(name) == "Agreement", text


def test_road_map_discussed_planned_or_of_a_place_is_no_name(nlp):
    for text in ("The ministers of Chile and Peru discussed a three-year road map.",
                 "The ministers of Chile and Peru will sign a two-year plan next month.",
                 "The officers of Chile and Peru signed a map of the border area.",
                 "The officers of Chile and Peru studied a road map of the border.",
                 "Chile and Peru signed a roadmap for 2027 on naval exercises.",
                 "The ministers of Chile and Peru adopted a road map for a joint exercise on oil-spill response."):
        kinds = framework_kinds(extract_text(nlp, text))
        assert not any("map" in n or "plan" in n for n in kinds), (text, kinds)
