""""X, Joint Secretary (International Cooperation)." with the holder named before: the remit in
brackets is part of the post, as it is when the name follows. Not an acronym in brackets, and not
a title with no holder named beside it. Articles written for these tests."""

from __future__ import annotations

from extract_helpers import extract_text, holdings


def test_remit_in_brackets_after_an_apposed_title(nlp):
    x = extract_text(nlp, "NEW DELHI, March 10 - Defence Minister Arun Varma will host Ruritanian Defence Minister Karl "
                          "Oster on Tuesday. On the Indian side, the programme is being coordinated by Smt Meera Kulkarni, "
                          "Joint Secretary (International Cooperation).\n")
    assert ("Meera Kulkarni", "Joint Secretary (International Cooperation)", "IND") in holdings(x), holdings(x)


def test_remit_in_brackets_after_a_service_post(nlp):
    x = extract_text(nlp, "NEW DELHI, March 10 - Officials said staff talks would be held alongside the visit, with the "
                          "Indian delegation led by Rear Admiral Vikram Joshi, Assistant Chief of the Naval Staff "
                          "(Foreign Cooperation).\n")
    assert any(h[0] == "Vikram Joshi" and h[1] == "Assistant Chief of the Naval Staff (Foreign Cooperation)" for h in holdings(x)), holdings(x)


def test_an_acronym_in_brackets_after_an_apposed_title_is_no_remit(nlp):
    # must not fire
    x = extract_text(nlp, "NEW DELHI, March 10 - The visitor met General Ravi Menon, Chief of the Army Staff (COAS), "
                          "on Tuesday.\n")
    assert not any("(" in h[1] for h in holdings(x)), holdings(x)
