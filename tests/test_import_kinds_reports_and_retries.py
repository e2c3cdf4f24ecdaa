"""Kinds from the words of entries told in the present tense, as a plain report tells them: the fix step is a
deed, the people affected telling someone is the detection, a monitor's page (even labelled "🔔 Alert:") is the
detection and not an escalation, and a step after which nothing got better is a misleading path; and the
look-alikes that are none of these.
"""

from __future__ import annotations

import pytest

from app.model import EventKind
from tests.import_helpers import kind_of_entry

_kind = kind_of_entry


@pytest.mark.parametrize(
    "text",
    [
        "Priya cancels the nightly reindex; the API answers in time.",
        "Omar stops the runaway import from the admin page; writes settle.",
        "Hana kills the long transaction holding the lock.",
        "Bea regenerates the webhook secret and pastes it into the shop settings.",
        "Tunde generates a fresh token for the payment gateway.",
        "Dev reboots the print server.",
        "Kwame power-cycles both switches in the back office.",
        "Lucia removes the broken rule from the firewall.",
    ],
)
def test_a_fix_step_told_in_the_present_is_a_deed(text):
    assert _kind(text) in (EventKind.ACTION, EventKind.RESOLUTION)


@pytest.mark.parametrize(
    "text",
    [
        "A parent rings the front desk to say the booking page will not load.",
        "A customer calls the office to report that invoices are blank.",
        "One of the tenants emails the caretaker to complain the door entry is dead.",
        "Two nurses notice the rota app shows yesterday's shifts and post in the ward chat.",
        "Guests say the Wi-Fi portal loops back to the login page.",
        "The help-desk lead opens an urgent ticket: several branches say the tills are frozen.",
        "First staff arrive and cannot badge in.",
        "First guests check in and the key cards do not work.",
    ],
)
def test_the_people_affected_telling_someone_is_the_detection(text):
    assert _kind(text) is EventKind.DETECTION


@pytest.mark.parametrize(
    "text",
    [
        '🔔 Alert: Grafana rule "queue age > 5m" fired and paged the on-call.',
        "🚨 Alert: Uptime check on /health failed twice in a row",
        "[ALERT] disk usage on db-02 above 95%",
        'Prometheus rule "HighErrorRate" triggered and paged the on-call.',
        "The latency monitor paged the on-call engineer.",
    ],
)
def test_a_monitor_paging_the_on_call_is_the_detection_however_labelled(text):
    assert _kind(text) is EventKind.DETECTION


@pytest.mark.parametrize(
    "text",
    [
        "Marco pulls in @ines from the storage team.",
        "Noor brings in the network lead.",
        "Sam paged the DBA on call for the cluster.",
        "The on-call paged the storage team's lead.",
    ],
)
def test_a_person_bringing_others_in_is_still_an_escalation(text):
    assert _kind(text) is EventKind.ESCALATION


@pytest.mark.parametrize(
    "text",
    [
        "Ciarán reboots the two access points. They come back, still nobody can join.",
        "Restarted the audio service, but still no sound in the meeting room.",
        "Mei reinstalls the VPN client; still cannot reach the file share.",
        "Cleared the browser cache. Still the same blank page.",
        "Swapped the network cable; the till is still offline.",
    ],
)
def test_a_step_after_which_nothing_changed_is_a_misleading_path(text):
    assert _kind(text) is EventKind.MISLEADING


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # A machine's own doing is what happened, not the response.
        ("Scheduler starts the same export a second time.", EventKind.NOTE),
        ("The cron timer kicks off the backup job again.", EventKind.NOTE),
        ("Automated key rotation replaces the signing key on every node.", EventKind.NOTE),
        # The symptom alone, still there, is the incident's course.
        ("The site is still down for everyone.", EventKind.NOTE),
        # People being told is not them telling.
        ("Customers were emailed about the delay.", EventKind.NOTE),
        # A notice as a thing, and a ticket for another team (that is bringing them in).
        ("A maintenance notice went up on the status page.", EventKind.NOTE),
        ("Support opens a ticket for the search team.", EventKind.ESCALATION),
        # The alert's words in a later recovery stay the recovery.
        ("Alert: resolved, error rate back to normal.", EventKind.RESOLUTION),
        # "stops" of the symptom itself is its end, not a deed.
        ("Errors stop after the config reload.", EventKind.RESOLUTION),
    ],
)
def test_look_alikes_keep_their_own_kind(text, kind):
    assert _kind(text) is kind
