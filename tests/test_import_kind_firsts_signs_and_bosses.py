"""Kinds a reader knows from the shape of the sentence: work starting on a sign seen is the detection, telling
one's supervisor is an escalation (whatever that person then restored), and a service's start said as a bare
noun ("Postgres start.") is the step someone took."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown
from app.model import EventKind

_TIMELINE = """# Gateway outage

## Timeline

- 2024-05-02 09:00 UTC Disk fills up on the gateway host
- 2024-05-02 09:20 UTC Triage began after spotting a gap in the request graphs
- 2024-05-02 09:25 UTC The on-call engineer notified her manager, who brought the service back to normal later
- 2024-05-02 09:30 UTC Postgres start.
- 2024-05-02 09:35 UTC Requests are served again and the site is back to normal
"""


def test_work_starting_on_a_sign_seen_is_the_detection() -> None:
    assert from_markdown(_TIMELINE).timeline[1].kind is EventKind.DETECTION


def test_telling_ones_manager_is_an_escalation_whatever_they_then_did() -> None:
    assert from_markdown(_TIMELINE).timeline[2].kind is EventKind.ESCALATION


def test_a_services_restart_said_as_a_noun_is_a_step_taken() -> None:
    assert from_markdown(_TIMELINE).timeline[3].kind is EventKind.ACTION
