"""Kinds a careful reader gives entries told in few words: a chat's "we have OOM kills on …", a log's imperative
"Notice that …" / "Update the …", "raised the matter with the … team", a guess aired ("might be related to …"),
a part of the service "is restored" or "is back", and the first check that finds the service down after the
incident's silent start.
"""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown
from app.formats.markdown_read.timeline.kinds import guess_kind
from app.model import EventKind


@pytest.mark.parametrize(
    ("entry", "kind"),
    [
        # Someone telling the call what they see: the first word of the trouble, whatever "deployment" says.
        ("sam: heads up, we have OOM kills on the worker deployment", EventKind.DETECTION),
        ("Okay folks, we've got 502s on the checkout deployment", EventKind.DETECTION),
        ("Can everyone hear me? Right, we have crash loops on the new rollout", EventKind.DETECTION),
        ("we have rolled back the deployment", EventKind.ACTION),  # a deed, not a symptom
        # A log written as instructions to oneself: "Notice that …" is the moment it was seen.
        ("Notice that the backup job failed.", EventKind.DETECTION),
        ("Notice the rollout stalled on node 3.", EventKind.DETECTION),
        # Taking it to another team.
        ("We raised the issue with the networking team.", EventKind.ESCALATION),
        ("Raised the problem with our hosting provider's support.", EventKind.ESCALATION),
        # A guess aired, which the timeline then leaves.
        ("Someone suggests it might be related to the CDN incident upstream.", EventKind.MISLEADING),
        ("It may be related to last night's DNS change; all resolvers look healthy.", EventKind.MISLEADING),
        ("Latency might be caused by the cert rotation, and the handshake logs confirm it.", EventKind.NOTE),
        # A part of the service working again.
        ("Config reloaded. Upload function is restored.", EventKind.RESOLUTION),
        ("Cache flushed; the API is operating at full capacity again.", EventKind.RESOLUTION),
        ("Reboot the gateway: `sudo reboot`. Gateway is back.", EventKind.RESOLUTION),
        ("The errors are back.", EventKind.NOTE),  # the trouble back, not the service
        # Steps written as instructions: deeds.
        ("Update the stale config on the web nodes.", EventKind.ACTION),
        ("Install the missing module with pip.", EventKind.ACTION),
    ],
)
def test_an_entry_told_in_few_words_gets_the_kind_a_reader_gives_it(entry: str, kind: EventKind) -> None:
    assert guess_kind(entry) is kind


_SILENT_START = """# Shop offline overnight

## Timeline

| Time (UTC) | Event |
|---|---|
| 2025-03-02 08:00 | New release goes out; health check passes. |
| 2025-03-02 08:30 | The process dies quietly; nothing in the logs. |
| 2025-03-02 12:10 | {check} |
| 2025-03-02 12:15 | Redeployed the release from the CLI. |
| 2025-03-02 12:20 | Shop confirmed up: HTTP 200. |
"""


@pytest.mark.parametrize(
    "check",
    [
        "Checked with `curl`: `shop.example` returns HTTP 503, no healthy upstream.",
        "Verificado con `curl`: `tienda.example` devuelve HTTP 404, Application not found.",
    ],
)
def test_the_first_check_that_finds_the_service_down_after_a_silent_start_is_the_detection(check: str) -> None:
    document = from_markdown(_SILENT_START.format(check=check))
    assert [event.kind for event in document.timeline][2:] == [
        EventKind.DETECTION,
        EventKind.ACTION,
        EventKind.RESOLUTION,
    ]


_FIX_AT_THE_STATED_END = """# Checkout outage

On Tuesday, June 4 2024 the checkout was down for 30 minutes, from 14:00 to 14:30 UTC.

## Timeline

- 14:00 UTC - Noticed that checkout was returning a status 500
- 14:20 UTC - traced the failing call to a wrong path in settings.php
- 14:30 UTC - the wrong path was fixed in settings.php with an Ansible play
- 14:33 UTC - PHP-FPM is reloaded and the shop is operating at full capacity again.
"""


def test_the_recovery_told_just_after_a_fix_at_the_stated_end_is_the_resolution() -> None:
    document = from_markdown(_FIX_AT_THE_STATED_END)
    assert [event.kind for event in document.timeline][2:] == [EventKind.ACTION, EventKind.RESOLUTION]
