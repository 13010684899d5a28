"""A country after "of" and a capitalised word ends the longer name before it ("the Communist
Party of Vietnam Central Committee"): no framework name starts at that country; a name that opens
with a country pair or a country of its own is kept."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_no_name_starts_at_a_country_inside_a_longer_name(nlp):
    for text in ("Mr Lam, also a member of the Political Bureau of the Communist Party of Vietnam Central Committee, "
                 "met the envoy on Monday.",
                 "He addressed the plenum of the Workers' Party of Korea Central Military Commission on Monday.",
                 "The People's Revolutionary Party of Laos Central Committee approved the plan."):
        kinds = framework_kinds(extract_text(nlp, text))
        assert not any(name.split()[0] in ("Vietnam", "Korea", "Laos") for name in kinds), (text, kinds)


def test_names_opening_with_a_country_are_kept(nlp):
    cases = {"The ministers signed the Kenya-Uganda Defence Cooperation Agreement in Kampala.": "Kenya-Uganda Defence Cooperation Agreement",
             "Officials of Ghana discussed the Ghana Maritime Security Strategy on Monday.": "Ghana Maritime Security Strategy"}
    for text, name in cases.items():
        assert name in framework_kinds(extract_text(nlp, text)), text
