"""Fields a careful reader fills from forms students and ops teams write: a Prevention table, lessons written
as rules, bold items under a roadmap heading, an impact told in other words, a fix told at the end of the cause."""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown


def _measures(text: str) -> list[str]:
    document = from_markdown(text)
    return [*document.measures.improvements, *(task.text for task in document.measures.tasks)]


def test_a_prevention_table_without_a_task_column_lists_the_measures() -> None:
    text = """# Incident: invoice PDFs blank

## Summary

Invoices rendered blank for two hours.

## Prevention

| Safeguard | Kind | Status |
|-----------|------|--------|
| Snapshot test of the invoice template | Test | ✅ |
| Font bundle pinned in the build | Code | ✅ |
"""
    measures = _measures(text)
    assert any("Snapshot test of the invoice template" in item for item in measures)
    assert any("Font bundle pinned" in item for item in measures)


def test_lessons_written_as_rules_are_improvements() -> None:
    text = """# Incident: nightly export skipped

## Summary

The nightly export did not run.

## Lessons Learned

1. Every cron change must be reviewed by a second engineer.
2. Shared schedules (`crontab.d`) keep jobs in one place.
3. Alerts must fire when a nightly job does not start.
"""
    document = from_markdown(text)
    assert any("reviewed by a second engineer" in item for item in document.measures.improvements)
    assert any("Shared schedules" in item for item in document.measures.improvements)


def test_lessons_told_as_findings_stay_the_closing_notes() -> None:
    text = """# Incident: nightly export skipped

## Summary

The nightly export did not run.

## Lessons Learned

1. Our cron jobs had no owner.
2. The alert went to an old channel.
"""
    document = from_markdown(text)
    assert "no owner" in document.closing_notes
    assert not document.measures.improvements


def test_bold_numbered_items_under_a_roadmap_heading_stay_measures() -> None:
    text = """# Security incident: token leaked in a wiki page

## Summary

A deploy token was pasted in a public wiki page.

## Timeline

- 2025-03-02 10:00 UTC token pasted
- 2025-03-02 12:00 UTC token revoked

## Follow-up actions

### Later (Roadmap)

1. **Credential hygiene**
   - Move deploy tokens to the vault
   - Expire tokens after thirty days

2. **Monitoring**
   - Alert on use of a revoked token

3. **Process Improvements**
   - Review wiki pages for secrets each quarter
"""
    document = from_markdown(text)
    headings = [section.heading for section in document.extra_sections]
    assert "Monitoring" not in headings and "Process Improvements" not in headings
    assert any("Monitoring" in item for item in _measures(text))


def test_an_impact_bullet_goes_on_after_the_impact_label() -> None:
    text = """# Postmortem: ticket shop outage

**Issue Summary:**
- Duration: March 3, 2024, 08:00 AM - March 3, 2024, 09:30 AM (UTC)
- Impact: Ticket shop unavailable
- Nearly half of the buyers saw their carts emptied during checkout.

**Root Cause:**
A full disk on the database host.
"""
    document = from_markdown(text)
    assert "Ticket shop unavailable" in (document.summary.impact or "")
    assert "carts emptied" in (document.summary.impact or "")


def test_an_issue_summary_of_one_sentence_with_an_http_status_is_the_impact() -> None:
    text = """# 0x19 postmortem

# Issue Summary

On 03/04/2023 from 2:10 PM to 2:40 PM WAT every request for the login page came back with a 502 response

# Timeline
- 2:10 PM : Pushed the release
- 2:40 PM : Rolled back the release

# Root cause and resolution

A wrong upstream port in the proxy configuration.
"""
    document = from_markdown(text)
    assert "502 response" in (document.summary.impact or "")


