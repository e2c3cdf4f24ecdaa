"""A post-mortem mailed to the people who need it, saved from the mail program as ``.eml`` (or a mailbox
``.mbox``): it opens like the same text pasted into a ``.txt``, and a careful reader's reading comes out of it:
the subject is the title (its tag and severity read apart), the times of its step-by-step list are the
timeline, its next steps are the tasks with their owners and states. A mail sent as quoted-printable or as
multipart (plain text beside HTML, an attachment) is read from its text part; nothing is written to disk.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from app.errors import DocumentError
from app.formats import files

_PLAIN_MAIL = """\
From: Tomasz Wielgus <tomasz@lakeside-transit.example>
To: service-owners@lakeside-transit.example
Subject: [Post-incident summary] Ticket machines offline at three stations (Sev 3)
Date: Tue, 14 Jul 2026 10:02:44 +0200
Message-ID: <a1b2c3@lakeside-transit.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Hello everyone,

Here is what happened with the ticket machines last Thursday, for those who were not on the bridge.

WHAT WENT WRONG
A certificate on the payment terminal proxy expired, so card payments at three stations failed.

HOW WE FOUND IT AND FIXED IT (times CEST)
Thu 9 Jul 06:10 - card payments start failing at the three stations
Thu 9 Jul 06:40 - station staff phone the service desk about queues at the machines
Thu 9 Jul 07:05 - desk pages the payments on-call, Greta
Thu 9 Jul 07:30 - new certificate installed on the proxy
Thu 9 Jul 07:45 - payments working again at all three stations

NEXT STEPS
1. Add expiry alerts for every certificate on the proxy - Greta, done.
2. Move the proxy to the automated renewal job - Platform Team (Omar Saleh), in progress.
3. Write the station staff a fallback note for card outages - Tomasz, by 31 July.

Thanks,
Tomasz
"""


def _open(tmp_path: Path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return files.load_with_notes(path)[0]


def test_a_saved_mail_opens_and_reads_as_its_writer_meant(tmp_path: Path) -> None:
    document = _open(tmp_path, "ticket-machines.eml", _PLAIN_MAIL.encode("utf-8"))
    assert document.metadata.title == "Ticket machines offline at three stations"
    assert document.metadata.severity == "SEV3"
    assert document.metadata.authors == ["Tomasz Wielgus"]
    cest = timezone(timedelta(hours=2))
    times = [event.time for event in document.timeline]
    assert times == [datetime(2026, 7, 9, hour, minute, tzinfo=cest) for hour, minute in
                     ((6, 10), (6, 40), (7, 5), (7, 30), (7, 45))]  # fmt: skip
    assert document.summary.start == datetime(2026, 7, 9, 6, 10, tzinfo=cest)
    tasks = [(task.owner, task.status.value, task.due) for task in document.measures.tasks]
    assert tasks == [
        ("Greta", "done", None),
        ("Platform Team (Omar Saleh)", "in progress", None),
        ("Tomasz", "open", date(2026, 7, 31)),
    ]
    assert "certificate on the payment terminal proxy expired" in document.root_cause.cause
    # The transport headers are the mail program's, not the writer's words.
    assert "Message-ID" not in document.model_dump_json()


_MULTIPART = """\
From: =?utf-8?q?Ren=C3=A9e_Lindqvist?= <renee@example.org>
To: team@example.org
Subject: =?utf-8?q?Search_index_stale_=E2=80=94_review?=
Date: Mon, 6 Apr 2026 09:00:00 +0000
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="outer"

--outer
Content-Type: multipart/alternative; boundary="inner"

--inner
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Timeline (UTC):
- 2026-04-03 14:00 indexer stops consuming =E2=80=94 nobody notices
- 2026-04-03 16:30 reindex started by hand, caf=C3=A9 search works again

--inner
Content-Type: text/html; charset="utf-8"

<p>The HTML copy of the same text.</p>
--inner--

--outer
Content-Type: application/octet-stream
Content-Disposition: attachment; filename="heap.bin"
Content-Transfer-Encoding: base64

