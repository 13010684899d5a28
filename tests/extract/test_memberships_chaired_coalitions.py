"""Countries that co-chair a coalition named in lowercase words ("the demining capability coalition
for Ukraine") co-chair a framework of that name, even when the parse tags "co-chair" as a noun with
an object; a country that joined it, in a relative clause, is a member; a bare "the coalition" is
no name."""

from __future__ import annotations

from extract_helpers import members_stated


def test_lowercase_coalition_co_chaired_and_joined(nlp):
    for text, name, chairs, joined in (
            ("Lithuania and Iceland co-chair the demining capability coalition for Ukraine, which Poland joined last year.",
             "demining capability coalition for Ukraine", {"LTU", "ISL"}, "POL"),
            ("Chile and Peru co-chair the maritime drone coalition, which Ecuador joined in 2024.", "maritime drone coalition",
             {"CHL", "PER"}, "ECU"),
            ("Kenya and Ghana co-chair the naval training coalition for Somalia, which Uganda joined in May.",
             "naval training coalition for Somalia", {"KEN", "GHA"}, "UGA")):
        stated = members_stated(text, nlp)
        assert {c for c, fw, role in stated if fw == name and role == "co-chair"} == chairs, (text, stated)
        assert (joined, name, "member") in stated, (text, stated)


def test_bare_coalition_is_no_name(nlp):
    assert members_stated("Chile and Peru co-chair the coalition.", nlp) == set()
