"""The first ticket from a kind of user ("First seller ticket: …", "first driver complaint") is how the
incident was detected, as "First ticket" is."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown
from app.model import EventKind

REPORT = """# Menu photos not updating

**Date:** 2026-04-14

## Timeline

- 09:00 UTC — image cache rule changed
- 10:40 UTC — First restaurant ticket: "uploaded a new photo an hour ago, still the old one"
- 11:30 UTC — cache rule reverted, photos current again
"""


def test_the_first_ticket_from_a_kind_of_user_is_the_detection() -> None:
    assert from_markdown(REPORT).timeline[1].kind is EventKind.DETECTION
