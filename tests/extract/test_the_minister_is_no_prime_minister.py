""""the minister" after a visiting minister and the host's Prime Minister were named: the minister,
not the Prime Minister, whom English calls "the Prime Minister". Articles written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings, meeting_pairs

PUBLISHED = date(2027, 2, 27)

STORY = (
    "Riga, 27 February (LETA). Minister of Defence of the Republic of Latvia Colonel Andris Kalnins has returned from "
    "an official visit to Chile that took place on February 23-25, the ministry reported.\n\n"
    "On February 23, the Latvian minister held talks with Chilean Defence Minister Pablo Ossandon in Santiago.\n\n"
    "On Wednesday, Colonel Kalnins was received by Prime Minister of Chile Rodrigo Valdes. The Prime Minister asked "
    "him to convey his greetings to President of Latvia Edgars Ozols.\n\n"
    "After meeting National Security Adviser Tomas Ibarra the same day, the minister said that Latvia valued "
    "Chile's experience.\n"
)


def test_the_minister_after_a_prime_minister_is_the_minister(nlp):
    x = extract_text(nlp, STORY, PUBLISHED)
    pairs = meeting_pairs(x)
    assert ("Andris Kalnins", "Tomas Ibarra") in pairs, pairs
    assert ("Rodrigo Valdes", "Tomas Ibarra") not in pairs, pairs
    assert ("Tomas Ibarra", "National Security Advisor", "CHL") in holdings(x)


def test_the_prime_minister_is_still_the_prime_minister(nlp):
    # must not change: "The Prime Minister" names the Prime Minister
    x = extract_text(nlp, STORY.replace("After meeting National Security Adviser Tomas Ibarra the same day, the minister",
                                        "After meeting National Security Adviser Tomas Ibarra the same day, the Prime Minister"),
                     PUBLISHED)
    assert ("Rodrigo Valdes", "Tomas Ibarra") in meeting_pairs(x)
