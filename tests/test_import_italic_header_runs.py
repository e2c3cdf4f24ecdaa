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


def test_each_label_set_in_italics_of_its_own_is_read() -> None:
    metadata = from_markdown(
        "# Search results empty\n\n_Status: final_ · _Severity: SEV2_ · _Service: search-api_\n\n"
        "## Summary\n\nSearches returned nothing for an hour.\n"
    ).metadata

    assert metadata.status is Status.FINAL
    assert metadata.severity == "SEV2"
    assert metadata.service == "search-api"


def test_two_names_each_in_italics_are_not_one_emphasised_line() -> None:
    """ "*Dana* · *Lee*" is two italic words, so their marks are not taken as one pair around the line."""
    from app.formats.markdown_read.whole_emphasis import inside_emphasis

    assert inside_emphasis("*Dana* · *Lee*") is None
    assert inside_emphasis("_Status: final · Owner: snake_case_team_") is None
    assert inside_emphasis("*Status: final · Owner: snake_case_team*") == "Status: final · Owner: snake_case_team"