AAECAwQFBgcICQ==
--outer--
"""


def test_a_multipart_quoted_printable_mail_is_read_from_its_text_part(tmp_path: Path) -> None:
    document = _open(tmp_path, "search.eml", _MULTIPART.encode("ascii"))
    assert [path.name for path in tmp_path.iterdir()] == ["search.eml"]  # the attachment is written nowhere
    assert document.metadata.title == "Search index stale — review"
    assert document.metadata.authors == ["Renée Lindqvist"]
    assert [event.text for event in document.timeline] == [
        "indexer stops consuming — nobody notices",
        "reindex started by hand, café search works again",
    ]
    assert "heap.bin" in document.model_dump_json()  # named, so a reader knows it was there
    assert "The HTML copy" not in document.model_dump_json()  # the text part is the mail


def test_a_mailbox_reads_its_first_mail_and_quotes_the_replies(tmp_path: Path) -> None:
    first = _PLAIN_MAIL.replace("Subject: [Post-incident summary] ", "Subject: ")
    reply = (
        "From: Greta Holm <greta@example.org>\nDate: Tue, 14 Jul 2026 11:00:00 +0200\nSubject: Re: x\n\n"
        "The alerts are live.\n"
    )
    mailbox = (
        f"From tomasz@example Tue Jul 14 10:02:44 2026\n{first}\nFrom greta@example Tue Jul 14 11:00:00 2026\n{reply}"
    )
    document = _open(tmp_path, "thread.mbox", mailbox.encode("utf-8"))
    assert document.metadata.title == "Ticket machines offline at three stations"
    assert len(document.timeline) == 5
    assert "The alerts are live." in document.model_dump_json()


@pytest.mark.parametrize("name", ["notes.eml", "NOTES.EML", "thread.mbox"])
def test_mail_suffixes_are_offered_wherever_a_file_is_opened(name: str) -> None:
    from widgets.dialogs import OPEN_FILTER

    assert files.suffix_of(Path(name)) in files.OPENABLE_SUFFIXES
    assert f"*{files.suffix_of(Path(name))}" in OPEN_FILTER.split(";;")[0]


def test_a_mail_with_no_text_part_still_opens_empty_rather_than_failing(tmp_path: Path) -> None:
    data = b"From: a@b.example\nSubject: Only a picture\nContent-Type: image/png\n\n\x89PNG"
    try:
        document = _open(tmp_path, "picture.eml", data)
    except DocumentError:
        return  # refused with a reason is fine too
    assert document.metadata.title == "Only a picture"


@pytest.mark.parametrize(
    "sentence",
    [
        "From 06:10 to 07:45 CEST, sales from about 1,900 ticket terminals arrived late at head office.",
        "Between 06:10 and 07:45 CEST the hourly readings of 3,400 sensors were late.",
    ],
)
def test_a_window_sentence_that_says_what_came_late_is_the_impact(sentence: str) -> None:
    from app.formats.markdown_import import from_markdown

    text = f"Terminal sales delayed\n\nWHAT HAPPENED\n{sentence} Nothing was lost.\n\nWHY\nA queue filled up.\n"
    assert sentence in from_markdown(text).summary.impact


def test_a_mail_pasted_as_text_with_its_transport_headers_first_is_still_a_mail() -> None:
    from app.formats.markdown_import import from_markdown

    text = (
        "Message-ID: <77@example.org>\nX-Mailer: Some Client 9\nDate: Tue, 14 Jul 2026 10:02:44 +0200\n"
        "From: Tomasz Wielgus <tomasz@example.org>\nTo: all@example.org\nSubject: Ticket machines offline\n\n"
        "Hello,\n\nThe machines were offline for an hour.\n"
    )
    document = from_markdown(text)
    assert document.metadata.title == "Ticket machines offline"
    assert document.metadata.authors == ["Tomasz Wielgus"]


def test_a_text_saved_under_a_mails_name_keeps_its_first_lines(tmp_path: Path) -> None:
    text = "Postmortem: Ticket machines offline\n\nThe machines were offline for an hour on 9 July 2026.\n"
    document = _open(tmp_path, "notes.eml", text.encode("utf-8"))
    assert "Ticket machines offline" in document.metadata.title
    assert "offline for an hour" in document.introduction
