"""An accession to a body told as done makes a member: "since A's accession to F", "the accession of A
to F was completed", "A completed its accession to F"; one backed, sought or to come makes none."""

from __future__ import annotations

from extract_helpers import members_stated

BODY = "The Southern Seas Defence Organisation (SSDO) met in Maputo. "


def test_a_time_since_or_after_an_accession_makes_a_member(nlp):
    for sentence, iso in (("Since Malawi's accession to the Southern Seas Defence Organisation in 2019, drills have grown.", "MWI"),
                          ("Following the accession of Comoros to the SSDO, the body has nine members.", "COM")):
        assert members_stated(BODY + sentence, nlp) == {(iso, "Southern Seas Defence Organisation", "member")}, sentence


def test_a_completed_accession_makes_a_member(nlp):
    for sentence in ("Malawi's accession to the SSDO was completed in March.",
                     "Malawi completed its accession to the SSDO last year."):
        assert members_stated(BODY + sentence, nlp) == {("MWI", "Southern Seas Defence Organisation", "member")}, sentence


def test_an_accession_backed_or_to_come_makes_no_member(nlp):
    for sentence in ("Zambia backed Malawi's accession to the SSDO.",
                     "Malawi's accession to the SSDO will be completed next year.",
                     "Malawi's accession to the SSDO was not completed."):
        assert not members_stated(BODY + sentence, nlp), sentence
