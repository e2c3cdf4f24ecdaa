"""Text copied out of a PDF: page furniture set aside, pages and hyphen-broken words joined again.

A post-mortem saved as PDF and copied back to text carries its pages along: a footer ("Page 2 of 4"), a rule,
the running header (the title again) at the top of each page, a sentence cut in two by the page break, and
words hyphenated at the line ends ("alto-" / "gether"). A careful reader skips the furniture and reads across
the breaks. Here the repeated headers and the footers leave the text (kept once, as written, in a section of
their own at the end, so that no word is lost), a paragraph cut by a page break is joined again, and a word
broken at a line's end is written whole: without its hyphen, unless the document writes it with one elsewhere
("re-" / "mirror" beside "re-mirroring").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from app.formats.markdown_read.draft import Draft, KeptText

# A page's number standing alone on its line: "Page 2 of 4", "Page 3", "- 3 -", "Seite 2 von 4", "2 / 4".
PAGE_NUMBER = re.compile(
    r"[ \t]*(?:(?:page|seite|página|pagina|pag\.|pág\.|blz\.)[ \t]+\d{1,4}"
    r"(?:[ \t]*(?:of|/|von|de|di|van)[ \t]*\d{1,4})?"
    r"|-[ \t]*\d{1,4}[ \t]*-|\d{1,4}[ \t]*/[ \t]*\d{1,4})[ \t]*\f?",
    re.IGNORECASE,
)
# A rule a PDF's page break leaves ("_____", "=====", "-----", a form feed).
_RULE = re.compile(r"[ \t]*(?:[_=\-─]{10,}|\f)[ \t]*")
_FURNITURE_HEADING = "Page headers and footers"
_HEADER_LINES = 3  # a running header is at most this many lines
_GAP_BEFORE_HEADER = 6  # and stands this many lines at most under the footer above it
# A line ending in a word broken by a hyphen ("alto-"), and the line after going on with the word ("gether ...").
_BROKEN_END = re.compile(r"(?<![A-Za-zÀ-ÿ-])(?P<head>[A-Za-zÀ-ÿ]{1,40})-$")
_WORD_START = re.compile(r"(?P<tail>[a-zß-ÿ]{1,40})(?P<after>\S*)")
_TOKEN = re.compile(r"[a-zß-ÿ]+(?:-[a-zß-ÿ]+)*")
_STEM = 4  # "re-mirror" and "re-mirroring" are one word written so
_SENTENCE_END = re.compile(r"[.!?:;\"”)]$")


def from_pdf_pages(draft: Draft, lines: list[str], flags: Sequence[int]) -> list[str]:
    """``lines`` without the PDF's page furniture, its pages and broken words joined; ``lines`` itself when no
    two lines number the pages."""
    markers = [index for index, line in enumerate(lines) if flags[index] and PAGE_NUMBER.fullmatch(line)]
    if len(markers) < 2:
        return lines
    furniture: dict[int, str] = {}
    for index in markers:
        furniture[index] = lines[index]
        for near in (index - 1, index + 1):  # the rule beside the footer
            if 0 <= near < len(lines) and _RULE.fullmatch(lines[near]):
                furniture[near] = lines[near]
    _mark_running_headers(lines, markers, furniture)
    kept: dict[str, None] = {}  # a dict: in order, each once, looked up at once (60,000 footers)
    joined: list[str] = []
    breaks: set[int] = set()  # where each page break falls in the lines kept
    for index, line in enumerate(lines):
        if index in furniture:
            # The footers' words are kept (once each); a running header's are in the first page's text already.
            written = furniture[index].strip()
            if PAGE_NUMBER.fullmatch(written):
                kept.setdefault(written)
                breaks.add(len(joined))
            continue
        joined.append(line)
    joined = _pages_joined(joined, breaks)
    if kept:
        draft.kept.append(KeptText(len(lines), _FURNITURE_HEADING, "\n".join(kept)))
    return _words_joined(joined)


def _mark_running_headers(lines: list[str], markers: list[int], furniture: dict[int, str]) -> None:
    """Mark the lines opening each page after a footer that repeat the lines opening the document."""
    opening = [line.strip() for line in lines[: markers[0]] if line.strip()][:_HEADER_LINES]
    for marker in markers:
        index = marker + 1
        # (a few lines on at most: a run of footers one under another is not looked through once per footer)
        while index < min(len(lines), marker + _GAP_BEFORE_HEADER) and (index in furniture or not lines[index].strip()):
            index += 1
        for expected in opening:
            if index >= len(lines) or lines[index].strip() != expected:
                break
            furniture[index] = lines[index]
            index += 1


def _pages_joined(lines: list[str], breaks: set[int]) -> list[str]:
    """``lines`` with the blank lines at a page break taken out where a sentence runs on across it (the text
    before ends with no full stop and the text after starts in lower case)."""
    out: list[str] = []
    written = 0  # where the blank lines closing ``out`` start (kept as it grows: never looked for backwards)
    index = 0
    filled = -1  # the first line holding text at or after the last break looked from
    while index < len(lines):
        if index in breaks and written > 0:
            # Each break looks forward only as far as the next text: 10,000 footers taken out of one run of
            # blank lines once had every break walk the whole run again (quadratic).
            if filled < index:
                filled = index
                while filled < len(lines) and not lines[filled].strip():
                    filled += 1
            after = filled
            runs_on = (
                after < len(lines)
                and not _SENTENCE_END.search(out[written - 1].rstrip())
                and lines[after].lstrip()[:1].islower()
            )
            if runs_on:
                del out[written:]  # the blank lines between go; the page's first line follows on
                index = after
        out.append(lines[index])
        if lines[index].strip():
            written = len(out)
        index += 1
    return out


def _words_joined(lines: list[str]) -> list[str]:
    """``lines`` with each word broken by a hyphen at a line's end written whole on the first line."""
    # The words the document writes whole, and the hyphenated ones by their first part (the second's first
    # letters): looked up once per broken word, never searched for in the whole text (quadratic).
    words: set[str] = set()
    hyphenated: dict[str, set[str]] = {}
    for line in lines:
        for token in _TOKEN.findall(line.lower()):
            parts = token.split("-")
            words.add(token)
            for left, right in itertools.pairwise(parts):
                hyphenated.setdefault(left, set()).add(right[:_STEM])
    out = list(lines)
    emptied: set[int] = set()  # lines whose only word went up to the line before: gone, not a paragraph's end
    for index in range(len(out) - 1):
        line = out[index].rstrip()
        broken = _BROKEN_END.search(line, max(0, len(line) - 42))  # the line's last word only
        going_on = _WORD_START.match(out[index + 1].lstrip())
        if broken is None or going_on is None:
            continue
        head, tail = broken["head"], going_on["tail"]
        written_so = tail[:_STEM] in hyphenated.get(head.lower(), ())
        keep_hyphen = written_so and f"{head}{tail}".lower() not in words
        word = f"{head}-{tail}" if keep_hyphen else f"{head}{tail}"
        out[index] = line[: broken.start()] + word + going_on["after"]
        out[index + 1] = out[index + 1].lstrip()[going_on.end() :].lstrip()
        if not out[index + 1]:
            emptied.add(index + 1)
    return [line for index, line in enumerate(out) if index not in emptied] if emptied else out