def test_a_crash_or_an_intrusion_told_in_the_summary_is_the_impact() -> None:
    crash = """# Postmortem: worker memory

## Summary

The invoice workers were OOM-killed every few hours after release 2.4. The root cause was a list that grew
without bound.

## Timeline

| Time (UTC) | Event |
|---|---|
| 09:00 | Release 2.4 deployed |
| 15:00 | First worker killed |
"""
    assert "OOM-killed" in (from_markdown(crash).summary.impact or "")
    intrusion = """# Incident: build box intrusion

## Issue Summary
Intruders logged in over SSH and ran a miner on the `ci-2` build box. Builds took longer than usual.

## Timeline
- `2022-05-01 10:00` build box created
- `2022-05-09 21:00` intrusion noticed

## Root Cause
The firewall was left off while testing a new VPN.
"""
    impact = from_markdown(intrusion).summary.impact or ""
    assert "ran a miner" in impact


def test_the_stated_cause_in_the_summary_wins_over_a_timeline_like_sentence() -> None:
    text = """### Booking API outage report

Issue Summary
On May 2, 2023, from 1:00pm WAT to 1:40pm WAT, all booking requests failed. The actual cause of the failure is
an unreviewed schema migration applied to the main database.

Timeline (WAT)
1. 12:55 PM: Migration applied.
2. 1:00 PM: Outage started.
3. 1:40 PM: Migration reverted.

Root Cause
By 12:55 PM WAT on May 2, 2023, a migration was applied to the main database without review. It locked the
bookings table.
"""
    document = from_markdown(text)
    assert "unreviewed schema migration" in (document.summary.root_cause or "")


def test_a_fix_told_at_the_end_of_the_cause_is_the_resolution() -> None:
    text = """# Postmortem: mail relay blocked

## Issue Summary

Outgoing mail bounced for an hour.

## Timeline

- 10:00 AM UTC: bounces reported
- 11:00 AM UTC: mail flows again

## Root Cause and Resolution

Our relay's address had been listed by a spam blocklist after a compromised account sent bulk mail. The
relay was moved to a fresh address to resolve the issue
"""
    document = from_markdown(text)
    assert "blocklist" in document.root_cause.cause
    assert "fresh address" in document.root_cause.resolution
    assert "fresh address" not in document.root_cause.cause

    plain = text.replace("## Root Cause and Resolution", "## Root Cause").replace(
        "The\nrelay was moved to a fresh address to resolve the issue",
        "This was fixed by moving the relay to a fresh address.",
    )
    document = from_markdown(plain)
    assert "fresh address" in document.root_cause.resolution


def test_every_bullet_under_a_bold_group_name_is_a_task_even_one_read_as_a_label() -> None:
    # "Install the pre-push hook" reads as a bare label to the detail parser; under a group it is a task.
    text = """# Token leaked in a wiki page

## Action items

1. **Hooks** (Priority: HIGH)
   - Install the pre-push hook
   - Block committed key files
"""
    document = from_markdown(text)
    texts = [task.text for task in document.measures.tasks]
    assert "Install the pre-push hook" in texts and "Block committed key files" in texts
    assert not document.extra_sections


@pytest.mark.parametrize(
    "fix",
    [
        "By pinning the resolver back to the old release and then reloading it, we were able to quickly fix the issue.",
        "To fix this, the storage team swapped the failing power supply for a spare.",
        "To overcome this, the on-call engineer moved the queue to a fresh disk.",
    ],
)
def test_a_fix_told_as_the_deed_then_what_it_did_is_the_resolution(fix: str) -> None:
    text = f"""# Postmortem: search results went stale

## Timeline

- 2024-05-02 10:00 UTC: stale results reported
- 2024-05-02 11:00 UTC: results fresh again

## Root Cause and Resolution

The resolver's new release cached answers for a day instead of a minute, which kept results stale. {fix}
"""
    document = from_markdown(text)
    assert "cached answers" in document.root_cause.cause
    assert document.root_cause.resolution == fix


def test_a_cause_telling_what_happened_by_a_day_keeps_its_words() -> None:
    text = """# Postmortem: search results went stale

## Root Cause

The resolver's new release cached answers for a day. By Monday every result was a day old.
"""
    document = from_markdown(text)
    assert "By Monday" in document.root_cause.cause and not document.root_cause.resolution
