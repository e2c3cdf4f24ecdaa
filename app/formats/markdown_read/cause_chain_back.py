"""A chain sentence that opens by pointing back: its cause is what the paragraph said before it.

"After looking into it, we saw that the hub pods had no memory guarantees. There was no pool of their own either,
so student servers filled the nodes. This starved the hub of memory, causing errors everywhere." The last sentence
tells a chain (``A_CHAIN``: ", causing …"), but its subject "This" is the story told just before: a reader filling
in the summary's root cause copies those sentences, not the one that only points at them.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.cause_words import A_CHAIN
from app.formats.markdown_read.prose_sentences import sentences_of

# "This starved …", "That left …", "These filled …", "It then …": a subject naming what was just said.
_POINTER = re.compile(r"[ \t]*(?:this|that|these|those|it)[ \t]+(?!is\b|was\b)", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
_MOST_BEFORE = 3  # sentences of the paragraph taken back
_LINES_LOOKED_AT = 400
_LONGEST_PARAGRAPH = 4_000


def chain_cause(sentences: list[str], lines: list[str]) -> str | None:
    """The first sentence telling a chain; when it points back, the sentences before it in its paragraph of
    ``lines`` (at most three) instead. ``None`` when no sentence tells a chain."""
    chain = next((sentence for sentence in sentences if A_CHAIN.search(sentence[:2000])), None)
    if chain is None or not _POINTER.match(chain[:40]):
        return chain
    before = _sentences_before(chain, lines)
    return " ".join(before[-_MOST_BEFORE:]) if before else chain


def _sentences_before(chain: str, lines: list[str]) -> list[str]:
    """The sentences before ``chain`` in the paragraph of ``lines`` holding it ([] when it opens its paragraph)."""
    key = _SPACE.sub(" ", chain[:80]).strip()
    paragraph: list[str] = []
    for line in [*lines[:_LINES_LOOKED_AT], ""]:
        if line.strip():
            paragraph.append(line.strip())
            continue
        text = " ".join(paragraph)[:_LONGEST_PARAGRAPH]
        paragraph = []
        if key and key in text:
            told = [sentence for sentence in sentences_of(text) if sentence]
            number = next((n for n, sentence in enumerate(told) if sentence.startswith(key[:40])), 0)
            return told[:number]
    return []
