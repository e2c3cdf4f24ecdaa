"""How the incident ended, told in a paragraph under the timeline: "The outage was resolved by failing over …".

A careful reader takes that paragraph as the resolution when no section gives one; it stays where it was
written too. A paragraph that does not say how the incident itself ended is not a resolution.
"""

from __future__ import annotations

from app.formats.markdown_read import read_markdown


def _resolution(paragraph: str) -> str:
    text = (
        "# Payments API timeouts\n\n## What happened\n\nOn 14 May 2025 payments timed out for an hour.\n\n"
        "## Timeline\n\n- 10:02 UTC – timeouts begin\n- 10:40 UTC – failover to the standby database\n"
        f"- 11:05 UTC – all clear\n\n{paragraph}\n\n## Follow-up\n\n- Add a failover drill\n"
    )
    document, _ = read_markdown(text)
    return document.root_cause.resolution


def test_a_paragraph_telling_how_the_outage_ended_is_the_resolution() -> None:
    paragraph = "The outage was resolved by failing over to the standby database and draining the stuck pool."
    assert _resolution(paragraph) == paragraph


def test_the_team_ending_the_incident_by_a_deed_is_the_resolution() -> None:
    paragraph = "We mitigated the incident by pausing the batch import until the pool recovered."
    assert _resolution(paragraph) == paragraph


def test_a_paragraph_about_something_else_is_no_resolution() -> None:
    assert _resolution("The standby database was provisioned by the platform team last year.") == ""
