"""Shapes of text that once made a reader go over the same lines again for each of them.

Each input here took minutes before its fix (measured by doubling its size: four times as long each time)
and takes seconds now; the timeout is the hang it guards against, not a measure of speed.
"""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown


@pytest.mark.timeout(120)
def test_footers_taken_out_of_one_long_run_of_blank_lines_are_read_in_one_pass() -> None:
    # Every footer taken out left a page break, and each break walked the rest of the blank run again.
    document = from_markdown("T\n\nThe first page ends here.\n" + "\nPage 1\n" * 60_000 + "Last page.\n")
    assert "Last page." in document.introduction


_WIDE_OVER_NARROW = {
    "DokuWiki": "====== T ======\n\n===== Timeline =====\n\n^" + "a^" * 9_000 + "\n" + "|x|\n" * 20_000,
    "Trac": "# T\n\n## Timeline\n\n|" + "|a|" * 6_000 + "|\n" + "||x||\n" * 20_000,
    "HTML in Markdown": "# T\n\n## Timeline\n\n<table>\n<tr>"
    + "<td>a" * 3_000
    + "\n"
    + "<tr><td>x\n" * 20_000
    + "</table>\n",
    "MediaWiki": "== T ==\n\n== Timeline ==\n\n{|\n!" + "a!!" * 6_000 + "\n" + "|-\n|x\n" * 20_000 + "|}\n",
}


@pytest.mark.timeout(120)
@pytest.mark.parametrize("text", _WIDE_OVER_NARROW.values(), ids=_WIDE_OVER_NARROW.keys())
def test_a_table_thousands_of_cells_wide_over_one_cell_rows_is_not_padded_row_by_row(text: str) -> None:
    # Each short row was written out with the header's thousands of empty cells: 100 million and more.
    document = from_markdown(text)
    written = document.model_dump_json()
    assert len(written) < 10 * len(text)


@pytest.mark.timeout(120)
def test_timeline_entries_of_runs_of_commas_are_read_in_one_pass() -> None:
    # From each comma the words for someone paging another were tried over the rest of the run.
    document = from_markdown("# T\n\n## Timeline\n\n" + ("- 10:00 paged " + "," * 390 + " x\n") * 1_500)
    assert len(document.timeline) == 1_500
