"""Tables in Trac's, MoinMoin's and Textile's wiki markup, read as the tables a reader sees.

Trac and MoinMoin write ``||14:02||Resolver CPU at 100%||`` rows (a header as ``||= Time =||`` or
``||'''Time'''||``) and ``[[BR]]`` line breaks; Textile, as Redmine's wiki writes it, ``|_. Time |`` headers.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from app.formats.markdown_import import from_markdown
from app.model import Status

TRAC = """= Postmortem: artifact store full =

'''Status:''' final [[BR]]
'''Authors:''' Ilse Vermeulen

== Summary ==

Uploads failed on 4 November 2024 (times in UTC).

== Timeline ==

||'''Time (UTC)'''||'''Event'''||
||07:15||Uploads to the artifact store start failing||
||08:40||Old snapshots pruned, uploads succeed||

== Action items ==

||= Action =||= Owner =||= Due =||= Status =||
||Alert at 80% disk on the artifact store||Ilse Vermeulen||2024-11-15||done||
"""

TEXTILE = """h1. Postmortem: artifact store full

h2. Summary

Uploads failed on 4 November 2024 (times in UTC).

h2. Timeline

|_. Time |_. Event |
| 07:15 | Uploads to the artifact store start failing |
| 08:40 | Old snapshots pruned, uploads succeed |

h2. Action items

|_. Action |_. Owner |_. Due |_. Status |
| Alert at 80% disk on the artifact store | Ilse Vermeulen | 2024-11-15 | done |
"""

EVENTS = [
    (datetime(2024, 11, 4, 7, 15, tzinfo=UTC), "Uploads to the artifact store start failing"),
    (datetime(2024, 11, 4, 8, 40, tzinfo=UTC), "Old snapshots pruned, uploads succeed"),
]
TASKS = [("Alert at 80% disk on the artifact store", "Ilse Vermeulen", date(2024, 11, 15), "done")]


def test_a_trac_page_gives_its_timeline_tasks_and_labels() -> None:
    document = from_markdown(TRAC)
    assert document.metadata.status == Status.FINAL  # "final [[BR]]": the break is no part of the status
    assert document.metadata.authors == ["Ilse Vermeulen"]
    assert [(event.time, event.text) for event in document.timeline] == EVENTS
    assert [(task.text, task.owner, task.due, task.status.value) for task in document.measures.tasks] == TASKS


def test_a_textile_page_gives_its_timeline_and_tasks() -> None:
    document = from_markdown(TEXTILE)
    assert document.metadata.title == "Postmortem: artifact store full"
    assert [(event.time, event.text) for event in document.timeline] == EVENTS
    assert [(task.text, task.owner, task.due, task.status.value) for task in document.measures.tasks] == TASKS


def test_hostile_wiki_table_rows_are_read_in_one_pass() -> None:
    rows = "||" + "a||" * 2000 + "\n"
    document = from_markdown("= T =\n\n== Notes ==\n\n" + rows * 200 + "|_. x |" * 3000 + "\n")
    assert document.metadata.title == "T"
