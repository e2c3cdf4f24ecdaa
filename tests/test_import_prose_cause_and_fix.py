"""The summary's cause, the cause and the resolution as a reader finds them in forms the importer missed.

A summary may name the cause with words of its own between "root cause" and "was" ("The root cause of the slow
checkout was that …") and, a sentence later, say when the cause was found ("The root cause was not identified
until …"): the first is the cause. A paragraph may open its fix with "However, the lasting resolution
involved …"; a run-on sentence may end "… so we just renamed the file and restarted the server". A report with
no resolution written anywhere tells the fix as a step of its timeline.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown


def test_the_cause_named_with_words_of_its_own_beats_when_it_was_found() -> None:
    document = from_markdown(
        """# Checkout slowdown

## Incident Summary

From 09:00 to 13:00 UTC on 4 April 2024 checkout took minutes.

The root cause of the slow checkout was that the coupon cache evicted every entry on each write. The root cause
was not identified until the next morning, after two teams had looked.

## Timeline

- 2024-04-04 09:00 UTC: Checkout latency alert.
- 2024-04-04 13:00 UTC: Latency normal.
"""
    )
    assert document.summary.root_cause.startswith("The root cause of the slow checkout was that the coupon cache")


_PLAIN = """Postmortem: image uploads stalled
Issue Summary

Duration: 1 hour (08:00 UTC - 09:00 UTC), 2 May 2024

Timeline

08:00 UTC: Uploads pile up in the queue.
09:00 UTC: Queue empty again.

Root cause and Resolution

{body}

Corrective and Preventative Measures

Alert on the upload queue's length.
"""


def test_a_fix_opened_with_however_starts_the_resolution() -> None:
    body = (
        "The upload service leaked file handles until it could open no more. Restarting it helped for a while. "
        "However, the lasting resolution involved shipping a build that closes every handle it opens."
    )
    document = from_markdown(_PLAIN.format(body=body))
    assert document.root_cause.cause.startswith("The upload service leaked file handles")
    assert "shipping a build that closes every handle" in document.root_cause.resolution
    assert "shipping a build" not in document.root_cause.cause


def test_a_run_on_sentence_ending_with_what_we_did_gives_the_resolution() -> None:
    body = (
        "the upload script pointed at uplods.conf instead of uploads.conf so every job failed to start "
        "so we just renamed the file and restarted the workers and then uploads went through"
    )
    document = from_markdown(_PLAIN.format(body=body))
    assert "renamed the file and restarted the workers" in document.root_cause.resolution


def _timeline_only(entries: str) -> str:
    return f"""# Search was down

## Summary

Search returned errors from 16:30 to 16:40 PST on 22 February 2018.

## Timeline

{entries}
## Action items

- Page the whole team, not a few of its members.
"""


def test_the_fix_step_before_the_end_of_the_timeline_is_the_resolution() -> None:
    document = from_markdown(
        _timeline_only(
            "### 2018-02-22 16:30\n\nAlert mails arrive; the search page is down.\n\n"
            "### 16:33\n\nDeleted the stuck proxy pods and waited for new ones to start.\n\n"
            "### 16:36\n\nService is back, confirmed on the dashboards.\n\n"
        )
    )
    assert document.root_cause.resolution.startswith("Deleted the stuck proxy pods")


def test_deeds_done_one_after_another_are_the_resolution_together() -> None:
    document = from_markdown(
        _timeline_only(
            "- 16:30 PST: Alert mails arrive; the search page is down.\n"
            "- 16:34 PST: The broken config file was replaced with a link to the good one.\n"
            "- 16:36 PST: The proxy was restarted.\n"
            "- 16:40 PST: Users confirmed search works again.\n"
        )
    )
    assert "replaced with a link to the good one" in document.root_cause.resolution
    assert "The proxy was restarted" in document.root_cause.resolution


def test_a_timeline_telling_no_deed_gives_no_resolution() -> None:
    document = from_markdown(
        _timeline_only(
            "- 16:30 PST: Alert mails arrive; the search page is down.\n"
            "- 16:35 PST: Looked at the proxy's logs.\n"
            "- 16:40 PST: Search came back by itself.\n"
        )
    )
    assert document.root_cause.resolution == ""


def test_what_was_found_and_word_sent_out_are_not_the_fix() -> None:
    document = from_markdown(
        _timeline_only(
            "- 16:30 PST: Alert mails arrive; the search page is down.\n"
            "- 16:33 PST: Found a proxy setting pushed at 16:20 that dropped long queries.\n"
            "- 16:36 PST: Setting reverted on every proxy.\n"
            "- 16:38 PST: Status page updated.\n"
            "- 16:40 PST: Search works again.\n"
        )
    )
    assert document.root_cause.resolution == "Setting reverted on every proxy."


def test_a_resolution_taken_from_the_timeline_leaves_a_note_naming_the_entry_and_the_page() -> None:
    from app.formats.markdown_read.reader import read_markdown

    _, notes = read_markdown(
        _timeline_only(
            "- 2018-02-22 16:30 UTC: Alert mails arrive; the search page is down.\n"
            "- 2018-02-22 16:33 UTC: Deleted the stuck proxy pods.\n"
            "- 2018-02-22 16:36 UTC: Service is back, confirmed on the dashboards.\n"
        )
    )
    assert "The resolution was taken from the timeline's entry at 16:33; check it on the Root Cause page" in notes
