""""All three countries are members of F": the counted group the article listed, however far back;
"the three countries" only in the sentences just before, or the lead's list, on invented articles."""

from __future__ import annotations

from extract_helpers import members_stated

FILLER = " ".join(f"They discussed {topic}." for topic in
                  ("border security", "patrols", "drugs", "fires", "floods", "training", "cadets", "ships", "planes"))


def test_all_three_countries_far_after_the_list(nlp):
    text = ("The defence ministers of Chile, Peru and Bolivia met in Lima on Tuesday. " + FILLER
            + " All three countries are members of the Andean Defence Forum and of the Pacific Security Council.")
    got = members_stated(text, nlp)
    assert got == {(iso, fw, "member") for iso in ("CHL", "PER", "BOL")
                   for fw in ("Andean Defence Forum", "Pacific Security Council")}


def test_the_three_countries_far_after_the_list_is_not_read(nlp):
    # a list far back that is not the lead's: "the three countries" may be another group by then
    text = ("Chile's defence minister met his Argentine counterpart in Lima on Tuesday. Chile, Peru and Bolivia "
            "share a border. " + FILLER + " The three countries are members of the Andean Defence Forum.")
    assert members_stated(text, nlp) == set()


def test_all_three_countries_with_no_three_listed(nlp):
    text = "The defence ministers of Chile and Peru met in Lima on Tuesday. All three countries are members of the Andean Defence Forum."
    assert members_stated(text, nlp) == set()
