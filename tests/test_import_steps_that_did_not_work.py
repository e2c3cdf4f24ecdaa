"""A step the responders tried that did not work is a wrong path (misleading), not a plain note or an action."""

from __future__ import annotations

import pytest

from app.formats.markdown_import import read_markdown
from app.model import EventKind


@pytest.mark.parametrize(
    "entry",
    [
        "We tried to fail over to the standby broker. That did not work: it had the same stale config.",
        "Sam attempted to restore the old image, to no avail.",
        "We attempted to clear the session cache; it didn't work because the keys were rebuilt at once.",
    ],
)
def test_a_tried_step_that_did_not_work_is_misleading(entry: str) -> None:
    document, _ = read_markdown(
        "# Broker outage\n\n## Timeline\n\n- 2026-01-20 10:00 UTC Queue consumers disconnect.\n"
        f"- 2026-01-20 10:20 UTC {entry}\n"
    )
    assert document.timeline[1].kind is EventKind.MISLEADING


def test_users_saying_a_feature_did_not_work_is_not_a_wrong_path() -> None:
    document, _ = read_markdown(
        "# Broker outage\n\n## Timeline\n\n- 2026-01-20 10:00 UTC Customers report that checkout didn't work.\n"
    )
    assert document.timeline[0].kind is not EventKind.MISLEADING
