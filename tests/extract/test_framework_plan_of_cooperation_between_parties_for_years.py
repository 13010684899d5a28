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


def test_one_year_programme_then_where_signed(nlp):
    x = extract_text(nlp, "Kazakh Defence Minister Nurlan Zhaksybekov and Uzbek Defence Minister Bakhtiyor Rashidov signed the Bilateral Defence Cooperation Programme for 2026 in Astana on 2 March.")
    assert "Bilateral Defence Cooperation Programme for 2026" in framework_kinds(x)


def test_one_year_plan_then_when_signed(nlp):
    x = extract_text(nlp, "The Plan of Military Cooperation for 2027 was signed on 4 March by Ruritanian Defence Minister Ivo Marek and Serbian Defence Minister Dragan Ilic.")
    assert "Plan of Military Cooperation for 2027" in framework_kinds(x)


def test_one_year_programme_then_the_country(nlp):
    x = extract_text(nlp, "Greek Defence Minister Nikos Stavrou inked the Defence Cooperation Programme for 2028 in Cyprus last week.")
    assert "Defence Cooperation Programme for 2028" in framework_kinds(x)


def test_one_year_then_a_clause_is_no_title(nlp):
    kinds = framework_kinds(extract_text(nlp, "The Defence Cooperation Programme sets goals for 2028 in which both navies train together."))
    assert not any("2028" in name for name in kinds)
