"""Kinds a careful reader gives timeline entries written as plain statements, often without their doer: a fix
in the passive ("New disk mounted", "Firmware corrected"), the system back at work ("queries respond normally",
"web-3 returns to the pool", "healthy by 09:40", "the stopgap procedures ended"), those affected confirming it
works, someone brought in ("We pull in Aiko", "I ping @lee", "shift lead Ola Berg called", "paged by the desk
lead", "invokes the Major Incident procedure"), a place where people talk lighting up or someone asking why a
graph fell, a call to a help line, a report taken lightly ("treated as a one-off"), a step's short denial ("It
was not."), a step that helped only for a while ("…, then fail again"); and the look-alikes that are none of
these. A recovery said last ends the incident when the document states no end.
"""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown
from app.model import EventKind
from tests.import_helpers import kind_of_entry

_kind = kind_of_entry


@pytest.mark.parametrize(
    "text",
    [
        "Replacement disk mounted and installed on db-2.",
        "Hotfix 4.7.3 released with the corrected timeout.",
        "The routing rule was corrected by Inês.",
        "Nightly purge job stopped by the on-call DBA.",
        "Config reverted to yesterday's version.",
        "Kai reloads the proxy with the old upstream list.",
        "Bad certificate swapped for the staging one.",
        "orders index recreated concurrently",
    ],
)
def test_a_fix_said_in_the_passive_or_without_its_doer_is_a_step_of_the_response(text):
    assert _kind(text) in (EventKind.ACTION, EventKind.RESOLUTION)


@pytest.mark.parametrize(
    "text",
    [
        "Booking pages respond normally in every region.",
        "Reports load normally again for the finance team.",
        "web-3 returns to the pool.",
        "Node b2 goes back into rotation.",
        "The cluster was healthy by 09:40.",
        "All queues were stable by noon.",
        "Every warehouse confirms stock counts match the ledger.",
        "Agents confirm they can log in from the branch offices.",
        "Paper ordering procedures ended; staff re-key the morning's orders.",
        "Read-only mode lifted for all tenants.",
        "We restored everything from the snapshot by 14:10.",
        "Backlog drained; we call it a fluke.",
        "by noon we had stood the bridge down",
    ],
)
def test_the_system_back_at_work_or_the_stopgap_ended_is_the_resolution(text):
    assert _kind(text) is EventKind.RESOLUTION


@pytest.mark.parametrize(
    "text",
    [
        "We pull in Aiko from the storage team.",
        "Then we bring in the database folks.",
        "I ping @lee-m (maintainer) on IRC because more reports arrive.",
        "Dana pings Omar on Slack for help with the queue.",
        "Shift lead Ola Berg called.",
        "Ticket count over 40; the network manager phoned.",
        "Storage engineer Rui Costa (Lisbon) paged by the service desk lead.",
        "More calls arrive; the duty manager invokes the Major Incident procedure.",
        "The Incident Manager activates the crisis plan and notifies the CTO.",
        "Ops informs the regulator by email.",
    ],
)
def test_someone_brought_in_said_plainly_is_an_escalation(text):
    assert _kind(text) is EventKind.ESCALATION


@pytest.mark.parametrize(
    "text",
    [
        'The forum lights up: "login loop on the new client??"',
        "Slack lit up with screenshots of empty carts.",
        "The support phones start ringing at every branch.",
        "Finance asks in the team room why the revenue chart dropped to zero.",
        "Sales asked why the price list is empty for the EU shop.",
        "The first school called the IT help line about blank timetables.",
        "A pharmacist rings the hotline: prescriptions will not print.",
    ],
)
def test_a_first_report_told_as_a_place_lighting_up_a_question_or_a_call_is_the_detection(text):
    assert _kind(text) is EventKind.DETECTION


@pytest.mark.parametrize(
    "text",
    [
        "The desk treats the complaint as an isolated printer fault and reprints the ticket.",
        "Ops dismissed the first alert as a blip.",
        "We wrote the timeouts off as noise from the load test.",
        "We add two more workers, since surely more workers is the fix. It was not.",
        "Bumped the cache size to 8 GB. That wasn't it.",
        "Ravi restarts the gateway. Logins work for a few minutes, then fail again.",
        "Rolled back the theme; pages recover, but go down again at 10:50.",
        "we add a second cache node; nothing changes (the misses are on writes)",
    ],
)
def test_a_report_taken_lightly_a_denied_step_or_a_short_lived_recovery_is_a_misleading_path(text):
    assert _kind(text) is EventKind.MISLEADING


def test_a_rollback_named_as_a_noun_in_french_is_a_step():
    assert _kind("Retour arrière vers la version 3.1.") is EventKind.ACTION


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The app worked normally until 07:40.", EventKind.RESOLUTION),
        ("Pages were not responding normally.", EventKind.RESOLUTION),
        ("Support confirms the errors match the deploy time.", EventKind.RESOLUTION),
        ("Kim confirms she can see the duplicate charges.", EventKind.RESOLUTION),
        ("bob: not me, nothing merged since Friday", EventKind.ACTION),
        ("I merged a change to the login loader.", EventKind.ACTION),
        ("The shift lead called the help desk: the tills are frozen.", EventKind.ESCALATION),
        ("On-call engineer paged by the disk alert.", EventKind.ESCALATION),
        ("We pull in the latest changes from upstream.", EventKind.ESCALATION),
        ("Ops pings 10.0.0.1 from the bastion.", EventKind.ESCALATION),
        ("The queue has cleared and the major incident is closed.", EventKind.ESCALATION),
        ("The bug lights up the whole dashboard in red.", EventKind.DETECTION),
        ("Dana asks why the deploy skipped the canary.", EventKind.DETECTION),
        ("The site is down again at 14:00.", EventKind.MISLEADING),
        ("Drained node 3 for maintenance.", EventKind.RESOLUTION),
        ("It is not clear why the pool shrank.", EventKind.MISLEADING),
    ],
)
def test_look_alikes_are_not_read_as_that_kind(text, kind):
    assert _kind(text) is not kind


def _document(*entries: str):
    lines = "".join(f"- 2024-05-01 {entry}\n" for entry in entries)
    return from_markdown(f"# Outage\n\n## Timeline\n\n{lines}")


@pytest.mark.parametrize(
    "last",
    [
        "Order screens respond normally at all depots.",
        "All depots confirm labels match the orders.",
        "The stopgap paper procedures ended; staff re-key the orders.",
        "The fleet was healthy by 11:40.",
    ],
)
def test_a_recovery_said_plainly_last_ends_the_incident(last):
    document = _document(
        "09:00 UTC Order screens freeze at the depots.",
        "09:10 UTC Depot staff call the help desk.",
        "10:30 UTC Index rebuild stopped by the DBA.",
        f"11:40 UTC {last}",
    )
    assert document.timeline[-1].kind is EventKind.RESOLUTION
    assert document.summary.end is not None and (document.summary.end.hour, document.summary.end.minute) == (11, 40)


def test_after_an_escalation_someone_seeing_something_is_a_finding():
    document = _document(
        "06:05 UTC On-call engineer Pia Lund paged by the help desk lead.",
        "06:30 UTC Pia sees the export never ran in the scheduler history.",
        "07:10 UTC Export triggered by hand.",
    )
    assert [event.kind for event in document.timeline][:2] == [EventKind.ESCALATION, EventKind.ACTION]
    # paged about the incident: it was already going on then
    assert document.summary.start is not None and document.summary.start.hour == 6
    assert document.summary.start.minute == 5
