""" "**Report Prepared By:** Mira Holt" in a report's header bullets names its author."""

from __future__ import annotations

import pytest

from app.formats.markdown_import import from_markdown


@pytest.mark.parametrize("label", ["**Report Prepared By:**", "Report written by:", "Postmortem prepared by:"])
def test_report_preparer_is_the_author(label: str) -> None:
    header = f"- **Incident Start:** 2026-02-27 14:15 UTC\n- {label} Mira Holt\n"
    text = f"# Cache wipe\n\n{header}\n## Summary\n\nThe cache was wiped.\n"
    assert from_markdown(text).metadata.authors == ["Mira Holt"]
