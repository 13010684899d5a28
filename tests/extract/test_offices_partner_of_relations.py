"""A country named as the partner of relations ("described relations with Kuala Lumpur as close") is
talked about: it tells neither the speaker's country nor where the sentence's people are (invented
sentences)."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import extract_text, holdings

_extract = partial(extract_text, published=date(2025, 3, 12))

_LEAD = ("BANGKOK (Reuters) - Malaysian Defence Minister Khaled Ismail held talks with his Thai counterpart, "
         "Gen. Somchai Boonmee, in Bangkok on Monday. Thailand and Malaysia agreed to hold joint patrols.\n\n")


def test_the_partner_of_relations_a_host_describes_is_not_the_hosts_country(nlp):
    x = _extract(nlp, _LEAD + "Khaled was received on Tuesday by Prime Minister Anutin Chansiri at Government House, "
                              "where Anutin described relations with Kuala Lumpur as \"close and growing\".")
    assert ("Anutin Chansiri", "Prime Minister", "THA") in holdings(x)


def test_the_country_whose_relations_they_are_still_places_the_speaker(nlp):
    x = _extract(nlp, "Prime Minister Anwar Hamzah on Monday described Malaysia's relations with Thailand as close and growing.")
    assert ("Anwar Hamzah", "Prime Minister", "MYS") in holdings(x)
    assert ("Anwar Hamzah", "Prime Minister", "THA") not in holdings(x)
