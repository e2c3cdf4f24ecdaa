"""A window written with dotted clocks glued to their zone ("between 08.15UTC (Build #4471) and 09.02UTC"): the
zone says the numbers are clocks, and an aside with a number in it ("(Build #4471)") does not break the range."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown

REPORT = """\
# Ledger halt

**Date of incident**: 3rd May, 2023 between 08.15UTC (Build #4471) and 09.02UTC
**Summary**: The ledger stopped producing blocks after a bad release.

## Timeline

3rd May 2023:
10:17 GST: Operators report that the ledger stopped.
11:02 GST: Blocks are produced again.
"""

VERSIONS = """\
# Toolchain bump

On 3 May 2023 we moved from Go 1.18 to 1.19 between 14:00 and 14:30 UTC.
"""


def test_dotted_clocks_glued_to_their_zone_give_the_window_across_an_aside() -> None:
    doc = from_markdown(REPORT)
    assert (doc.summary.start, doc.summary.end) == (
        datetime(2023, 5, 3, 8, 15, tzinfo=UTC),
        datetime(2023, 5, 3, 9, 2, tzinfo=UTC),
    )
    gulf = timezone(timedelta(hours=4))
    assert doc.timeline[0].time == datetime(2023, 5, 3, 10, 17, tzinfo=gulf)


def test_version_numbers_are_not_clocks() -> None:
    summary = from_markdown(VERSIONS).summary
    assert (summary.start, summary.end) == (
        datetime(2023, 5, 3, 14, 0, tzinfo=UTC),
        datetime(2023, 5, 3, 14, 30, tzinfo=UTC),
    )
