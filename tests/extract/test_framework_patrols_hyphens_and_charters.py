"""A name right after a described patrol, a hyphenated exercise name, and "its Charter" of the body
in view; each with a negative a careless rule would read as a framework."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_name_after_a_described_patrol_is_an_exercise(nlp):
    for text, name in (("The two navies run the coordinated patrol CHI-PER CORPAT twice a year.", "CHI-PER CORPAT"),
                       ("Chile and Peru conduct the coordinated patrol Andes Watch twice a year.", "Andes Watch")):
        assert framework_kinds(extract_text(nlp, text)) == {name: "Exercise"}, text


def test_patrol_as_a_verb_or_before_a_day_names_nothing(nlp):
    for text in ("The two navies will patrol Chilean waters next month.",
                 "Ships on a joint patrol Monday spotted a vessel.",
                 "The navies began a joint patrol in the Strait on Monday."):
        assert framework_kinds(extract_text(nlp, text)) == {}, text


def test_hyphenated_exercise_name_is_kept_whole(nlp):
    assert framework_kinds(extract_text(nlp, "The two armies hold the joint exercise Al-Nasr every year.")) == {"Al-Nasr": "Exercise"}


def test_its_charter_is_the_charter_of_the_body_in_view(nlp):
    x = extract_text(nlp, "Officials attended a meeting of the Andean Security Conclave (ASC) in Lima. The Conclave comprises "
                          "Chile, Peru and Ecuador. Its Charter was signed on August 30, 2024.")
    assert framework_kinds(x) == {"Andean Security Conclave": "Forum", "ASC Charter": "Agreement"}
    charter = next(f for f in x.frameworks if f.name == "ASC Charter")
    assert "Charter of the Andean Security Conclave" in charter.aliases


def test_its_charter_with_no_single_body_in_view_is_no_framework(nlp):
    for text in ("Chile hosted the talks. Its Charter was praised.",
                 "The Andean Security Conclave, which includes Chile and Peru, adopted its charter in 2022.",
                 "Officials attended the Andean Security Conclave and the Pacific Alliance summit. Its Charter was signed in 2020."):
        assert not any("Charter" in name for name in framework_kinds(extract_text(nlp, text))), text


def test_an_organisation_cooperation_goes_through_is_kept(nlp):
    for text, name in (("Gen Soto called for closer intelligence sharing through the Andean Pact and ECOWAS.", "ECOWAS"),
                       ("The two countries agreed to cooperate within the SCO on counter-terrorism.", "SCO")):
        assert framework_kinds(extract_text(nlp, text)).get(name) == "Organisation", text


def test_an_organisation_merely_named_as_a_means_is_dropped(nlp):
    assert framework_kinds(extract_text(nlp, "The ministers agreed to settle disputes through the UN.")) == {}


def test_a_summit_with_editions_is_a_forum(nlp):
    for text, name in (("Chile's engagement draws on the Chile-Andean Summit, whose first edition was held virtually in "
                        "January 2022.", "Chile-Andean Summit"),
                       ("The Lima Security Conference, whose 12th edition opens on Friday, draws ministers from 30 countries.",
                        "Lima Security Conference")):
        assert framework_kinds(extract_text(nlp, text)).get(name) == "Forum", text


def test_a_summit_with_an_agenda_is_no_forum(nlp):
    assert framework_kinds(extract_text(nlp, "Leaders gathered for the Chile-Andean Summit, whose agenda included trade.")) == {}
