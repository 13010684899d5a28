"""A document titled in full once, with its parties ("Plan of Naval Cooperation between the Defence
Ministries of A and B for 2028-2029"), and elsewhere without them ("Plan of Naval Cooperation for
2028-2029", in the headline or later): one framework, the short title an alias; not when the
periods differ or two documents of the article go on so."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_short_title_without_parties_is_the_long_one(nlp):
    cases = [
        ("Ostravia and Ruvalia sign Plan of Naval Cooperation for 2028-2029\n\n"
         "Ostrava, 3 March: The defence ministers of Ostravia and Ruvalia on Tuesday signed the Plan of Naval Cooperation "
         "between the Defence Ministries of Ostravia and Ruvalia for 2028-2029 after talks in Ostrava.",
         "Plan of Naval Cooperation between the Defence Ministries of Ostravia and Ruvalia for 2028-2029",
         "Plan of Naval Cooperation for 2028-2029"),
        ("The Plan of Bilateral Military Cooperation between the Armed Forces of Ostravia and Ruvalia for 2029-2030 was "
         "signed in Ostrava on Monday. Minister Tarbo Kessel said the Plan of Bilateral Military Cooperation for 2029-2030 "
         "covers training and military medicine.",
         "Plan of Bilateral Military Cooperation between the Armed Forces of Ostravia and Ruvalia for 2029-2030",
         "Plan of Bilateral Military Cooperation for 2029-2030"),
        ("Kessel said the Plan of Military Cooperation for 2030-2031 would be carried out in full. The document, formally "
         "the Plan of Military Cooperation between the Ministry of Defense of Ostravia and the Ministry of National "
         "Defense of Ruvalia for 2030-2031, was signed last year.",
         "Plan of Military Cooperation between the Ministry of Defense of Ostravia and the Ministry of National "
         "Defense of Ruvalia for 2030-2031",
         "Plan of Military Cooperation for 2030-2031"),
    ]
    for text, long, short in cases:
        kinds = framework_kinds(extract_text(nlp, text))
        assert long in kinds and short not in kinds, (text, kinds)


def test_other_period_or_two_long_titles_stay_apart(nlp):
    text = ("The ministers signed the Plan of Military Cooperation between the Defence Ministries of Ostravia and "
            "Ruvalia for 2029-2030. Ostravia and Ruvalia signed the Plan of Military Cooperation for 2027-2028 two years ago.")
    kinds = framework_kinds(extract_text(nlp, text))
    assert "Plan of Military Cooperation for 2027-2028" in kinds, kinds
