"""A company's public account of an outage, told in paragraphs with no headings.

A reader of "At 9:37 AM PDT a command removed too many servers … By 1:54 PM PDT the service was operating
normally" takes the incident to have run from 9:37 to 1:54 even though no sentence says "it began". The
impact is what the service and its users went through: not the report's opening courtesy ("We'd like to
give you some information about the disruption"), not the changes made since ("We have modified the tool
…"), not the closing apology ("Finally, we want to apologize for the impact").
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from app.formats.markdown_import import from_markdown
from app.formats.markdown_read.closing_words import cut_closing_words

PDT = timezone(timedelta(hours=-7))

ACCOUNT = """# Summary of the Queue Service Disruption

We would like to share some more information about the disruption of the queue service on August 14th, 2024.

At 8:12 AM PDT, an engineer ran a maintenance script meant for a staging cluster against the production one. \
It deleted the routing tables of most brokers.

While the brokers rebuilt their tables, customers could not publish or consume messages.

By 10:40 AM PDT, the brokers had rebuilt their tables and the service was operating normally.

We have added a confirmation step to the script and changed its default target to staging.

Finally, we want to apologize for the impact this event had on our customers.
"""


def test_a_story_told_from_its_first_moment_to_its_recovery_starts_there() -> None:
    imported = from_markdown(ACCOUNT)
    assert imported.summary.start == datetime(2024, 8, 14, 8, 12, tzinfo=PDT)
    assert imported.summary.end == datetime(2024, 8, 14, 10, 40, tzinfo=PDT)


def test_the_impact_leaves_out_courtesies_and_changes_made_since() -> None:
    impact = from_markdown(ACCOUNT).summary.impact
    assert "could not publish or consume messages" in impact
    assert "would like to share" not in impact
    assert "confirmation step" not in impact
    assert "apologize" not in impact


def test_a_closing_apology_after_an_ordering_word_is_closing_words() -> None:
    lines = ["- Add a confirmation step.", "", "Finally, we want to apologize to every customer affected."]
    kept, closing = cut_closing_words(lines)
    assert closing == ["Finally, we want to apologize to every customer affected."]
    assert kept == ["- Add a confirmation step.", ""]


PART_AND_WHOLE = """# Summary of the Mail Relay Event

We want to give you more detail about the mail relay disruption on June 3rd, 2025.

At 9:05 AM PDT, a configuration push removed most relay hosts from the pool. Outbound mail began to queue.

Customers could not send invoices between 9:05 AM PDT and 10:20 AM PDT. By 10:20 AM PDT invoices flowed again.

By 11:45 AM PDT, all relay APIs had fully recovered and the queued mail had been delivered.
"""


def test_the_end_is_the_whole_service_s_full_recovery_not_one_part_s_span() -> None:
    imported = from_markdown(PART_AND_WHOLE)
    assert imported.summary.start == datetime(2025, 6, 3, 9, 5, tzinfo=PDT)
    assert imported.summary.end == datetime(2025, 6, 3, 11, 45, tzinfo=PDT)


def test_a_last_paragraph_of_apology_is_the_closing_notes_and_leaves_the_story() -> None:
    imported = from_markdown(PART_AND_WHOLE + "\nWe apologize to every customer whose invoices were late.\n")
    assert imported.closing_notes == "We apologize to every customer whose invoices were late."
    assert "apologize" not in imported.introduction


def test_a_provider_s_summary_title_names_the_service() -> None:
    title = "# Summary of the Relay Mail Service Event in Frankfurt"
    text = PART_AND_WHOLE.replace("# Summary of the Mail Relay Event", title)
    assert from_markdown(text).metadata.service == "Relay Mail"
    assert from_markdown(PART_AND_WHOLE).metadata.service == ""  # "Summary of the Mail Relay Event": no service
