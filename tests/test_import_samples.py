"""Realistic post-mortems in other common layouts: what each maps to, and that no word of them is lost.

The samples follow templates teams actually use: Atlassian's incident
post-mortem page, an Etsy "Morgue"-style write-up, and a plain document with
numbered headings; the PagerDuty-style sample lives in test_import_templates.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from app.formats.markdown_export import to_markdown
from app.formats.markdown_import import from_markdown
from app.model import EventKind, Severity, Status, TaskStatus
from tests.conftest import EXAMPLES
from tests.test_import_templates import PAGERDUTY_STYLE

ATLASSIAN_STYLE = """\
# Incident postmortem: Search results empty for EU customers

**Authors:** Priya Nair, Tom Becker
**Severity:** Sev 1
**Status:** In review

## Incident summary

Between 09:40 and 11:05 UTC on March 12, 2024, customers in the EU region received empty search results.
The event was triggered by a re-index job at 09:38 UTC.

## Leadup

A new analyzer configuration was merged on March 11 and rolled out with the nightly deploy.

## Fault

The analyzer dropped every token that contained an umlaut, so most German queries matched nothing.

## Impact

For 85 minutes, 42% of EU search requests returned no results. 310 support tickets were opened.

## Detection

A customer success manager noticed the spike in tickets at 10:12 UTC and paged search on-call.

## Response

After being paged, the on-call engineer (Tom) checked the cluster health, which was green.

## Recovery

We restored the previous analyzer and re-indexed the EU shard from the 03:00 snapshot.

## Timeline

| Time | Event |
|------|-------|
| 2024-03-12 09:38 UTC | Re-index job starts with the new analyzer |
| 2024-03-12 10:12 UTC | Support escalates the ticket spike to search on-call |
| 2024-03-12 10:50 UTC | Previous analyzer restored |
| 2024-03-12 11:05 UTC | EU search results back to normal (resolved) |

## Five whys

1. Search returned nothing because the index held no tokens with umlauts.
2. The analyzer dropped them because its character filter was wrong.
3. The filter was wrong because it was copied from the English config.

## Root cause

An analyzer character filter copied from the English configuration, with no test for non-ASCII text.

## Lessons learned

- Synthetic queries in every supported language would have caught this in minutes.

## Corrective actions

| Action | Owner | Due date | Status |
|--------|-------|----------|--------|
| Add German and French synthetic search probes | Priya | 2024-04-01 | In progress |
| Test analyzers against a multilingual corpus in CI | Tom | 2024-04-15 | Open |
"""

MORGUE_STYLE = """\
# Morgue: Photo uploads failing (2023-11-07)

- **Status:** final
- **Severity:** 2
- **Service:** Photo upload service
- **Authors:** jdoe

## Summary

Photo uploads failed for sellers for 37 minutes after a storage node filled its disk.

## Impact

Roughly 18,000 uploads failed. Listings already published were not affected.

## Timeline

2023-11-07 (all times PST)

- 13:02 Disk on storage-07 reaches 100%
- 13:05 Upload error rate alert fires, paging ops
- 13:20 Escalated to the storage team
- 13:39 Old thumbnails purged, storage-07 accepts writes again; uploads resolved

## Contributing factors

The disk-usage alert on storage nodes had been silenced during a migration in October and never re-enabled.

## Remediations

- [x] Re-enable the disk-usage alerts (owner: ops)
- [ ] Audit all silenced alerts weekly
  - Owner: kmiller
  - Due: 2023-12-01
  - Ticket: OPS-2231

## Tickets

- OPS-2229: storage-07 full
- OPS-2230: follow-up on silenced alerts

## IRC log

```
13:05 <nagios> CRITICAL upload_error_rate 31%
13:06 <jdoe> looking
```
"""

NUMBERED_HEADINGS = """\
# Post-incident review: payment webhooks delayed

## 1. Summary

Payment provider webhooks were processed up to 40 minutes late on 2024-08-20.

## 2. Impact

Orders stayed in "pending payment" and about 1,200 confirmation e-mails went out late.

## 3. Root Cause

The webhook queue's consumers were scaled to zero by a misconfigured autoscaler rule.

## 4. Timeline

- 2024-08-20 16:10 UTC Autoscaler scales webhook consumers to zero
- 2024-08-20 16:31 UTC Queue depth alert fires
- 2024-08-20 16:50 UTC Consumers scaled back up by hand; backlog drained (resolved)

## 5. Resolution

Scaled the consumers up by hand and fixed the autoscaler's minimum.

## 6. Action Items

