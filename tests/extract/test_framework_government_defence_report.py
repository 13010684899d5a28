"""A government's own defence report by name: "The National Security Report, published in late 2025,
calls for ..." is a policy, as "the Defence White Paper" is; not any report ("the Annual Defence
Report of the think tank", "the Defence Committee Report")."""

from __future__ import annotations

import pytest

from extract_helpers import extract_text, framework_kinds


@pytest.mark.parametrize("name", ["National Security Report", "Government Defense Report"])
def test_government_defence_report_is_a_policy(nlp, name):
    kinds = framework_kinds(extract_text(nlp, f"Estonia has sought new partners in Asia. The {name}, "
                                              "published in late 2025, calls for closer cooperation with like-minded partners."))
    assert kinds.get(name) == "Policy"


def test_other_reports_are_no_policies(nlp):
    kinds = framework_kinds(extract_text(nlp, "The minister cited the Annual Defence Report of the institute and the "
                                              "Defence Committee Report published last year."))
    assert not any(k.endswith("Report") for k in kinds)
