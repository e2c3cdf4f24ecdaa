"""A post-mortem kept as a DokuWiki page, read as a careful person reads it.

DokuWiki numbers its headings the other way round from MediaWiki (``====== Title ======`` is the page's
title, ``===== Timeline =====`` a section), writes tables as ``^ header ^`` / ``| cell |`` rows, forced
line breaks as ``\\\\`` and lists indented two spaces.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from app.formats.markdown_export import to_markdown
from app.formats.markdown_import import from_markdown
from app.model import Severity, Status

EET = timezone(timedelta(hours=2))

DOKUWIKI = r"""====== Incident review: payroll export stalled ======

**Severity:** SEV2 \\
**Status:** final \\
**Authors:** Anneli Virtanen, Tomasz Wrona \\
**Tags:** {{tag>incident payroll}}

===== Summary =====

On 3 March 2025 the nightly payroll export to the bank stalled from 01:40 to 04:05 (times in EET).

===== Impact =====

  * Salary files for 2 subsidiaries reached the bank three hours late.
  * The ''export-runner'' job retried 14 times.

===== Root cause =====

A schema change added a //nullable// column the exporter did not expect.

<note important>The migration was reviewed, but not against the exporter's [[ops:exporter|field list]].</note>

===== Timeline =====

^ Time (EET) ^ Event ^
| 01:40 | Exporter stops writing rows |
| 02:10 | Bank portal shows the file as missing |
| 03:20 | Tomasz rolls back the schema change |
| 04:05 | Export finished and accepted by the bank |

===== Action items =====

^ Action ^ Owner ^ Due ^ Status ^
| Add a contract test between the schema and the exporter | Tomasz Wrona | 2025-03-21 | in progress |
| Page the finance on-call when the export is late | Anneli Virtanen | 2025-03-14 | done |

===== Lessons learned =====

  * A column nobody reads can still stop a job.
    * Even a nullable one.
"""


def test_a_dokuwiki_page_is_read_by_its_title_labels_tables_and_lists() -> None:
    document = from_markdown(DOKUWIKI)
    assert document.metadata.title == "Incident review: payroll export stalled"
    assert document.metadata.severity == Severity.SEV2
    assert document.metadata.status == Status.FINAL
    assert document.metadata.authors == ["Anneli Virtanen", "Tomasz Wrona"]
    assert [(event.time, event.text) for event in document.timeline] == [
        (datetime(2025, 3, 3, 1, 40, tzinfo=EET), "Exporter stops writing rows"),
        (datetime(2025, 3, 3, 2, 10, tzinfo=EET), "Bank portal shows the file as missing"),
        (datetime(2025, 3, 3, 3, 20, tzinfo=EET), "Tomasz rolls back the schema change"),
        (datetime(2025, 3, 3, 4, 5, tzinfo=EET), "Export finished and accepted by the bank"),
    ]
    assert [(task.text, task.owner, task.due, task.status.value) for task in document.measures.tasks] == [
        ("Add a contract test between the schema and the exporter", "Tomasz Wrona", date(2025, 3, 21), "in progress"),
        ("Page the finance on-call when the export is late", "Anneli Virtanen", date(2025, 3, 14), "done"),
    ]
    assert "2 subsidiaries" in document.summary.impact and "`export-runner`" in document.summary.impact
    assert "_nullable_" in document.root_cause.cause and "field list" in document.root_cause.cause
    written = to_markdown(document)
    assert "\\\\" not in written and "<note" not in written and "^ " not in written


def test_a_dokuwiki_page_without_boxes_is_known_by_its_headings_order() -> None:
    # The title with six equals signs over sections with five: DokuWiki's order, even with no other mark of it.
    page = (
        "====== Queue backlog ======\n\n===== Summary =====\n\nThe queue filled.\n\n===== Impact =====\n\nSlow mail.\n"
    )
    document = from_markdown(page)
    assert document.metadata.title == "Queue backlog"
    assert document.summary.impact == "Slow mail."


def test_a_hostile_dokuwiki_page_is_read_in_one_pass() -> None:
    # Unclosed links and marks on long lines, thousands of table rows: each line is looked at once.
    opening = "====== Hostile ======\n\n===== Notes =====\n\n"
    marks = ("[[a|" * 4000 + "//b" * 4000 + "''c" * 4000 + "{{" * 4000) + "\n"
    rows = "| 10:00 | [[x|y]] ^ z |\n" * 20_000
    document = from_markdown(opening + marks * 3 + "\n" + rows)
    assert document.metadata.title == "Hostile"
