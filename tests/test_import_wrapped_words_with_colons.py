"""A summary wrapped by hand keeps every word of its sentences, even where a wrapped line opens with "word:".

Prose typed at 100 columns may break a sentence just before a word followed by a colon ("… for the mail" /
"relay: the sender kept …"). A reader sees the middle of a sentence there, not a label and its value: the
root cause and impact copied from the summary keep the whole sentence, and no label opens mid-sentence.
"""

from __future__ import annotations

from app.formats.markdown_import import from_markdown

WRAPPED_SUMMARY = """# Invoice emails never sent

## Summary

Between 09:10 and 10:40 UTC no invoice emails went out. The root cause was a revoked API key for the mail
relay: the sender kept reporting success while every call to the relay was refused, because the
client ignored refused calls. This had a large
impact: about 4,200 customers got no invoice that morning.

## Timeline

- 09:10 — key revoked during a credentials cleanup
- 10:40 — key reissued, invoices resent
"""


def test_a_root_cause_sentence_wrapped_before_a_word_and_colon_keeps_all_its_words() -> None:
    document = from_markdown(WRAPPED_SUMMARY)
    cause = " ".join(document.summary.root_cause.split())
    assert "for the mail relay: the sender kept reporting success" in cause
    assert cause.endswith("because the client ignored refused calls.")


def test_a_wrapped_impact_word_with_a_colon_does_not_open_a_label_mid_sentence() -> None:
    document = from_markdown(WRAPPED_SUMMARY)
    assert " ".join(document.summary.impact.split()).startswith("This had a large impact: about 4,200 customers")
