"""Kinds a careful reader gives entries the word tables misread: a wrong turn told as a shift of focus or a
cause weighed, the incident closed, the people affected working again, a name's lookup ("resolved to the
same IP"), deeds written in a word or two, and the deeds after an intrusion, which starts the incident."""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown
from app.model import EventKind
from tests.import_helpers import kind_of_entry


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Attention moved to the cache tier, but everything looked normal there.", EventKind.MISLEADING),
        (
            "The team dug into last week's release, considering a regression in it as the root cause.",
            EventKind.MISLEADING,
        ),
        ("The search moved to the network, where a possible routing problem was considered.", EventKind.MISLEADING),
        ("Initial suspicions pointed at the payment provider.", EventKind.MISLEADING),
        ("The incident was formally closed once the dashboards stayed green for an hour.", EventKind.RESOLUTION),
        ("Customers can place orders successfully.", EventKind.RESOLUTION),
        ("Reviewed the worker logs for the failing job.", EventKind.ACTION),
        ("The faulty build was withdrawn from the store.", EventKind.ACTION),
        ("Snapshots taken of both volumes.", EventKind.ACTION),
        ("Replacement cache node, `cache-7`, created", EventKind.ACTION),
        ("Notified the billing and support teams", EventKind.ESCALATION),
        ("Ticket #812 opened by the uptime bot with the failing check.", EventKind.DETECTION),
    ],
)
def test_the_entry_reads_as_a_reader_would(text, kind):
    assert kind_of_entry(text) is kind


@pytest.mark.parametrize(
    "text",
    [
        "Customers cannot place orders.",
        "Customers can not log in again.",
        "We considered a possible rollback window with the release team.",
    ],
)
def test_look_alike_sentences_stay_out_of_those_kinds(text):
    assert kind_of_entry(text) not in (EventKind.RESOLUTION, EventKind.MISLEADING)


def test_a_name_resolving_to_an_address_is_no_resolution_nor_the_incidents_end():
    document = from_markdown(
        "# Mail outage\n\nOn May 2, 2024 mail stopped.\n\n## Timeline\n\n"
        "- 08:00 Bounces for every message sent\n"
        "- 08:10 dig on the relay resolved to the same IP address as before\n"
        "- 08:20 Moved the relay to a clean address\n"
        "- 08:30 Mail flowing again\n"
    )
    kinds = [event.kind for event in document.timeline]
    assert kinds[1] is not EventKind.RESOLUTION
    assert document.summary.end is not None and document.summary.end.minute == 30


def test_an_intrusion_starts_the_incident_so_the_deeds_after_it_are_deeds():
    document = from_markdown(
        "# Stolen runner tokens\n\n## Timeline\n\n"
        "- 2023-04-02 10:00 UTC A stranger's pull request was merged\n"
        "- 2023-04-02 18:00 UTC Unauthorized access to the build runners was gained through a second pull request\n"
        "- 2023-04-03 09:00 UTC We changed the repository setting to require approval for all contributors\n"
        "- 2023-04-03 09:30 UTC We reported the account to the host's support desk\n"
        "- 2023-04-04 08:00 UTC A researcher's report of the break-in was submitted and an alert fired\n"
    )
    kinds = [event.kind for event in document.timeline]
    assert kinds[2:4] == [EventKind.ACTION, EventKind.ACTION]
    assert document.summary.start is not None and document.summary.start.day == 2
