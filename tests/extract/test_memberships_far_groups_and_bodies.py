"""Memberships told far from the countries they are of, and bodies of countries named in ways the
name rules missed, on invented articles, each with a case that must not give a membership."""

from __future__ import annotations

from extract_helpers import members_stated

FILLER = ("The talks lasted three hours. Officials said the mood was good. A joint statement was issued. "
          "Reporters were not allowed in. The ministers then toured the port. A dinner followed in the evening. "
          "Coast guard officers briefed the delegations. The next round is due in the spring. "
          "Fishing crews welcomed the plan. ")


def test_the_counted_countries_far_from_the_lead_are_the_leads_group(nlp):
    text = ("The defence ministers of Peru, Chile, Ecuador and Bolivia met in Lima on Monday to discuss coastal patrols. "
            + FILLER + "The four countries are also among the nine members of the Pacific Shore Fisheries Council "
            "(PSFC), alongside Panama.")
    assert members_stated(text, nlp) == {(iso, "Pacific Shore Fisheries Council", "member")
                                         for iso in ("PER", "CHL", "ECU", "BOL", "PAN")}


def test_a_lead_of_another_count_gives_no_group(nlp):
    text = ("The defence ministers of Peru, Chile and Bolivia met in Lima on Monday to discuss coastal patrols. "
            + FILLER + "The four countries are among the nine members of the Pacific Shore Fisheries Council (PSFC).")
    assert members_stated(text, nlp) == set()