1. Set a minimum of two webhook consumers
2. Alert on queue age, not only queue depth

## 7. Lessons Learned

Autoscaling rules need the same review as code.
"""


# --------------------------------------------------------------------------- what maps where


def test_atlassian_layout_maps_its_headings_and_tables():
    document = from_markdown(ATLASSIAN_STYLE)
    assert document.metadata.title == "Incident postmortem: Search results empty for EU customers"
    assert document.metadata.authors == ["Priya Nair", "Tom Becker"]
    assert (document.metadata.severity, document.metadata.status) == (Severity.SEV1, Status.IN_REVIEW)
    assert document.introduction.startswith("Between 09:40 and 11:05 UTC on March 12, 2024")
    assert document.summary.impact.startswith("For 85 minutes, 42% of EU search requests")
    assert document.root_cause.cause.startswith("An analyzer character filter copied")
    assert document.root_cause.resolution.startswith("We restored the previous analyzer")
    assert [(e.time, e.kind) for e in document.timeline] == [
        (datetime(2024, 3, 12, 9, 38, tzinfo=UTC), EventKind.NOTE),
        (datetime(2024, 3, 12, 10, 12, tzinfo=UTC), EventKind.ESCALATION),
        (datetime(2024, 3, 12, 10, 50, tzinfo=UTC), EventKind.ACTION),  # "Previous analyzer restored"
        (datetime(2024, 3, 12, 11, 5, tzinfo=UTC), EventKind.RESOLUTION),
    ]
    assert [(t.text, t.owner, t.due, t.status) for t in document.measures.tasks] == [
        ("Add German and French synthetic search probes", "Priya", date(2024, 4, 1), TaskStatus.IN_PROGRESS),
        ("Test analyzers against a multilingual corpus in CI", "Tom", date(2024, 4, 15), TaskStatus.OPEN),
    ]
    # The template's own parts the editor has no field for stay, in order, as written.
    assert [s.heading for s in document.extra_sections] == [
        "Leadup",
        "Fault",
        "Detection",
        "Response",
        "Five whys",
    ]
    assert document.closing_notes.startswith("- Synthetic queries in every supported language")


def test_morgue_layout_maps_its_headings_task_list_and_timeline_zone():
    document = from_markdown(MORGUE_STYLE)
    assert document.metadata.title == "Morgue: Photo uploads failing (2023-11-07)"
    assert (document.metadata.status, document.metadata.severity) == (Status.FINAL, Severity.SEV2)
    assert document.metadata.service == "Photo upload service"
    assert document.introduction.startswith("Photo uploads failed for sellers")
    assert document.summary.impact.startswith("Roughly 18,000 uploads failed")
    assert document.root_cause.cause.startswith("The disk-usage alert on storage nodes")
    pst = timezone(timedelta(hours=-8))
    assert [(e.time, e.kind) for e in document.timeline] == [
        (datetime(2023, 11, 7, 13, 2, tzinfo=pst), EventKind.NOTE),
        (datetime(2023, 11, 7, 13, 5, tzinfo=pst), EventKind.DETECTION),
        (datetime(2023, 11, 7, 13, 20, tzinfo=pst), EventKind.ESCALATION),
        (datetime(2023, 11, 7, 13, 39, tzinfo=pst), EventKind.RESOLUTION),
    ]
    first, second = document.measures.tasks
    assert (first.text, first.status, first.owner) == ("Re-enable the disk-usage alerts", TaskStatus.DONE, "ops")
    assert (second.text, second.status, second.owner, second.due, second.link) == (
        "Audit all silenced alerts weekly",
        TaskStatus.OPEN,
        "kmiller",
        date(2023, 12, 1),
        "OPS-2231",
    )
    assert [s.heading for s in document.extra_sections] == ["Tickets", "IRC log"]
    assert document.extra_sections[1].body.startswith("```\n13:05 <nagios> CRITICAL")


def test_numbered_headings_map_like_unnumbered_ones():
    document = from_markdown(NUMBERED_HEADINGS)
    assert document.metadata.title == "Post-incident review: payment webhooks delayed"
    assert document.introduction.startswith("Payment provider webhooks")
    assert document.summary.impact.startswith('Orders stayed in "pending payment"')
    assert document.root_cause.cause.startswith("The webhook queue's consumers")
    assert document.root_cause.resolution.startswith("Scaled the consumers up by hand")
    assert [e.time.minute for e in document.timeline] == [10, 31, 50]
    assert document.timeline[-1].kind is EventKind.RESOLUTION
    assert [t.text for t in document.measures.tasks] == [
        "Set a minimum of two webhook consumers",
        "Alert on queue age, not only queue depth",
    ]
    assert document.closing_notes == "Autoscaling rules need the same review as code."
    assert document.extra_sections == []


# --------------------------------------------------------------------------- nothing is lost

SAMPLES = {
    "pagerduty": PAGERDUTY_STYLE,
    "atlassian": ATLASSIAN_STYLE,
    "morgue": MORGUE_STYLE,
    "numbered": NUMBERED_HEADINGS,
    "google-sre": (EXAMPLES / "google-sre-style.md").read_text(encoding="utf-8"),
    "reference": (EXAMPLES / "dns-outage.md").read_text(encoding="utf-8"),
}

_MONTHS = ["january", "february", "march", "april", "may", "june"]
_MONTHS += ["july", "august", "september", "october", "november", "december"]
_TABLE_RULE = re.compile(r"\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*")


def _words(text: str) -> Counter[str]:
    """Runs of letters and runs of digits, case-folded; numbers without leading zeros.

    Digits are split from letters so that "SEV-2" and the exported "SEV2"
    are the same words, and "05" from a date and "5" are the same number.
    Month names count as their number too: the export writes 2024-05-02 as
    "May 2, 2024".
    """
    words: Counter[str] = Counter()
    for word in re.findall(r"[^\W\d_]+|\d+", text.casefold()):
        word = str(int(word)) if word.isdigit() else word
        words[word] += 1
        if word in _MONTHS:
            words[str(_MONTHS.index(word) + 1)] += 1
    return words


# "- **Root Causes**:", "- Ticket:": a label at the start of a line names the field its value goes to.
_LABEL = re.compile(r"^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?([A-Za-z][A-Za-z /&'-]{0,40}?)(?::(?:\*\*|__)|(?:\*\*|__)?:)")
# "2025-05-14 (all times UTC)": the zone note becomes the zone of the times below it.
_ZONE_NOTE = re.compile(r"\((?:all )?times? (?:in )?\w+\)")
# Table cells that are markers: a status the editor writes only when not "Open", or "no link".
_MARKER_CELL = re.compile(r"\|[ \t]*(open|n/a)[ \t]*(?=\|)", re.IGNORECASE)


def _structure_words(text: str) -> Counter[str]:
    """Words that only name structure, which the import turns into fields.

    Table header rows (their columns become event and task fields), labels at
    the start of a line, a timeline's "(all times PST)" note, marker cells and
    the "x" of a checked task-list box (it becomes the task's status).
    """
    lines = text.split("\n")
    structure = [lines[i - 1] for i in range(1, len(lines)) if _TABLE_RULE.fullmatch(lines[i]) and "|" in lines[i]]
    for line in lines:
        structure.extend(match.group(1) for match in [_LABEL.match(line)] if match)
        structure.extend(_ZONE_NOTE.findall(line))
        structure.extend(_MARKER_CELL.findall(line))
    checked = len(re.findall(r"^\s*(?:[-*+]|\d+[.)])\s+\[[xX]\]", text, re.MULTILINE))
    return _words("\n".join(structure)) + Counter({"x": checked})


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_every_word_of_the_sample_is_in_the_saved_markdown(name):
    text = SAMPLES[name]
    exported = to_markdown(from_markdown(text))
    expected = _words(text) - _structure_words(text)
    # Headings that name a field are written as the editor's heading for it.
    for heading in re.findall(r"^#{1,6}[ \t]+(.+)$|^(.+)\n(?:=+|-{2,})[ \t]*$", text, re.MULTILINE):
        expected -= _mapped_heading_words(heading[0] or heading[1])
    missing = expected - _words(exported)
    assert not missing, f"lost from {name}: {sorted(missing)}"


def _mapped_heading_words(heading: str) -> Counter[str]:
    from app.formats.markdown_import import _SECTIONS
    from app.formats.markdown_lines import name_key

    return _words(heading) if name_key(heading) in _SECTIONS else Counter()


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_a_saved_sample_reopens_and_saves_unchanged(name):
    document = from_markdown(SAMPLES[name])
    exported = to_markdown(document)
    assert from_markdown(exported) == document
    assert to_markdown(from_markdown(exported)) == exported


def test_times_that_became_event_times_are_written_in_full():
    exported = to_markdown(from_markdown(PAGERDUTY_STYLE))
    assert "May 2, 2024, 14:02 UTC" in exported
    assert "May 2, 2024, 15:10 UTC" in exported
    exported = to_markdown(from_markdown(MORGUE_STYLE))
    assert "November 7, 2023, 13:02 UTC-08:00" in exported
