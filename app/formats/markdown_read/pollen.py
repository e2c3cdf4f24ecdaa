"""A post-mortem written in Pollen (Racket's publishing markup), read as the Markdown it stands for.

Pollen's source opens with ``#lang pollen`` and writes its markup with a lozenge: ``◊(define-meta title "…")``
for the page's title, ``◊section[#:id "impact"]{Impact}`` for a heading, ``◊ol{◊item{…}}`` for a list,
``◊strong{…}``, ``◊emph{…}``, ``◊code{…}`` and ``◊link["https://…"]{…}`` inside a line. A reader sees the
title, the headings, the numbered items and the bold words: "#lang pollen" is no title, and the tags are no
words of the report.

One pass over the text with a stack of the tags open (each opening tag pushed, each closing brace pops one):
nested tags cost no more than flat ones, and a brace no tag opened stays as written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_LANG_LINE = re.compile(r"[ \t]*#lang[ \t]+pollen\b.*")
# "◊item{", "◊section[#:id "impact"]{", "◊link["https://…"]{", a closing "}", "◊(define-meta title "…")".
_TOKEN = re.compile(
    r"◊(?P<tag>[A-Za-z][\w-]{0,30})(?:\[(?P<attrs>[^\]\n]{0,500})\])?\{"
    r"|(?P<close>\})"
    r"|◊\((?P<form>[^()\n]{0,500})\)"
)
_META = re.compile(r"[ \t]*define-meta[ \t]+(?P<name>[\w-]{1,40})[ \t]+\"(?P<value>[^\"\n]{0,400})\"[ \t]*")
_QUOTED = re.compile(r"\"([^\"\n]{1,400})\"")

_HEADINGS = {"h1": "# ", "title": "# ", "section": "## ", "h2": "## ", "subsection": "### ", "h3": "### "}
_HEADINGS |= {"h4": "#### ", "subhead": "### ", "heading": "## "}
_INLINE = {"strong": "**", "b": "**", "bold": "**", "emph": "*", "em": "*", "i": "*", "italic": "*", "code": "`"}
_LISTS = {"ol": "1. ", "ul": "- ", "list": "- ", "numbered-list": "1. ", "bullet-list": "- "}
_ITEMS = ("item", "li")
_LINKS = ("link", "a", "url", "hyperlink")


def is_pollen(lines: list[str], flags: Sequence[int]) -> bool:
    """Whether the file is Pollen source: its first written line is ``#lang pollen``."""
    first = next((line for line in lines[:20] if line.strip()), "")
    return bool(flags) and bool(_LANG_LINE.fullmatch(first[:200]))


def from_pollen(lines: list[str]) -> list[str]:
    """The file's lines written as Markdown: the title's meta a "# " heading, sections "## " headings, list
    items numbered or bulleted, inline tags as emphasis, code and links; other metas as labelled lines."""
    written: list[str] = []
    metas: list[str] = []
    title = ""
    dropped_lang = False
    for line in lines:
        if not dropped_lang and _LANG_LINE.fullmatch(line[:200]):
            dropped_lang = True
            continue
        written.append(line)
    text = "\n".join(written)
    out: list[str] = []
    stack: list[tuple[str, str]] = []  # (the tag, what closes it)
    lists: list[str] = []  # the markers of the lists open, innermost last
    position = 0
    for token in _TOKEN.finditer(text):
        out.append(text[position : token.start()])
        position = token.end()
        if token.group("form") is not None:
            meta = _META.fullmatch(token.group("form"))
            if meta is None:
                out.append(token.group(0))
            elif meta.group("name").lower() == "title" and not title:
                title = meta.group("value").strip()
            else:
                metas.append(f"{meta.group('name').replace('-', ' ').capitalize()}: {meta.group('value').strip()}")
            continue
        if token.group("close") is not None:
            if not stack:
                out.append("}")
                continue
            tag, closing = stack.pop()
            if tag in _LISTS and lists:
                lists.pop()
            out.append(closing)
            continue
        tag = token.group("tag").lower()
        attrs = token.group("attrs") or ""
        if tag in _HEADINGS:
            out.append(f"\n\n{_HEADINGS[tag]}")
            stack.append((tag, "\n\n"))
        elif tag in _LISTS:
            lists.append(_LISTS[tag])
            stack.append((tag, "\n"))
        elif tag in _ITEMS:
            depth = max(len(lists) - 1, 0)
            out.append(f"\n{'   ' * depth}{lists[-1] if lists else '- '}")
            stack.append((tag, "\n"))
        elif tag in _INLINE:
            out.append(_INLINE[tag])
            stack.append((tag, _INLINE[tag]))
        elif tag in _LINKS:
            address = _QUOTED.search(attrs)
            out.append("[")
            stack.append((tag, f"]({address.group(1)})" if address else "]"))
        else:
            stack.append((tag, ""))  # a tag of the writer's own: its words, as written
    out.append(text[position:])
    markdown = "".join(out)
    head = [f"# {title}", ""] if title else []
    head += [*metas, ""] if metas else []
    result = head + [line.rstrip() if not line.strip() else line for line in markdown.split("\n")]
    return _without_blank_runs(result)


def _without_blank_runs(lines: list[str]) -> list[str]:
    """Lines with two or more blank lines in a row made one, and a list item's stray indentation kept."""
    out: list[str] = []
    for line in lines:
        if not line.strip() and out and not out[-1].strip():
            continue
        out.append("" if not line.strip() else line)
    return out
