"""A short note that tells when the trouble began and what happened then gives its summary's root cause.

"The outage began at 09:10 UTC, when the mail relay's key was revoked in a clean-up": no "root cause" words,
but a reader filling in the form copies that sentence as the cause.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

PLAIN_NOTE = """Incident note: invoice emails held back overnight

Filed by: Jonas Weber
Severity: SEV4

Summary:
Invoice emails for 2 June were not sent until the next morning. The outage began at 22:00 UTC,
when the mail relay's API key was revoked in a credentials clean-up, and it ended at 07:30 UTC
when Jonas issued a new key. Nobody was billed twice.

Follow-ups:
- Alert when the relay refuses more than ten calls in a minute
"""


def test_the_sentence_telling_what_happened_when_it_began_is_the_root_cause() -> None:
    document = from_markdown(PLAIN_NOTE)
    cause = " ".join(document.summary.root_cause.split())
    assert "when the mail relay's API key was revoked in a credentials clean-up" in cause


def test_a_start_told_without_what_happened_names_no_cause() -> None:
    document = from_markdown(
        PLAIN_NOTE.replace(",\nwhen the mail relay's API key was revoked in a credentials clean-up,", "")
    )
    assert document.summary.root_cause == ""
