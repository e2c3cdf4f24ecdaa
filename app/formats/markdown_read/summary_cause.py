"""The line a summary's root cause would copy from a section telling the cause at length.

A report that gives its cause a section of its own often says nothing of it in
its summary. A careful reader filling in the form copies the sentence that
names the cause ("… was caused by …"), else the first paragraph when it is
short, else its first sentence; never a question (the 5 Whys), a table or
code. A sentence too long for a summary's line is left where it is rather
than cut: the section keeps its whole text either way.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.cause_words import names_a_cause
from app.formats.markdown_read.prose_sentences import LIST_MARKER, SENTENCE_END, without_label
from app.formats.markdown_read.tokens import heading_of, split_label
from app.formats.markdown_syntax import unescape_block

LONGEST_STATEMENT = 400
"""Characters of the longest text copied into a summary's line."""
_TABLE_OR_CODE = re.compile(r"[ \t]*(?:\||```|~~~|<)")


def cause_in_a_line(text: str) -> str:
    """What a summary's root cause would copy of ``text``, a section telling the cause; "" when nothing fits."""
    paragraph: list[str] = []
    for line in text[: LONGEST_STATEMENT * 20].split("\n"):
        if not line.strip() or _TABLE_OR_CODE.match(line) or heading_of(line):
            if paragraph:
                break
            continue
        marker = LIST_MARKER.match(line)
        if marker and paragraph:
            break  # the first item of a list is the first statement
        paragraph.append(line[marker.end() :] if marker else line)
    joined = " ".join(line.strip() for line in paragraph)
    sentences = [_statement(part) for part in SENTENCE_END.split(joined)]
    sentences = [sentence for sentence in sentences if sentence and not sentence.endswith("?")]
    naming = next((sentence for sentence in sentences if names_a_cause(sentence)), None)
    whole = " ".join(sentences)
    chosen = naming or (whole if len(whole) <= LONGEST_STATEMENT else sentences[0] if sentences else "")
    return unescape_block(chosen) if len(chosen) <= LONGEST_STATEMENT else ""


def _statement(sentence: str) -> str:
    """``sentence`` without its label ("**Cause:** the bundle …" is "The bundle …"); "" for a label alone."""
    sentence = sentence.strip()
    label = split_label(sentence)
    if label is not None:
        value = label[1]
        return value[:1].upper() + value[1:]
    return without_label(sentence.strip("*_").strip())
