"""A release published to mend the broken one ends the incident: its timeline entry is the resolution.

"3.32.4 is published, fixing 3.32.3" is how a release incident's last entry reads; a fix only proposed, or a
release published without one, is not the end.
"""

from __future__ import annotations

import pytest

from app.formats.markdown_read.timeline import kinds
from app.model import EventKind


@pytest.mark.parametrize(
    "text",
    [
        "2.4.1 is published, fixing 2.4.0.",
        "v5.0.2 shipped – fixing the crash on start-up",
        "The hotfix build was released, fixing the login loop for Android users.",
    ],
)
def test_a_release_that_fixes_the_broken_one_is_the_resolution(text: str) -> None:
    assert kinds.guess_kind(text) is EventKind.RESOLUTION


@pytest.mark.parametrize("text", ["A fix for 2.4.0 is proposed.", "2.4.0 is published to the stable channel."])
def test_a_fix_proposed_or_a_plain_release_is_not(text: str) -> None:
    assert kinds.guess_kind(text) is not EventKind.RESOLUTION
