"""A timeline told without times, a sentence a line: "Actions taken" alone on a line is a label over the steps
under it (each one event), the detection told first keeps its kind, and "Misleading paths: …" on its own line
among the sentences is a wrong turn whose words stay whole. And a timeline opening on the symptom, with no
alert right after it, opens on its detection."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown
from app.model import EventKind


def test_a_label_line_with_no_colon_names_the_kind_of_the_steps_under_it():
    document = from_markdown(
        "Shop outage\n\nTimeline\n\n"
        "The outage was detected on Friday when we ran curl against the shop and got nothing back.\n\n"
        "Actions taken\n\n"
        "First I checked that the proxy was installed and pointed at both web servers.\n"
        "Renewed the certificate and made sure the key file was readable.\n"
        "Logged in to the registrar and set the new address on the A record.\n"
        "\nRoot Cause\n\nThe server's address changed under us.\n"
    )
    texts = [event.text for event in document.timeline]
    kinds = [event.kind for event in document.timeline]
    assert len(texts) == 4
    assert "Actions taken" not in texts
    assert kinds[0] is EventKind.DETECTION
    assert kinds[1:] == [EventKind.ACTION] * 3
    assert texts[2].startswith("Renewed the certificate")


def test_a_misleading_label_line_among_told_lines_is_a_wrong_turn_with_its_words():
    document = from_markdown(
        "Summary:\nThe cart broke.\n\nTimeline:\n"
        "March 2, 2024, 09:00 AM: An alert fired for slow checkout pages.\n"
        "Work began at once on the payment gateway logs.\n"
        "Misleading paths: At first the team suspected the new firewall rules. They were fine.\n"
        "The incident was escalated to the platform team.\n"
        "The incident was resolved on March 2, 2024, 1:00 PM, once the cache was fixed.\n"
    )
    wrong = [event for event in document.timeline if event.kind is EventKind.MISLEADING]
    assert [event.text for event in wrong] == [
        "Misleading paths: At first the team suspected the new firewall rules. They were fine."
    ]
    assert [event.kind for event in document.timeline][-2:] == [EventKind.ESCALATION, EventKind.RESOLUTION]


def test_a_timeline_opening_on_the_symptom_opens_on_its_detection():
    document = from_markdown(
        "# Mail outage\n\nOn May 2, 2024 mail stopped.\n\n## Timeline\n\n"
        "- 08:00 -421 errors for everyone sending from the office\n"
        "- 08:05 -Checked the client settings on two laptops\n"
        "- 08:30 -Moved the relay to a clean address\n"
    )
    assert document.timeline[0].kind is EventKind.DETECTION


def test_a_symptom_followed_by_its_alert_stays_the_incidents_course():
    document = from_markdown(
        "# API outage\n\nOn May 2, 2024 the API failed.\n\n## Timeline\n\n"
        "- 08:00 Errors start climbing on the API\n"
        "- 08:04 Error-rate alert fires and pages the on-call\n"
        "- 08:30 Rolled back the release\n"
    )
    assert document.timeline[0].kind is not EventKind.DETECTION
    assert document.timeline[1].kind is EventKind.DETECTION
