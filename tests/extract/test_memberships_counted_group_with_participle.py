""""The three countries represented in X are members of F": a counted group told with a participle
clause after it (where it was, what it took part in) still stands for the countries named before,
also when those were named one by one with their delegates; a count that matches no group does not."""

from __future__ import annotations

from extract_helpers import members_stated

LEAD = "ASTANA, March 11 - The defence chiefs of Kazakhstan, Kyrgyzstan and Tajikistan met in Astana. "


def test_counted_group_with_a_participle_clause(nlp):
    for second in ("The three countries represented in Astana are members of the Steppe Security Council.",
                   "The three countries represented at the talks also belong to the Steppe Security Council."):
        got = members_stated(LEAD + second, nlp)
        assert {(iso, "Steppe Security Council", "member") for iso in ("KAZ", "KGZ", "TJK")} <= got, second


def test_counted_group_of_delegates_named_one_by_one(nlp):
    text = ("ASTANA, March 11 - General Arman Sadykov, Kazakhstan's chief of defence staff, chaired the session, which "
            "brought together his counterparts General Bolot Asanov of Kyrgyzstan, General Davron Rahimov of Tajikistan "
            "and General Timur Nazarov of Uzbekistan. The four countries represented in Astana are the four members of "
            "the Steppe Security Council.")
    got = members_stated(text, nlp)
    assert {(iso, "Steppe Security Council", "member") for iso in ("KAZ", "KGZ", "TJK", "UZB")} <= got


def test_a_count_no_group_matches(nlp):
    text = LEAD + "The four countries represented in Astana are members of the Steppe Security Council."
    assert not members_stated(text, nlp)
