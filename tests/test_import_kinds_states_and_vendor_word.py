"""Kinds a careful reader gives entries told as a state, and another company's word on its own service.

"The mail relay is now running as the service user" or "Search cluster operational (replicas catching up)"
tells the service working again: the resolution. "Our build dashboard is active again" the same. "The DNS host
reports to be fully operational" is that company's status, a note beside the writer's own recovery.
"We realized that the workers are not working" is how the trouble became known. And once the incident is
known, "the on-call engineer received the page and began investigating" is the response starting."""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown
from app.model import EventKind


def kinds_of(*entries: str) -> list[EventKind]:
    bullets = "".join(f"- 09:{minute:02d} UTC {entry}\n" for minute, entry in enumerate(entries, start=10))
    document = from_markdown(f"# Build farm outage\n\n## Timeline\nJuly 3, 2025\n\n{bullets}")
    assert len(document.timeline) == len(entries)
    return [event.kind for event in document.timeline]


@pytest.mark.parametrize(
    "entry",
    [
        "The mail relay is now running as the service user and listens on port 2525",
        "Search cluster operational (two replicas still catching up)",
        "Our build dashboard is active again, jobs seem to be flowing",
        "Checked the shop page and saw that everything was working fine",
        "Tried the login again, able to connect",
        "Cashiers were back to selling as business as usual",
        "The grader was resurrected",
    ],
)
def test_the_service_said_to_work_again_is_the_resolution(entry: str) -> None:
    kinds = kinds_of("Alerting paged the on-call: checkout errors", "Restarted the relay", entry)
    assert kinds[-1] is EventKind.RESOLUTION


@pytest.mark.parametrize(
    "entry",
    [
        "Fastnet reports to be fully operational",
        "Bigcloud states that services have recovered except one region",
        "Hostco's status page announced the incident resolved",
    ],
)
def test_another_companys_status_word_is_a_note(entry: str) -> None:
    kinds = kinds_of("It is noticed that our CI jobs fail to fetch packages", entry)
    assert kinds == [EventKind.DETECTION, EventKind.NOTE]


def test_the_writers_own_people_reporting_recovery_stay_a_resolution() -> None:
    kinds = kinds_of("Monitoring alert fired for checkout errors", "Support reports all services recovered")
    assert kinds[-1] is EventKind.RESOLUTION


def test_a_second_companys_incident_noticed_is_a_detection_too() -> None:
    kinds = kinds_of(
        "It is noticed that the CDN has an incident",
        "It is noticed that the object store has an incident as well",
        "Temporary measure put in place so jobs run slower but keep going",
    )
    assert kinds == [EventKind.DETECTION, EventKind.DETECTION, EventKind.ACTION]


@pytest.mark.parametrize(
    "entry",
    ["we realized that the workers are not working", "the admin realizes that the site was down"],
)
def test_trouble_realized_is_a_detection(entry: str) -> None:
    assert kinds_of(entry, "Scaled the workers to four machines") == [EventKind.DETECTION, EventKind.ACTION]


@pytest.mark.parametrize(
    "entry",
    [
        "The on-call engineer received the page and began investigating the gateway logs",
        "On-call acknowledged the alert and began initial investigation",
        "Our engineers were alerted and started troubleshooting",
    ],
)
def test_the_response_starting_after_the_detection_is_an_action(entry: str) -> None:
    kinds = kinds_of("The uptime monitor raised an alert for failed requests", entry)
    assert kinds == [EventKind.DETECTION, EventKind.ACTION]


def test_a_step_that_failed_is_no_resolution() -> None:
    kinds = kinds_of(
        "Alert fired for the API gateway",
        "A rollback of the proxy config was started to restore service, but it failed on a missing file",
        "Restored the routing rules by hand; API back to normal",
    )
    assert kinds[1] is not EventKind.RESOLUTION
    assert kinds[2] is EventKind.RESOLUTION


def test_a_clock_kept_in_the_text_does_not_hide_the_step() -> None:
    # No date anywhere: the clocks stay in the entries' text, and their words still tell the kinds.
    document = from_markdown(
        "# Port 80 blocked\n\n## Timeline\n\n"
        "14:10 PM: Monitoring alerts said the site was down.\n\n"
        "14:42 PM: Rules were modified to stop blocking the port.\n\n"
        "14:50 PM: The issue was resolved, and the site was back online.\n"
    )
    assert [event.kind for event in document.timeline] == [
        EventKind.DETECTION,
        EventKind.ACTION,
        EventKind.RESOLUTION,
    ]


def test_another_companys_word_then_the_writers_own_recovery_is_the_resolution() -> None:
    kinds = kinds_of(
        "Alert fired: outgoing mail bounced", "Mailhost reports its relays restored. Our test mails arrive again."
    )
    assert kinds[-1] is EventKind.RESOLUTION


def test_another_companys_word_then_more_trouble_is_not_the_resolution() -> None:
    kinds = kinds_of(
        "Alert fired: outgoing mail bounced", "Mailhost reports its relays restored. We still see bounces."
    )
    assert kinds[-1] is not EventKind.RESOLUTION
