"""A plan or programme of cooperation titled with its parties and period keeps the whole title when the
parties are two formal ministries or forces ("... between the Ministry of Defence of A and the Ministry
of Defence of the Republic of B for 2027-2029"): nineteen words of parties still sit inside one title;
a clause of lower-case words before the period is no part of it (invented sentences)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_long_formal_parties_stay_inside_the_title(nlp):
    for text, name in (
            ("After the talks the ministers signed the Programme of Military Cooperation between the Ministry of Defence "
             "of Chile and the Ministry of Defence of the Republic of Peru for 2027-2029.",
             "Programme of Military Cooperation between the Ministry of Defence of Chile and the Ministry of Defence of "
             "the Republic of Peru for 2027-2029"),
            ("The Plan of Bilateral Cooperation between the Ministry of National Defence of the Republic of Chile and the "
             "Ministry of Defence of the Republic of Peru for 2028-2030 was signed in Lima.",
             "Plan of Bilateral Cooperation between the Ministry of National Defence of the Republic of Chile and the "
             "Ministry of Defence of the Republic of Peru for 2028-2030"),
            ("Ruvalia and Ostravia adopted the Plan of Military Cooperation between the General Staff of the Armed Forces "
             "of Ruvalia and the General Staff of the Armed Forces of Ostravia for 2027-2028.",
             "Plan of Military Cooperation between the General Staff of the Armed Forces of Ruvalia and the General "
             "Staff of the Armed Forces of Ostravia for 2027-2028")):
        kinds = framework_kinds(extract_text(nlp, text))
        assert name in kinds, (text, kinds)


def test_lowercase_words_before_the_period_end_no_title(nlp):
    text = ("They reviewed the Programme of Military Cooperation between the Ministry of Defence of Chile and the "
            "Ministry of Defence of Peru and other partners that had met for 2027-2029 planning.")
    kinds = framework_kinds(extract_text(nlp, text))
    assert not any("between" in k for k in kinds), kinds
