"""The armed forces' chief written "Chief of Staff, Armed Forces of <country>" (a comma for "of the"),
in brackets after a name ending in "Jr.": the Armed Forces Chief of Staff of that country; a bare
"(Chief of Staff)" stays a Chief of Staff."""

from __future__ import annotations

from extract_helpers import extract_text, holdings

LEAD = "MANILA - Defence Minister Tomas Reyna hosted Ruritania's Minister of Defence, Karl Venn, in Manila. "


def test_chief_of_staff_comma_armed_forces_in_brackets(nlp):
    x = extract_text(nlp, LEAD + "Earlier in the day, Minister Venn paid a courtesy call on Gen. Andres P. Dulay Jr. "
                                 "(Chief of Staff, Armed Forces of the Philippines) at the headquarters.")
    assert ("Andres P. Dulay Jr", "Armed Forces Chief of Staff", "PHL") in holdings(x)


def test_bare_chief_of_staff_in_brackets_stays_so(nlp):
    x = extract_text(nlp, LEAD + "Earlier in the day, Minister Venn paid a courtesy call on Gen. Andres P. Dulay Jr. "
                                 "(Chief of Staff) at the headquarters.")
    assert not any(h[1] == "Armed Forces Chief of Staff" for h in holdings(x))
