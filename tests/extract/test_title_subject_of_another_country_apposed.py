""""After meeting Minister A, the Estonian minister conferred with B": the parse apposes the title to
A and hangs the verb on it; a title of another country than A's is the visitor named before with
that post (A met B only when the title is A's country's). Invented persons."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2027, 3, 11)
TEXT = ("The Minister of National Defense of Peru, Hon. Tomas Velk, on Wednesday hosted his Estonian counterpart, "
        "Minister of Defense Orla Brennick, at the Ministry of National Defense in Lima for talks on border security.\n\n"
        "After meeting Minister Velk, the {nationality} minister conferred with Peru's National Security Advisor, Hon. "
        "Ivo Sarn, on information sharing between the two countries' security services.\n")


def test_title_of_the_visitors_country_is_the_visitor(nlp):
    met = meetings_by_participants(extract_text(nlp, TEXT.format(nationality="Estonian"), PUBLISHED))
    assert ("Ivo Sarn", "Orla Brennick") in met
    assert ("Ivo Sarn", "Tomas Velk") not in met


def test_title_of_the_named_ministers_country_stays_his(nlp):
    met = meetings_by_participants(extract_text(nlp, TEXT.format(nationality="Peruvian"), PUBLISHED))
    assert ("Ivo Sarn", "Tomas Velk") in met
