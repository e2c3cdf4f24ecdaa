"""A "Status:" line naming one status two ways ("closed / final") gives that status."""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown
from app.model import Status


@pytest.mark.parametrize("written", ["closed / final", "Done/Published", "final / closed"])
def test_a_status_written_two_ways_is_that_status(written: str) -> None:
    document = from_markdown(f"# Mailer outage\n\nStatus: {written}\n\n## Summary\n\nThe mailer stopped.\n")
    assert document.metadata.status is Status.FINAL


def test_two_different_statuses_are_not_read_as_the_second() -> None:
    document = from_markdown("# Mailer outage\n\nStatus: draft / final\n\n## Summary\n\nThe mailer stopped.\n")
    assert document.metadata.status is not Status.FINAL
