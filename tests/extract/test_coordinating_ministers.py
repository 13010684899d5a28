""""Coordinating Minister for Political and Security Affairs X": a coordinating minister's post is
its own, "Coordinating" kept in it (not the portfolio's minister's). Articles written for these
tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2026, 3, 12)


def test_the_coordinating_word_stays_in_the_post(nlp):
    for remit in ("Political and Security Affairs", "National Security", "Maritime Affairs"):
        x = extract_text(nlp, f"Indonesia's Coordinating Minister for {remit} Bima Raharjono met Japan's Defence "
                              "Minister Kenji Arimoto in Tokyo on Monday.\n", PUBLISHED)
        assert any(h[0] == "Bima Raharjono" and h[1] == f"Coordinating Minister for {remit}" for h in holdings(x)), remit


def test_a_lowercase_verb_before_a_minister_is_no_post(nlp):
    # must not fire: "coordinating" as a verb
    x = extract_text(nlp, "The envoy, coordinating with the Minister of Defence Ahmad Zakiri, met officials in Jakarta "
                          "on Monday.\n", PUBLISHED)
    assert ("Ahmad Zakiri", "Defence Minister", "IDN") in holdings(x)


def test_a_senior_minister_of_state_keeps_senior(nlp):
    # "Senior Minister of State for Defence X": a rank above the Minister of State, its own post
    x = extract_text(nlp, "Senior Minister of State for Defence Tan Wei Lun met Japan's Defence Minister Kenji Arimoto "
                          "in Singapore on Monday.\n", PUBLISHED)
    assert ("Tan Wei Lun", "Senior Minister of State for Defence", "SGP") in holdings(x)


def test_a_lowercase_senior_before_a_minister_of_state_is_no_part_of_the_post(nlp):
    # must not fire: "a senior" describing the holder, not naming the post
    x = extract_text(nlp, "Singapore sent a senior Minister of State for Defence, Tan Wei Lun, to meet Japan's Defence "
                          "Minister Kenji Arimoto in Tokyo on Monday.\n", PUBLISHED)
    assert not any(t.startswith("Senior") for _, t, _ in holdings(x))
