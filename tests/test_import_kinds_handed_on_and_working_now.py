"""Kinds a careful reader gives entries that say who was told, who took it on, and that it works now.

Someone receiving a warning is how the incident became known; the trouble forwarded to another team, or another
party asked for more, is an escalation; those affected confirming they can use the service again, everyone able
to use it, or the system back at its usual rate is the resolution. A status page set to "resolved" after work
that went on past an earlier recovery of a part is the incident's end, not only its announcement.
"""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown
from app.model import EventKind
from tests.import_helpers import kind_of_entry


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The night operator receives a warning about rising queue depth on the broker.", EventKind.DETECTION),
        ("Marta got an alert that the disk on db-2 was nearly full", EventKind.DETECTION),
        ("The problem is forwarded to the storage team.", EventKind.ESCALATION),
        ("The ticket was handed over to the billing developers on call", EventKind.ESCALATION),
        ("The help desk forwarded this ticket to the platform team at 9:40.", EventKind.ESCALATION),
        ("Team reaches out to Hostly to request a bigger quota for the API keys", EventKind.ESCALATION),
        ("Shop owners confirmed that they were able to open the admin pages without errors.", EventKind.RESOLUTION),
        ("The web team confirmed that the portal was now serving the corrected banner", EventKind.RESOLUTION),
        ("All of the students could access the exam portal.", EventKind.RESOLUTION),
        ("The build farm is once again finishing jobs at its usual rate", EventKind.RESOLUTION),
        ("db-7 is operational again. The queued restores are done now.", EventKind.RESOLUTION),
    ],
)
def test_an_entry_gets_the_kind_its_words_tell(text: str, kind: EventKind) -> None:
    assert kind_of_entry(text) is kind


@pytest.mark.parametrize(
    "text",
    [
        "We reached out to affected customers for feedback on the new page",
        "The team confirmed that the portal was still serving the old banner",
        "Traffic was forwarded to the standby region",
    ],
)
def test_words_close_to_those_forms_do_not_take_their_kind(text: str) -> None:
    assert kind_of_entry(text) not in (EventKind.ESCALATION, EventKind.RESOLUTION)


REPORT = """# Sign-up outage

## Timeline

- 10:00 UTC 2026-02-03 Sign-up form starts failing for every visitor
- 10:30 UTC 2026-02-03 Sign-up form is put back up, slower than usual
- 10:50 UTC 2026-02-03 A fix for the session store is deployed
- 11:05 UTC 2026-02-03 Status page is set to monitoring
- 11:40 UTC 2026-02-03 Status page is set to resolved
"""


def test_the_status_page_resolved_after_further_fixes_is_the_resolution() -> None:
    document = from_markdown(REPORT)
    assert document.timeline[-1].kind is EventKind.RESOLUTION
