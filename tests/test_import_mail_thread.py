"""A post-mortem sent to a mailing list and replied to: the quoted report is read as the post-mortem."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown
from app.model import Status, TaskStatus

_THREAD = """\
From: Priya Nair <priya@lists.example.org>
To: build-infra@lists.example.org
Subject: Re: [build] Post-mortem: artifact cache returned truncated jars
Date: Wed, 10 Jun 2026 16:40:02 +0200

Hello,

Final version below, with the owners filled in. This is the final write-up.

Priya

On Tue, 9 Jun 2026 at 10:12, Priya Nair <priya@lists.example.org> wrote:
> Hi all,
>
> From Monday 8 June around 09:30 UTC until 13:15 UTC the artifact cache handed out
> truncated jar files, so about a third of CI builds failed to link.
>
> == Why it happened ==
>
> The cache node's scratch volume ran out of inodes, because the cleanup timer had been
> masked during an upgrade and never unmasked.
>
> == Timeline (UTC) ==
>
> Mon 8 Jun
>   09:10  last clean upload
>   09:30  first truncated jar served
>   10:45  Tomasz notices the link errors in the nightly build
>   12:20  Oksana unmasks the cleanup timer and clears the scratch volume
>   13:15  cache serving complete jars again
>
> == Action items ==
>
>  1. Alert on inode usage of the scratch volume -- Oksana, by 2026-06-30
>  2. Verify jar checksums before serving -- Tomasz
>
> Priya
>
>> On Tue, 9 Jun 2026 at 11:02, Tomasz Wrona <tomasz@example.org> wrote:
>> > Looks right. I was the one who saw the link errors at 10:45.
>>
>> Thanks, noted.

Oksana Bilyk wrote:
> The inode alert went out yesterday afternoon.

Thanks -- item 1 is done as of today.

--
Priya Nair
Build infrastructure
"""


def test_the_quoted_report_is_read_as_the_post_mortem() -> None:
    document = from_markdown(_THREAD)
    assert document.metadata.title == "Post-mortem: artifact cache returned truncated jars"
    assert [event.text for event in document.timeline] == [
        "last clean upload",
        "first truncated jar served",
        "Tomasz notices the link errors in the nightly build",
        "Oksana unmasks the cleanup timer and clears the scratch volume",
        "cache serving complete jars again",
    ]
    assert document.timeline[0].time.isoformat() == "2026-06-08T09:10:00+00:00"
    assert "ran out of inodes" in document.root_cause.cause + document.summary.root_cause


def test_replies_update_the_report_and_stay_as_written_apart() -> None:
    document = from_markdown(_THREAD)
    assert document.metadata.status == Status.FINAL  # "This is the final write-up."
    tasks = document.measures.tasks
    assert [(task.text, task.owner, task.status) for task in tasks] == [
        ("Alert on inode usage of the scratch volume", "Oksana", TaskStatus.DONE),  # "item 1 is done"
        ("Verify jar checksums before serving", "Tomasz", TaskStatus.OPEN),
    ]
    replies = next(section for section in document.extra_sections if section.heading == "Replies in the thread")
    assert "Oksana Bilyk wrote:" in replies.body
    assert "> Looks right." in replies.body.replace(">> ", "> ")
    # The replies' dates and times are not the incident's.
    assert all(event.time.date().isoformat() == "2026-06-08" for event in document.timeline)


def test_a_report_with_replies_quoted_under_it_is_read_as_it_is() -> None:
    # A mailbox's first mail is the report; the replies are quoted under it: nothing to move.
    text = """\
From: Priya Nair <priya@example.org>
Subject: Cache outage

## Timeline

- 09:30 first truncated jar served
- 13:15 cache serving complete jars again

On Tue, 9 Jun 2026 at 11:02, Tomasz Wrona <tomasz@example.org> wrote:
> Looks right to me.
> One more thing: the nightly build failed at 10:45.
> Also the retry at 11:00 failed.
> Cheers
> Tomasz
> --
> Build team
> Example Org
"""
    document = from_markdown(text)
    assert [event.text for event in document.timeline][:2] == [
        "first truncated jar served",
        "cache serving complete jars again",
    ]
    assert all(section.heading != "Replies in the thread" for section in document.extra_sections)


def test_a_markdown_quote_without_a_mail_is_not_a_thread() -> None:
    text = "# Outage\n\n> 09:30 a quote of the vendor's status page\n> 10:00 another line\n\nWe read it.\n"
    document = from_markdown(text)
    assert all(section.heading != "Replies in the thread" for section in document.extra_sections)


def test_an_owner_after_a_double_dash_as_plain_text_mail_writes_it() -> None:
    text = """\
# Cache outage

## Action items

1. Alert on inode usage -- Oksana Bilyk, by 2026-06-30
2. Keep the -- flag documented -- Tomasz Wrona
"""
    tasks = from_markdown(text).measures.tasks
    assert [(task.text, task.owner) for task in tasks] == [
        ("Alert on inode usage", "Oksana Bilyk"),
        ("Keep the -- flag documented", "Tomasz Wrona"),
    ]
    assert tasks[0].due is not None and tasks[0].due.isoformat() == "2026-06-30"


def test_a_reply_commenting_between_parts_of_the_quoted_report_keeps_the_report_whole() -> None:
    text = """\
On Thu, 11 Jun 2026 at 08:30, Hana Kato <hana@example.org> wrote:
> Post-mortem: print queue stalled
>
> ## Timeline (UTC)
>
> - 07:05 jobs stop leaving the queue
> - 07:20 the help desk gets the first call

Small thing: I think the first call was at 07:25.

> - 07:40 Lars restarts the spooler
> - 07:45 printing works again
>
> ## Action items
>
> - Alert on queue age -- Lars Berg

Looks good otherwise.
"""
    document = from_markdown(text)
    assert [event.text for event in document.timeline] == [
        "jobs stop leaving the queue",
        "the help desk gets the first call",
        "Lars restarts the spooler",
        "printing works again",
    ]
    assert [(task.text, task.owner) for task in document.measures.tasks] == [("Alert on queue age", "Lars Berg")]
    replies = next(section for section in document.extra_sections if section.heading == "Replies in the thread")
    assert "first call was at 07:25" in replies.body and "Looks good otherwise." in replies.body


def test_a_quote_in_a_report_that_is_no_mail_stays_a_quote() -> None:
    text = """\
Print queue stalled

The print queue stopped in the morning and we only learned of it from the vendor. The vendor wrote:

> ## Status updates
>
> - 07:05 investigating reports of stalled jobs
> - 07:20 the cause is identified
> - 07:40 a fix is being rolled out
> - 07:45 resolved
>
> Thank you for your patience.

We will ask the vendor for an alert next time.
"""
    document = from_markdown(text)
    assert all(section.heading != "Replies in the thread" for section in document.extra_sections)
