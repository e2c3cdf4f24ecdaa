"""A report whose sections are a numbered list of bold names, each section's text indented under
its item, read as the same sections under headings."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown

_CET = timezone(timedelta(hours=1))

LISTED = """# Mail relay outage

Author: Piet Janssen

All times CET (UTC+1).

1. **Summary**

   Duration: 09h10 to 10h00 on 2024-03-04 (50 minutes).

   Impact: outgoing mail from the library queued for 50 minutes; nobody could
   send a message.

   Root cause: the relay's TLS certificate expired overnight.

2. **Timeline**

   - 09h10 - relay starts refusing connections
   - 09h20 - a librarian reported that mail was stuck in the outbox
   - 09h45 - renewed the certificate and restarted postfix
   - 10h00 - the queue drained, mail flows again

3. **Root cause and resolution**

   Nobody renewed the relay's certificate because the reminder went to
   a mailbox nobody reads.

   We fixed it by renewing the certificate with certbot and restarting postfix.

4. **Corrective measures**

   - forward the renewal reminders to the team list
"""

# The same outline with "2)" numbers, underscores for bold and a colon after the name.
LISTED_OTHER_MARKS = (
    LISTED.replace("1. **Summary**", "1) __Summary:__")
    .replace("2. **Timeline**", "2) __Timeline:__")
    .replace("3. **Root cause and resolution**", "3) __Root cause and resolution:__")
    .replace("4. **Corrective measures**", "4) __Corrective measures:__")
    .replace("\n   ", "\n    ")
)


def _check(text: str) -> None:
    document = from_markdown(text)
    assert "outgoing mail" in document.summary.impact
    assert "certificate expired" in document.summary.root_cause or "reminder" in document.root_cause.cause
    assert "certbot" in document.root_cause.resolution
    times = [event.time for event in document.timeline]
    clocks = ((9, 10), (9, 20), (9, 45), (10, 0))
    assert times == [datetime(2024, 3, 4, hour, minute, tzinfo=_CET) for hour, minute in clocks]
    assert "mail flows again" in document.timeline[-1].text
    measures = [*document.measures.improvements, *(task.text for task in document.measures.tasks)]
    assert any("renewal reminders" in item for item in measures)


def test_numbered_bold_names_are_read_as_headings_over_their_indented_text() -> None:
    _check(LISTED)


def test_the_outline_may_use_other_marks_and_another_indent() -> None:
    _check(LISTED_OTHER_MARKS)


def test_a_numbered_list_of_bold_words_in_a_section_stays_a_list() -> None:
    text = """# Disk full

## Summary

The disk filled.

## Action items

1. **Rotate logs**
   daily, keep seven
2. **Alert at 80%**
   on every host
"""
    document = from_markdown(text)
    assert [task.text.strip("*") for task in document.measures.tasks][:1] == ["Rotate logs** daily, keep seven"]
    assert not document.extra_sections
