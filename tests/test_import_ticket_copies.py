"""A bug tracker's or service desk's ticket copied as text (Jira, ServiceNow): read as a person reads it.

The ticket's summary, led by its key, is the title; its fields (status, priority, people) are the
document's details; its description is the write-up; its comments are the ticket's activity.
"""

from __future__ import annotations

import pytest

from app.formats.markdown_export import to_markdown
from app.formats.markdown_import import from_markdown


@pytest.mark.parametrize(
    "first",
    [
        "[PAY-317] Card refunds queued for a day",
        "PAY-317: Card refunds queued for a day",
        "INC0048812 - Card refunds queued for a day",
        "INC0048812 – Card refunds queued for a day",
        "Bug 5520 - Card refunds queued for a day",
    ],
)
def test_a_ticket_key_leading_the_first_line_makes_it_the_title_with_the_fields_right_under_it(first):
    text = (
        f"{first}\nOpened: 02/Apr/24 8:00 AM   Updated: 04/Apr/24 5:30 PM\n\n"
        "Status: Closed\nPriority: High\n\nRefunds waited in the queue from 08:00 to 16:20 UTC.\n"
    )
    document = from_markdown(text)
    assert document.metadata.title == first  # the key is how the team names it: it stays
    assert first not in document.introduction
    assert "Opened: 02/Apr/24" in document.introduction


def test_a_ticket_summary_without_its_key_over_the_ticket_fields_is_the_title():
    text = "Card refunds queued for a day\nCreated: 02/Apr/24 8:00 AM   Updated: 04/Apr/24 5:30 PM\n\nStatus: Done\n"
    assert from_markdown(text).metadata.title == "Card refunds queued for a day"


@pytest.mark.parametrize(
    "first",
    [
        "The refund queue stalled at 08:00 and nobody noticed until the afternoon, when support asked.",
        "Hi all,",
        "Update from the on-call engineer, as promised:",
    ],
)
def test_a_sentence_or_a_greeting_over_labelled_lines_is_not_a_title(first):
    document = from_markdown(f"{first}\nStatus: Done\nPriority: High\n")
    assert document.metadata.title == ""
    assert first in to_markdown(document)
