"""The kinds of a student's timeline entries, as a careful reader gives them.

A school project's post-mortem tells its timeline in the first person and in the students' own words: a
command run ("`strace -p 4242` while curling shows …"), a classmate's message, a question asked in the cohort's
chat, the mentor told, a guess dismissed with "not it", the site "served with a valid certificate again".
"""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown
from app.formats.markdown_read.timeline.kinds import guess_kind
from app.model import EventKind


@pytest.mark.parametrize(
    ("entry", "kind"),
    [
        ("`strace -p 4242` while curling the homepage shows a failing open() on theme.phpp", EventKind.ACTION),
        ("`nginx -t` puis `systemctl reload nginx`.", EventKind.ACTION),
        ("Wrote a Puppet manifest to push the same fix to web-02", EventKind.ACTION),
        ("deleted the duplicate row on the replica, then `START SLAVE;`", EventKind.ACTION),
        ('Classmate Tunde messages me: "the site times out but www works??"', EventKind.DETECTION),
        ('Classmate Tunde messages me: "lagosbooks.tech times out but www works??"', EventKind.DETECTION),
        ("Asked in the #lagos-cohort Discord; Ife spotted the wrong IP", EventKind.ESCALATION),
        ("told the mentor (Mrs. Achieng) because i wasnt sure about skipping the error", EventKind.ESCALATION),
        ("i check the cron code, think it is a timezone bug. spent 20 min on it. not it", EventKind.MISLEADING),
        ("At 11:05 the shop was served with a valid certificate again and the app reconnected.", EventKind.RESOLUTION),
        ("Alerte de notre sonde (un `curl` dans cron) : code HTTP 502 sur /login.", EventKind.DETECTION),
        ("J'ai demandé de l'aide à Fatou, notre mentore, sur Slack.", EventKind.ESCALATION),
        ("Uptime monitor (StatusCake) sent an email: bookshelf.tech is DOWN", EventKind.DETECTION),
        ("Pingdom sent an SMS: site down", EventKind.DETECTION),
        ("the checker on the school portal says task 2 failed", EventKind.DETECTION),
    ],
)
def test_a_students_entry_gets_the_kind_a_reader_gives_it(entry: str, kind: EventKind) -> None:
    assert guess_kind(entry) is kind


@pytest.mark.parametrize(
    "entry",
    [
        "`web-02` goes down after the disk fills",  # a host named in code, not a command someone ran
        "The certificate expired at 03:00; we had no external monitoring, so nobody saw it.",
        "The site was down again an hour later.",
    ],
)
def test_what_only_looks_like_a_deed_an_alert_or_a_recovery_stays_a_note(entry: str) -> None:
    assert guess_kind(entry) is EventKind.NOTE


def test_the_expiry_told_before_anyone_saw_it_leaves_the_detection_to_the_person_who_did() -> None:
    document = from_markdown(
        "# Postmortem\n\n## Timeline\n\n"
        "- 2024-06-02 03:00 The certificate expired. It was a Sunday and we had no external monitoring.\n"
        "- 2024-06-03 08:30 Our teammate Kojo opened the shop and saw the browser warning.\n"
    )
    assert [event.kind for event in document.timeline] == [EventKind.NOTE, EventKind.DETECTION]
