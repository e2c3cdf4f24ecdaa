"""A severity written as a scale's word and then what it meant: "**Severity**: HIGH - checkout down".

A careful reader takes the word's level on the common scale (Critical is SEV1, High SEV2) and keeps the words
after it, which say what the level meant for this incident.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown
from app.model import Severity

REPORT = """# Login queue stalled

**Date**: March 3, 2026
**Severity**: CRITICAL - nobody could sign in
**Status**: RESOLVED

## Summary

The login queue stopped draining after a worker upgrade.
"""


def test_a_critical_severity_followed_by_its_meaning_is_sev1_and_the_meaning_is_kept() -> None:
    document = from_markdown(REPORT)
    assert document.metadata.severity == Severity.SEV1
    assert "nobody could sign in" in document.introduction


def test_a_high_severity_after_which_a_colon_says_what_broke_is_sev2() -> None:
    document = from_markdown(REPORT.replace("CRITICAL - nobody could sign in", "High: sign-in failing for most"))
    assert document.metadata.severity == Severity.SEV2


def test_a_word_off_the_scale_before_a_dash_gives_no_severity() -> None:
    document = from_markdown(REPORT.replace("CRITICAL - nobody could sign in", "Login - nobody could sign in"))
    assert document.metadata.severity is None
