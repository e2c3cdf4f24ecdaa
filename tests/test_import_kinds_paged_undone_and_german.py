"""Event kinds a careful reader gives from words that point two ways, or that are not English.

"Paged" decides the kind whichever way it points: an alarm paging the
on-call is how the incident was found (detection); someone paging another
team brings it in (escalation). A step the text says did not help ("rolled
back the release; it did not help") is a wrong path, not the recovery; "End
of impact" and "error rates back to normal" close the incident. German
entries get their kinds from German words.
"""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown
from app.model import EventKind
from tests.import_helpers import kind_of_entry


@pytest.mark.parametrize(
    "text",
    [
        "Our monitoring spotted the jump in 503s and paged the payments on-call.",
        "Monitoring caught the error spike at 9:41 AM and paged the storage on-call engineers.",
        "The queue-depth monitor paged Ines, who was on call.",
        "Ines was paged by the queue-depth alarm.",
        "Grafana paged the storage on-call about the full disk.",
        "Nightly synthetic check failed and paged the on-call engineer.",
    ],
)
def test_an_alarm_paging_someone_is_the_detection(text: str) -> None:
    assert kind_of_entry(text) is EventKind.DETECTION


@pytest.mark.parametrize(
    "text",
    [
        "Storage team paged to look at the volume latency.",
        "Ines paged the storage team to look at the volume latency.",
        "Paged the network on-call for a second pair of eyes.",
        "The DBA on call was paged to check replication.",
        "Support paged Dario from the identity team.",
    ],
)
def test_a_person_or_team_paged_to_help_is_an_escalation(text: str) -> None:
    assert kind_of_entry(text) is EventKind.ESCALATION


@pytest.mark.parametrize(
    "text",
    [
        "Rolled back the 4.2 release; it did not help.",
        "Restarted the API pods, which didn't fix it.",
        "Reverted the feature flag change — no change in the error rate.",
        "Mei rolled the CDN config back at 10:20, but that wasn't it: errors kept coming.",
        "We rolled back the deploy, assuming it was the cause. It was not the cause.",
        "Restarted the workers; that did not fix anything.",
    ],
)
def test_a_rollback_or_restart_that_did_not_help_is_no_resolution(text: str) -> None:
    assert kind_of_entry(text) is EventKind.MISLEADING


@pytest.mark.parametrize(
    "text",
    [
        "Last stuck orders pushed through by hand. End of impact.",
        "Impact ended once the replicas caught up.",
        "Impact ends.",
        "Error rates back to normal in every region.",
        "Checkout fully recovered.",
        "Timeout rate at zero, all worker pods healthy.",
        "5xx errors dropped to 0% after the failover.",
    ],
)
def test_the_end_of_impact_is_the_resolution(text: str) -> None:
    assert kind_of_entry(text) is EventKind.RESOLUTION


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Alarm ausgelöst: Fehlerquote beim Login über 10 %.", EventKind.DETECTION),
        ("Der Lastalarm löst aus.", EventKind.DETECTION),
        ("Kundin bemerkt leere Warenkörbe.", EventKind.DETECTION),
        ("Eskalation an das Netzwerkteam.", EventKind.ESCALATION),
        ("Netzwerkteam hinzugezogen.", EventKind.ESCALATION),
        ("Fall an den Hersteller eskaliert.", EventKind.ESCALATION),
        ("Störung behoben.", EventKind.RESOLUTION),
        ("Anmeldung wiederhergestellt, Fehlerquote bei 0 %.", EventKind.RESOLUTION),
        ("Vermutung: ein fehlerhafter Cache-Knoten.", EventKind.MISLEADING),
        ("Falsche Spur: die Firewall-Regeln waren in Ordnung.", EventKind.MISLEADING),
    ],
)
def test_german_words_give_the_kind(text: str, kind: EventKind) -> None:
    assert kind_of_entry(text) is kind


@pytest.mark.parametrize(
    "text",
    [
        "Suggestion hit rate drops to zero after the deploy.",
        "Success rate fell to 0% in eu-west.",
        "Mei rolled the CDN config back at 10:20.",
        "The outage was triggered by a config push.",
        "Ana paged the storage team after the disk alert fired.",
    ],
)
def test_look_alikes_are_no_resolution_nor_detection(text: str) -> None:
    assert kind_of_entry(text) not in (EventKind.RESOLUTION, EventKind.DETECTION)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Search team runs the index rebuild runbook.", EventKind.ACTION),
        ("Flags team reruns the cache loader.", EventKind.ACTION),
        ("Engineers throttled bulk uploads in the eu region.", EventKind.ACTION),
        ("Rolled the web nodes back to image v41.", EventKind.ACTION),
        ("Manual cleanup of the temp directory on every build host.", EventKind.ACTION),
        ("Written cancellation notice sent to the carrier.", EventKind.ACTION),
        ("Service desk receives a stream of password-reset tickets.", EventKind.DETECTION),
        ("First wave of complaints on the community forum.", EventKind.DETECTION),
        ("Index fully rebuilt, searches return results again.", EventKind.RESOLUTION),
        ("Duplicate reports keep arriving; @lena pings @omar (storage).", EventKind.ESCALATION),
    ],
)
def test_deeds_first_reports_and_calls_written_plainly(text: str, kind: EventKind) -> None:
    assert kind_of_entry(text) is kind


@pytest.mark.parametrize(
    "judged",
    [
        "That was a reasonable guess, but it was wrong: the errors went on.",
        "It did not help; checkout still failed.",
        "That wasn't it: the pool stayed full.",
    ],
)
def test_a_rollback_the_next_entry_calls_a_wrong_guess_was_a_misleading_path(judged: str) -> None:
    document = from_markdown(
        "# Checkout errors\n\n## Timeline\n\n- 2025-03-04 10:05 UTC Ines rolled back the 4.2 deploy.\n"
        f"- 2025-03-04 10:12 UTC {judged}\n- 2025-03-04 10:40 UTC Lock released, checkout back to normal.\n"
    )
    assert [event.kind for event in document.timeline] == [
        EventKind.MISLEADING,
        EventKind.MISLEADING,
        EventKind.RESOLUTION,
    ]
