""""the Plan of Military Cooperation for 2027-2028", and with its parties written before the period
("... between the Ministries of Defence of A and B for 2027-2028"): a plan of cooperation titled with
the period it covers is a document, the parties inside its title; not a plan without a period
(invented sentences)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_plan_of_cooperation_for_a_period(nlp):
    for text, name in (
            ("Chile and Peru signed the Plan of Military Cooperation for 2027-2028 on Monday.",
             "Plan of Military Cooperation for 2027-2028"),
            ("At the end of the talks, the ministers signed the Plan of Military Cooperation between the Ministries of "
             "Defence of Chile and Peru for 2027-2028.",
             "Plan of Military Cooperation between the Ministries of Defence of Chile and Peru for 2027-2028"),
            ("The Plan of Bilateral Military Cooperation between the Armed Forces of Chile and the Republic of Peru for "
             "2028 was signed in Lima.",
             "Plan of Bilateral Military Cooperation between the Armed Forces of Chile and the Republic of Peru for 2028")):
        kinds = framework_kinds(extract_text(nlp, text))
        assert kinds.get(name) == "Agreement", (text, kinds)


def test_plan_between_parties_without_a_period_is_no_title(nlp):
    kinds = framework_kinds(extract_text(nlp, "They discussed the Plan of Military Cooperation between the Ministries of "
                                              "Defence of Chile and Peru for the coming years."))
    assert not any("between" in k for k in kinds), kinds
