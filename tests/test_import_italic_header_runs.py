"""A header set in italics under the title, its labels parted by spaced dashes, is read field by field.

"*Authors: … — Severity: SEV3 — Status: final*" carries the document's metadata as "·" does between labels,
and a label alone in italics ("*Service: billing-api (invoices)*") is read as the plain line it would be.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown
from app.model import Status

_REPORT = """\
# Invoices sent twice

*Authors: Amara Liu, Jonas Becker — Severity: SEV3 — Status: final*
*Service: billing-api (invoices)*

## Summary

Some customers got the March invoice twice.
"""


def test_labels_parted_by_dashes_in_an_italic_header_are_each_read() -> None:
    metadata = from_markdown(_REPORT).metadata

    assert metadata.authors == ["Amara Liu", "Jonas Becker"]
    assert metadata.severity == "SEV3"
    assert metadata.status is Status.FINAL


def test_a_label_alone_in_italics_is_read() -> None:
    document = from_markdown(_REPORT)

    assert document.metadata.service.startswith("billing-api")
    assert "*Service:" not in document.introduction
