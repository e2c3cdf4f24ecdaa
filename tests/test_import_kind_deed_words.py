"""Steps of the response told in words no list of deeds held, and more hands brought in in a story's words.

Students write "Initiated a review of …", "Check the logs", "Verification of …", "The ops team entered the
fray": a careful reader sees a step taken or someone brought in, not a note."""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown
from app.model import EventKind


def kinds_of(*entries: str) -> list[EventKind]:
    bullets = "".join(f"- 10:{minute:02d} UTC {entry}\n" for minute, entry in enumerate(entries))
    document = from_markdown(f"# Shop outage\n\n## Timeline\nMarch 9, 2025\n\n{bullets}")
    assert len(document.timeline) == len(entries)
    return [event.kind for event in document.timeline]


@pytest.mark.parametrize(
    "entry",
    [
        "Initiated a review of the proxy logs",
        "Determined root cause",
        "Verification of the Nginx and Postgres services",
        "Check the logs the worker writes",
        "Load testing with siege on the staging copy",
        "We traced the fault to the proxy settings",
        "Identified the bad upstream block",
        "On-call engineers sprang into action",
        "A better patch is being developed",
    ],
)
def test_an_entry_telling_a_step_in_other_words_is_an_action(entry: str) -> None:
    assert kinds_of(entry) == [EventKind.ACTION]


@pytest.mark.parametrize(
    "entry",
    [
        "The platform team entered the fray",
        "The hosting company is tasked with moving the disk",
        "Support ticket was opened with the hosting company",
        "The report was sent to the IT support team",
        "Kofi Mensah assigned to investigate",
        "Assigned the ticket to the network team",
    ],
)
def test_an_entry_bringing_in_more_hands_is_an_escalation(entry: str) -> None:
    assert kinds_of(entry) == [EventKind.ESCALATION]


@pytest.mark.parametrize("entry", ["Elevated error rates on checkout", "Incident channel quiet overnight"])
def test_an_entry_stating_how_things_stood_stays_a_note_or_what_its_words_say(entry: str) -> None:
    assert kinds_of(entry) != [EventKind.ACTION]


def test_a_customer_opening_a_ticket_is_still_how_it_was_found() -> None:
    assert kinds_of("A customer opened a ticket about failed payments") == [EventKind.DETECTION]


@pytest.mark.parametrize(
    "entry",
    [
        "I attempted to reach the box over SSH",
        "I looked up the error message online",
        "We entered the new key in the file",
        "The proxy pool was being tuned",
        "Exploration of the worker's memory use",
    ],
)
def test_a_writer_telling_what_they_did_is_an_action(entry: str) -> None:
    assert kinds_of(entry) == [EventKind.ACTION]


@pytest.mark.parametrize("entry", ["I was on leave that week", "We waited for the vendor to answer"])
def test_a_writer_telling_where_they_were_or_what_they_waited_for_is_no_step(entry: str) -> None:
    assert kinds_of(entry) != [EventKind.ACTION]
