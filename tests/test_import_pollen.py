"""A post-mortem written in Pollen (Racket's publishing markup) reads as the Markdown it stands for.

"#lang pollen" is no title: the ``◊(define-meta title …)`` is. ``◊section{…}`` is a heading, ``◊ol{◊item{…}}``
a list, ``◊strong{…}`` bold; the tags are no words of the report.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

_POLLEN = """\
#lang pollen

◊(define-meta title "Mail Server Outage")
◊(define-meta published "2019-06-12")

Our mail server stopped delivering for most of a Sunday.

◊section[#:id "impact"]{Impact}

◊ul{
◊item{No mail reached any of the ◊strong{family} mailboxes for nine hours.}
}

◊section[#:id "timeline"]{Timeline}

◊ol{
◊item{◊strong{09:10 UTC, 9 June 2019:} The disk of the mail server filled with ◊code{spamd} logs.}
◊item{◊strong{18:05 UTC, 9 June 2019:} I ◊link["https://example.org/cleanup"]{cleared the logs} and restarted Postfix.}
}

◊section[#:id "recovery"]{Recovery}

◊ol{
◊item{Deleted the old logs and restarted Postfix, and mail flowed again.}
}

◊section[#:id "followup"]{Followup Tasks}

◊ol{
◊item{Rotate the spamd logs every day}
◊item{Alert when the disk is 80% full}
}
"""


def test_pollen_title_sections_lists_and_tasks() -> None:
    document = from_markdown(_POLLEN)
    assert document.metadata.title == "Mail Server Outage"
    assert "any of the **family** mailboxes" in document.summary.impact
    assert [event.text for event in document.timeline] == [
        "The disk of the mail server filled with `spamd` logs.",
        "I [cleared the logs](https://example.org/cleanup) and restarted Postfix.",
    ]
    assert document.timeline[0].time is not None and document.timeline[0].time.hour == 9
    assert "restarted Postfix, and mail flowed again" in document.root_cause.resolution
    assert [task.text for task in document.measures.tasks] == [
        "Rotate the spamd logs every day",
        "Alert when the disk is 80% full",
    ]
    assert "◊" not in document.introduction and "lang pollen" not in document.introduction


def test_a_brace_no_tag_opened_stays_as_written() -> None:
    text = _POLLEN.replace("Our mail server stopped", "Our {mail} server } stopped")
    document = from_markdown(text)
    assert "Our {mail} server } stopped" in document.introduction
