"""A report written as a list of its sections: "* Summary", "* Timeline", "* Resolution and Recovery." at the
margin, each over what it holds, indented below it.

Each bullet is a section's name, whether it holds a paragraph or a list of its own; and a "Duration:" line that
runs on after the window with who was affected tells the impact.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

_REPORT = """\
# Postmortem for the API gateway outage

* Summary


    Duration of outage: 3 Feb 2023 from 09:02 UTC to 09:48 UTC, about 1200 customers could not log in to the mobile app.
    Root cause: a gateway rule was changed without review and blocked the token endpoint.

* Timeline

    - 09:02- login errors started
    - 09:15 — the on-call engineer saw the error rate alert
    - 09:40- the gateway rule was rolled back
    - 09:48- logins worked again

* Root cause

    A gateway rule was changed without review and blocked the token endpoint.

* Resolution and Recovery.
    - At 09:40 the rule was rolled back from the gateway console.
    - Cached tokens were cleared so that clients logged in again.

* Corrective and preventative measures

    - Add a review step for gateway rules.
"""


def test_every_section_bullet_heads_its_section() -> None:
    document = from_markdown(_REPORT)
    assert [event.text for event in document.timeline] == [
        "login errors started",
        "the on-call engineer saw the error rate alert",
        "the gateway rule was rolled back",
        "logins worked again",
    ]
    assert document.root_cause.cause == "A gateway rule was changed without review and blocked the token endpoint."
    assert document.root_cause.resolution.startswith("- At 09:40 the rule was rolled back")
    assert "Cached tokens were cleared" in document.root_cause.resolution
    assert "Timeline" not in document.introduction


def test_the_clause_after_the_window_is_the_impact() -> None:
    document = from_markdown(_REPORT)
    assert document.summary.impact == "about 1200 customers could not log in to the mobile app."
    assert document.summary.start is not None and document.summary.start.hour == 9


def test_a_stated_impact_wins_over_the_window_line() -> None:
    text = _REPORT.replace("    Root cause:", "    **Impact:** Mobile logins failed for everyone.\n    Root cause:")
    document = from_markdown(text)
    assert "about 1200 customers" not in document.summary.impact
