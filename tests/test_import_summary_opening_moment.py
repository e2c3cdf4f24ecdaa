"""A summary whose first sentence opens with the day and clock alone, then says what failed: "Mar 3, 2025 6:15 AM
UTC, the billing API started responding with 502 errors". That moment is the start, though the timeline's
first report came later."""

from __future__ import annotations

from datetime import UTC, datetime

from app.formats.markdown_import import from_markdown

REPORT = """\
## Issue Summary
Mar 3, 2025 6:15 AM UTC, the billing API started responding with 502 errors to every invoice request.
It was fixed the same morning.

## Timeline
Mar 3, 2025 08:00 AM UTC - A customer reports that invoices cannot be downloaded.
Mar 3, 2025 08:20 AM UTC - The API's config is found pointing at a removed database.
Mar 3, 2025 08:35 AM UTC - The config is corrected and invoices download again.
"""

NOT_A_FAILURE = """\
## Issue Summary
Mar 3, 2025 6:15 AM UTC, the nightly report was mailed as usual. Later the billing API went down.

## Timeline
Mar 3, 2025 08:00 AM UTC - A customer reports that invoices cannot be downloaded.
Mar 3, 2025 08:35 AM UTC - The config is corrected and invoices download again.
"""


def test_a_summary_opening_with_the_moment_the_service_failed_gives_the_start() -> None:
    assert from_markdown(REPORT).summary.start == datetime(2025, 3, 3, 6, 15, tzinfo=UTC)


def test_an_opening_moment_whose_clause_tells_no_failure_is_not_the_start() -> None:
    assert from_markdown(NOT_A_FAILURE).summary.start != datetime(2025, 3, 3, 6, 15, tzinfo=UTC)


# An exploit's report: the summary opens with the moment of the attack; the table's first row is the attacker's
# preparation hours before, and the funds "drained" in each attack are no queue drained (no recovery).
EXPLOIT = """\
# Lending vault exploit

## Summary

On June 2, 2026 at 10:05 UTC, an attacker exploited the price feed of the lending vault and emptied it.

## Timeline (UTC, June 2, 2026)

| Time | Event |
|---|---|
| ~04:00 | The attacker's wallet is funded through a mixer |
| 10:05 | First attack: 900 tokens drained for 2,000 USDC |
| 10:20 | Second attack: 300 tokens drained for 700 USDC |
| 10:40 | The team pauses the vault contract |
"""


def test_an_exploit_told_at_the_summarys_opening_moment_gives_the_start() -> None:
    document = from_markdown(EXPLOIT)
    assert document.summary.start == datetime(2026, 6, 2, 10, 5, tzinfo=UTC)


def test_funds_drained_in_an_attack_do_not_end_the_incident() -> None:
    document = from_markdown(EXPLOIT)
    assert document.summary.end != datetime(2026, 6, 2, 10, 20, tzinfo=UTC)
