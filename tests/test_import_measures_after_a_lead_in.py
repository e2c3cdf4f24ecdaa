"""A report told in paragraphs whose measures are a list under a line announcing them, with no heading ("So that
this cannot happen again, we have changed the following:" over "1. …", "2. …"): each item is an improvement."""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

TEXT = """\
# Mirror outage of 4 March

On 4 March the package mirror served stale indexes for six hours because its sync job had silently stopped.

So that this cannot happen again, we have changed the following:

1. The sync job now reports its last success to our monitoring.
2. An alert fires when the index is more than an hour old.
3. The job's logs are kept for thirty days
   instead of one.

We are sorry for the trouble this caused.
"""


def test_each_item_under_the_announcing_line_is_an_improvement() -> None:
    document = from_markdown(TEXT)
    assert document.measures.improvements == [
        "The sync job now reports its last success to our monitoring.",
        "An alert fires when the index is more than an hour old.",
        "The job's logs are kept for thirty days instead of one.",
    ]


def test_a_list_under_a_line_that_announces_no_measures_is_none() -> None:
    text = TEXT.replace("So that this cannot happen again, we have changed the following:", "What failed:")
    assert not from_markdown(text).measures.improvements
