"""A lead that further checks find nothing behind is a misleading path, however the finding is worded.

"Initial analysis points to the network, but further investigation reveals no network-related issues": the team
followed a wrong lead. "Found no issues" was read so already; "reveals no …", "turned up no …", with a word
saying which issues, are the same finding. A dashboard that "shows no errors" after a fix is not.
"""

from __future__ import annotations

import pytest

from app.formats.markdown_read.timeline import kinds
from app.model import EventKind


@pytest.mark.parametrize(
    "text",
    [
        "First checks suggest a storage fault, but a closer look reveals no disk-related errors.",
        "Review of the DNS records turned up no problems; moving on to the CDN.",
        "The database team's audit revealed no replication issues.",
    ],
)
def test_checks_that_find_nothing_mark_a_misleading_path(text: str) -> None:
    assert kinds.guess_kind(text) is EventKind.MISLEADING


def test_a_clean_dashboard_after_the_fix_is_not_a_wrong_lead() -> None:
    assert kinds.guess_kind("The dashboard shows no errors since 10:02") is not EventKind.MISLEADING
