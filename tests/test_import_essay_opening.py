"""An essay's opening paragraphs, before its first heading, summarise it when no summary section follows.

"For nearly three hours every invoice showed $0.00. By the time we stopped it, 412 had gone out." is the
impact a reader copies into the Issue Summary; the paragraph stays in the introduction.
"""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown

_OPENINGS = {
    "count": "By the time the release was rolled back, 2,300 receipts had been mailed to customers blank.",
    "percent": "For two hours about 40% of receipts came out blank.",
    "could_not": "Customers could not see what they had paid for two hours.",
}


@pytest.mark.parametrize("impact", _OPENINGS.values(), ids=_OPENINGS.keys())
def test_an_essays_opening_before_its_first_heading_gives_the_impact(impact: str):
    document = from_markdown(
        "# The day every receipt was blank\n\n"
        f"On Tuesday, 13 February 2024, the receipt renderer broke after lunch. {impact}\n\n"
        "## How it went\n\nIt began a little after 1pm. At twenty past two support forwarded the first email.\n\n"
        "## Why\n\nThe new engine renders a missing field as an empty string.\n"
    )
    assert document.summary.impact == impact
    assert impact in document.introduction  # copied, not moved


def test_an_opening_that_tells_no_impact_leaves_the_impact_empty():
    document = from_markdown(
        "# Blank receipts\n\nThis write-up is blameless and was reviewed by the payments team.\n\n"
        "## How it went\n\nIt began a little after 1pm on 13 February 2024.\n"
    )
    assert not document.summary.impact
