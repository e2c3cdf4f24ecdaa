"""The prose fields of a team's report (impact, root cause, resolution) where a careful reader finds them.

- Atlassian's template writes "Root cause identification" (the five whys, how the cause was found) and then
  "Root cause" (the cause itself): the second is the Root Cause section's cause.
- "Recovery process" over the numbered steps that brought the system back is the resolution.
- "This was resolved by:" over a list in the summary: the resolution is that line and its list.
- A status header's "Fix: PR #12, deployed 3 May." repeated at the top of a "## Resolution" section that goes on
  to list what the fix did: the resolution is the section, which holds the header's words too.
- "The vulnerability originated with a firewall change" in a summary names the summary's root cause.
- "This starved the nodes of memory, causing …" points back: the cause is what the paragraph said before it.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

_TIMELINE = """## Timeline

- 2025-02-11 09:00 UTC - Alert fires for the queue.
- 2025-02-11 09:40 UTC - Queue drains again.
"""


def test_the_root_cause_section_wins_over_how_it_was_identified() -> None:
    document = from_markdown(
        f"""# Queue backlog on the billing workers

## Incident summary

The billing queue backed up for forty minutes and invoices went out late.

{_TIMELINE}
## Root cause identification

- Why did the queue back up? Because the workers stopped consuming.
- Why did they stop? Because their lease renewal failed.

## Root cause

An expired lease token left every worker idle while the queue kept growing.

## Corrective actions

- Alert when the lease token is a day from expiry.
"""
    )
    assert "expired lease token left every worker idle" in document.root_cause.cause
    assert "lease renewal failed" not in document.root_cause.cause


def test_a_recovery_process_section_is_the_resolution() -> None:
    document = from_markdown(
        f"""# Ledger node halt

## Description

The ledger nodes halted after a bad parameter was accepted by a vote.

{_TIMELINE}
## Recovery process

1. Stopped every node at the same height.
2. Exported the state and reset the bad parameter.
3. Restarted the nodes from the exported state.

## Action items

- Validate parameter sums before a vote opens.
"""
    )
    assert "Exported the state and reset the bad parameter" in document.root_cause.resolution


def test_a_summary_line_announcing_the_fix_over_a_list_is_the_resolution() -> None:
    document = from_markdown(
        f"""# Memory pressure on the notebook cluster

## Summary

On 2025-02-11 students reported frozen notebooks. Nothing could be used for forty minutes.

This was resolved by:

1. Giving the hub pods fixed memory guarantees
2. Moving the student pods to a pool of their own

{_TIMELINE}
## Action Items

- Add a memory alert for the core pool.
"""
    )
    resolution = document.root_cause.resolution
    assert "This was resolved by:" in resolution
    assert "Giving the hub pods fixed memory guarantees" in resolution
    assert "Moving the student pods to a pool of their own" in resolution


def test_a_resolution_section_repeating_the_headers_fix_line_is_the_resolution() -> None:
    document = from_markdown(
        f"""# Silent export failure

> **Status:** Resolved.
> **Fix:** PR #12, deployed 2025-02-12.

## Summary

The nightly export failed without raising an alarm, so two days of data were missing.

{_TIMELINE}
## Resolution

PR #12, deployed 2025-02-12:

- The role may now delete the scratch files it writes.
- The cleanup step raises when a deletion is refused.

## Follow-up

- Alarm on error lines in the export log.
"""
    )
    resolution = document.root_cause.resolution
    assert "PR #12, deployed 2025-02-12" in resolution
    assert "raises when a deletion is refused" in resolution


def test_a_vulnerability_that_originated_with_a_change_names_the_summary_cause() -> None:
    document = from_markdown(
        """# Dangling storage records

## Incident Summary

On 3 March the team learned that two records pointed at storage that no longer existed.

The vulnerability originated with a proxy setting changed on 10 January. No user was affected.

## Timeline

- 2025-03-03 14:00 UTC - An outside scan reports the dangling records.
- 2025-03-03 15:30 UTC - The records are deleted.

## Corrective Actions

- Review the proxy settings every quarter.
"""
    )
    assert "originated with a proxy setting changed" in (document.summary.root_cause or "")


def test_a_chain_sentence_pointing_back_takes_the_sentences_before_it() -> None:
    document = from_markdown(
        f"""# Notebook hub overload

## Summary

On 2025-02-11 students reported stuck pages. Nothing could be used.

After looking into it, we saw that the hub pods had no memory guarantees. There was no separate pool for them \
either, so student servers filled the nodes. This starved the hub of memory, causing errors everywhere.

{_TIMELINE}
## Action Items

- Give the hub pods their own pool.
"""
    )
    cause = document.summary.root_cause or ""
    assert "the hub pods had no memory guarantees" in cause
    assert "no separate pool for them" in cause
