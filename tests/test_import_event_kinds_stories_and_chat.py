"""Kinds a careful reader gives entries told as a story or pasted from a chat: the story saying which moment
was its detection, a chat's first question and its "declaring an incident, I'll be IC", someone asked to join,
a guess asked aloud, a step after which the symptom is still there (or worse, or a new harm), a machine's own
"reports success" that nobody read, a call telling of a symptom, an alert named by its rule, and the ways a
report tells the fix held ("confirms the file is accepted", "has prices again", "was back by 2pm"); and the
look-alikes that are none of these.
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
        "Joan from the front office wrote 'is the portal down?' in the team channel. That was our detection.",
        "Kemal pinged the group with a photo of the frozen board; this was how we found out.",
        "A tenant left a voicemail about the dead intercom, which was our first alert.",
        "Maya from Sales posted a screenshot of the blank dashboard in the team room.",
        "A driver sends us a photo of the error on the depot screen.",
    ],
)
def test_a_story_saying_which_moment_told_us_is_the_detection(text):
    assert _kind(text) is EventKind.DETECTION


@pytest.mark.parametrize(
    "text",
    [
        "bea: did anyone just deploy the billing service? invoices look odd",
        "omar: has somebody changed the firewall rules? the office VPN keeps dropping",
        "lin: did anybody restart the queue workers a minute ago?",
    ],
)
def test_a_chat_asking_whether_someone_changed_something_is_the_detection(text):
    assert _kind(text) is EventKind.DETECTION


@pytest.mark.parametrize(
    "text",
    [
        "bea: search is timing out for a third of users. declaring an incident, I'll be IC",
        "omar: ok I'm taking incident command",
        "lin: I’ll be IC for this one",
        "Priya asked Tomás from the network team to join.",
        "We invited the vendor's engineer to dial in at once.",
        "bea: @ravi could you hop on the bridge? you wrote the importer",
        "lin: can someone take a look at the disk graphs?",
        "Head of Operations informed; she approves the weekend freeze.",
        "The CTO was briefed by phone.",
    ],
)
def test_bringing_people_in_is_an_escalation_however_it_is_said(text):
    assert _kind(text) is EventKind.ESCALATION


@pytest.mark.parametrize(
    "text",
    [
        "bea: could it be the new WAF rule? disabling it to see",
        "omar: maybe it's the session cache, flushing it",
        "lin: might this be the certificate rotation from this morning?",
    ],
)
def test_a_guess_asked_aloud_is_a_misleading_path(text):
    assert _kind(text) is EventKind.MISLEADING


@pytest.mark.parametrize(
    "text",
    [
        "Tariq rebooted the kiosk, and it still showed the old menu.",
        "We flushed the DNS cache, but the page still said 'not found'.",
        "Ana re-sends the batch; again nothing reaches the warehouse.",
        "Ana re-runs the import. Still nothing arrives in the shop.",
        "Rollback done, still 503s on the login page.",
    ],
)
def test_a_step_after_which_the_symptom_is_still_there_is_a_misleading_path(text):
    assert _kind(text) is EventKind.MISLEADING


@pytest.mark.parametrize(
    "text",
    [
        "Rollback complete; error rate unchanged.",
        "Failover finished, latency no better.",
        "Service restored on the standby; errors unchanged.",
        "Deploy of the hotfix completes. Timeout rate unchanged at 12%.",
    ],
)
def test_a_step_done_that_did_not_help_is_no_resolution(text):
    assert _kind(text) is EventKind.MISLEADING


@pytest.mark.parametrize(
    "text",
    [
        "Kim doubles the worker count. Timeouts climb.",
        "Raised the connection limit to 400; errors rose further.",
        "Scaled the API from 4 to 8 pods. Latency gets worse.",
        "Lars patches the parser to drop empty rows. The import finishes, but it now skips half the orders.",
        "The config change loads, but the page now shows blank prices.",
        "Clearing the browser cache did nothing.",
        "Restarting the router changed nothing.",
        "The second restart did not change anything.",
    ],
)
def test_a_step_that_made_it_worse_or_did_nothing_is_a_misleading_path(text):
    assert _kind(text) is EventKind.MISLEADING


@pytest.mark.parametrize(
    "text",
    [
        "Nightly sync runs. The copy fails on a full disk, and the script reports success anyway.",
        "Weekly export starts; the upload is refused and the task logs success.",
        "First backup of the night fails at the login prompt; the wrapper reported success.",
    ],
)
def test_a_machine_reporting_success_on_its_own_failure_before_anyone_noticed_is_a_note(text):
    assert _kind(text) is EventKind.NOTE


@pytest.mark.parametrize(
    "text",
    [
        "The warehouse supervisor rings Dispatch: no orders printed since noon.",
        "A partner's account manager emails us: their webhooks are failing.",
        "The school office phones IT: the printers are down again.",
        "QueueDepthHigh fires.",
        "CheckoutErrorBudgetBurn pages mhale.",
        "payment_latency_p99 triggered for eu-west.",
    ],
)
def test_a_call_telling_of_a_symptom_or_an_alert_named_by_its_rule_is_the_detection(text):
    assert _kind(text) is EventKind.DETECTION


@pytest.mark.parametrize(
    "text",
    [
        "The registrar confirms the domain is restored.",
        "The partner confirmed that the orders were received.",
        "The carrier confirms the manifest is accepted for tonight's collection.",
        "Reindex finished; every listing has photos again.",
        "Import completed; all stores have stock levels again.",
        "Email was back by 4pm.",
        "The VPN was back around 10:30 for every office.",
        "After that, the phones were back within minutes.",
        "By six we called the incident over.",
        "The incident was over by half past nine.",
        "The response team stood down.",
    ],
)
def test_the_fix_holding_or_the_end_said_in_a_report_is_the_resolution(text):
    assert _kind(text) is EventKind.RESOLUTION


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Users have errors again after the deploy.", EventKind.RESOLUTION),
        ("The importer has crashed again.", EventKind.RESOLUTION),
        ("We had to restart the proxy again.", EventKind.RESOLUTION),
        ("The shop has a problem again with card payments.", EventKind.RESOLUTION),
        ("The errors were back by noon.", EventKind.RESOLUTION),
        ("Node n4 asked to join the cluster and was refused.", EventKind.ESCALATION),
        ("The nightly job reports success.", EventKind.DETECTION),
    ],
)
def test_look_alikes_are_not_read_as_that_kind(text, kind):
    assert _kind(text) is not kind


def _timeline(*entries: str) -> list[EventKind]:
    lines = "".join(f"- 2024-05-01 {entry}\n" for entry in entries)
    return [event.kind for event in from_markdown(f"# Outage\n\n## Timeline\n\n{lines}").timeline]


@pytest.mark.parametrize(
    "entries",
    [
        (
            "10:00 UTC Checkout errors start.",
            "10:10 UTC dana: purging the CDN",
            "10:15 UTC dana: purge done, no change.",
        ),
        ("10:00 UTC Checkout errors start.", "10:10 UTC Restarted the payment pods.", "10:15 UTC No change."),
        ("10:00 UTC Checkout errors start.", "10:10 UTC We drained node 3.", "10:15 UTC No improvement in the 500s."),
    ],
)
def test_a_step_whose_next_entry_says_nothing_changed_was_a_misleading_path(entries):
    assert _timeline(*entries)[1:] == [EventKind.MISLEADING, EventKind.MISLEADING]


def test_a_next_entry_with_a_step_of_its_own_speaks_of_that_step():
    kinds = _timeline(
        "10:00 UTC Checkout errors start.",
        "10:10 UTC Omar finds the pool size was lowered.",
        "10:15 UTC Omar restarts the proxy; no change.",
    )
    assert kinds[1:] == [EventKind.ACTION, EventKind.MISLEADING]


@pytest.mark.parametrize(
    "last",
    [
        "Re-sync finished; all 900 products have prices again.",
        "She cleared the stuck job, and scanning was back by 11:30.",
        "The bank confirms the file is accepted for today's run.",
    ],
)
def test_the_fix_holding_said_last_ends_the_incident(last):
    document = from_markdown(
        "# Outage\n\n## Timeline\n\n"
        "- 2024-05-01 09:00 UTC Product feed fails; prices vanish from the shop.\n"
        "- 2024-05-01 09:20 UTC A shopper emails support about missing prices.\n"
        f"- 2024-05-01 11:40 UTC {last}\n"
    )
    assert document.timeline[-1].kind is EventKind.RESOLUTION
    assert document.summary.end is not None and (document.summary.end.hour, document.summary.end.minute) == (11, 40)


def test_a_step_that_did_not_help_does_not_end_the_incident():
    document = from_markdown(
        "# Outage\n\n## Timeline\n\n"
        "- 2024-05-01 09:00 UTC Login errors start.\n"
        "- 2024-05-01 09:20 UTC Rollback complete; error rate unchanged.\n"
        "- 2024-05-01 09:40 UTC Kai escalates to the database team.\n"
    )
    assert document.timeline[1].kind is EventKind.MISLEADING
    assert document.summary.end is None
