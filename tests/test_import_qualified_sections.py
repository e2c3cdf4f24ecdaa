"""Opening reports whose section names carry qualifiers ("Fixes Taken", "(STILL OPEN)", "Plan", a participle in
Portuguese), split the measures over several sections, or list past-tense fixes under "Remediation": each part
lands where a careful reader would put it."""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown
from app.model import TaskStatus


def _read(*parts: str):
    opening = "# Billing export failure\n\n## Summary\n\nThe nightly export stopped on 2024-03-02.\n\n"
    return from_markdown(opening + "\n\n".join(parts))


@pytest.mark.parametrize(
    "heading",
    ["Mitigation Steps Taken", "Resolution Steps Applied", "Fix applied (scheduler.py)", "Fix aplicado (cron)"],
)
def test_a_resolution_name_with_qualifying_words_is_the_resolution(heading: str) -> None:
    document = _read(f"## {heading}\n\nRestarted the exporter with the old schema.\n")
    assert document.root_cause.resolution == "Restarted the exporter with the old schema."


_BOTH = ["Alert when the export is late", "Keep a week of exports"]


@pytest.mark.parametrize(
    "heading",
    [
        "Prevention Measures (REQUIRED)",
        "Remediation Actions",
        "Recovery Plan (Still Open)",
        "What we shipped to prevent this",
        "What we should add: automated prevention",
        "Prevention and deploy checks",
    ],
)
def test_a_measures_name_in_other_words_holds_the_tasks(heading: str) -> None:
    document = _read(f"## {heading}\n\n- [ ] Alert when the export is late\n- [ ] Keep a week of exports\n")
    assert [task.text for task in document.measures.tasks] == _BOTH
    assert all(task.status is TaskStatus.OPEN for task in document.measures.tasks)


def test_a_portuguese_timeline_with_a_participle_and_a_note_is_the_timeline() -> None:
    heading = "## Linha do tempo revisada (horário de Lisboa; registos)"
    document = _read(f"{heading}\n\n- 10:05 fila parada\n- 10:40 fila ok\n")
    assert [event.text for event in document.timeline] == ["fila parada", "fila ok"]


def test_spanish_contributing_causes_are_the_cause() -> None:
    document = _read("## Causas contribuyentes\n\n- El esquema cambió sin aviso.\n")
    assert "El esquema cambió sin aviso." in document.root_cause.cause


def test_measures_split_over_two_sections_keep_both_lists() -> None:
    document = _read(
        "## Remediation Actions\n\n- [ ] Alert when the export is late\n",
        "## Prevention Measures\n\n- [ ] Keep a week of exports\n",
    )
    assert [task.text for task in document.measures.tasks] == _BOTH


def test_a_remediation_told_in_the_past_tense_is_the_resolution_not_open_tasks() -> None:
    document = _read(
        "## Remediation\n\n- Moved the price lookup out of the loop.\n- Added a test for empty carts.\n",
        "## Recovery\n\nUsers reload the page; nothing else is needed.\n",
    )
    assert "Moved the price lookup out of the loop." in document.root_cause.resolution
    assert document.measures.tasks == []
    assert [section.heading for section in document.extra_sections] == ["Recovery"]


def test_a_remediation_of_things_to_do_stays_the_measures() -> None:
    document = _read("## Remediation\n\n- Move the price lookup out of the loop.\n- Add a test for empty carts.\n")
    assert [task.text for task in document.measures.tasks] == [
        "Move the price lookup out of the loop.",
        "Add a test for empty carts.",
    ]


def test_fields_stated_in_an_executive_summary_fill_impact_and_resolution() -> None:
    document = from_markdown(
        "# Token leak\n\n## Executive Summary\n\nA deploy token was pasted in a public issue.\n\n"
        "**Impact**: two days of exposure\n**Resolution**: token revoked, history scrubbed\n\n"
        "## Exposure Review\n\n**Evidence**:\n- Access logs checked\n"
    )
    assert document.summary.impact.startswith("two days of exposure")
    assert document.root_cause.resolution == "token revoked, history scrubbed"


def test_a_fix_line_inside_a_code_fence_is_never_the_resolution() -> None:
    document = _read(
        "## Checks we want\n\nExample output:\n\n```\nViolation in page.tsx\n\n   Fix: move it to a route\n```\n"
    )
    assert document.root_cause.resolution == ""


def test_cause_and_resolution_lines_typed_with_a_bare_dash_are_split() -> None:
    document = from_markdown(
        "# Proxy outage\n\nRoot cause and resolution:\n"
        "-The root cause was a certificate left out of the bundle.\n"
        "-The issue was resolved by adding the certificate and reloading the proxy.\n"
    )
    assert document.root_cause.cause == "-The root cause was a certificate left out of the bundle."
    assert document.root_cause.resolution == "The issue was resolved by adding the certificate and reloading the proxy."
