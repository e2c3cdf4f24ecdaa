"""HTML that exports from wikis and note apps leave in Markdown: line breaks, entities, callouts.

Confluence writes ``<br>`` inside table cells and ``&nbsp;`` between words;
Notion wraps a callout in ``<aside>``. A reader sees a line break, a space
and a box; the import takes the words and leaves the markup. Code (fenced
blocks, backtick spans) is left as written: there the markup is the text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from app.formats.markdown_read.tokens import is_table_line
from app.formats.markdown_syntax import flagged_lines

# The entities such exports write; others stay as written (a word like "&copy;" in prose is rare,
# and each name decoded here is a word the no-loss check must know is markup).
ENTITY_NAMES = (
    "nbsp",
    "amp",
    "lt",
    "gt",
    "quot",
    "apos",
    "ndash",
    "mdash",
    "hellip",
    "lsquo",
    "rsquo",
    "ldquo",
    "rdquo",
    "bull",
    "middot",
    "rarr",
    "larr",
)
# Tags a CMS leaves round words: each becomes the Markdown a reader sees (bold, a list item, a paragraph).
# A page saved as HTML wraps the words in tags a reader never sees ("<sub>", "<span>", "<body>"): they go.
_WRAPPERS = ("sub", "sup", "span", "u", "font", "html", "head", "body", "meta")
_TAG_MARKDOWN = {"b": "**", "strong": "**", "i": "*", "em": "*", "code": "`", "li": "- "}
_TAG_MARKDOWN.update(dict.fromkeys(_WRAPPERS, ""))
_BLOCK_TAGS = ("p", "ul", "ol", "li", "div")
_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# "<img src=… alt=…>" with no other attribute is a picture, written as Markdown writes one.
_IMAGE_ATTRIBUTES = ("img", "src", "alt", "width", "height", "align")
MARKUP_WORDS = (*ENTITY_NAMES, "br", "aside", *_TAG_MARKDOWN, *_BLOCK_TAGS, "h", "doctype", "style", *_IMAGE_ATTRIBUTES)

_ENTITY = r"&(?P<entity>" + "|".join(ENTITY_NAMES) + r"|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});"
# One pass from left to right: a code span is skipped whole, so that markup inside it stays. No
# alternative starts with a repeat, so a line of hostile length is read in linear time.
_MARKUP = re.compile(
    # a code span of two backticks may hold one ("``grep `x` ``"); longer runs are rare
    r"(?P<code>``(?!`)[^\n]{0,200}?``(?!`)|`[^`]{0,1000}`)|"
    r"(?P<br><br[ \t]*/?>)|(?P<aside></?aside(?:[ \t][^<>]{0,200})?>)|"
    r"(?P<tag><(?P<closing>/?)(?P<name>b|strong|i|em|code|p|ul|ol|li|div|h[1-6]|" + "|".join(_WRAPPERS) + r")"
    r"(?:[ \t][^<>]{0,200})?/?>)|(?P<doctype><!doctype[ \t][^<>]{0,100}>)|"
    r"(?P<img><img(?P<attributes>[ \t][^<>]{0,500})>)|"
    r"(?P<link><a(?P<link_attributes>[ \t][^<>]{0,500})?>(?P<link_words>[^<>]{0,300})</a>)|" + _ENTITY,
    re.IGNORECASE,
)
_SENTENCE_END = ".;:,!?"
_TABLE_OPENS = re.compile(r"<table\b", re.IGNORECASE)
_TABLE_CLOSES = re.compile(r"</table>", re.IGNORECASE)
_STYLE_OPENS = re.compile(r"[ \t]*<style(?:[ \t][^<>]{0,200})?>", re.IGNORECASE)
# Longer lines are left as written: no table cell or paragraph of a post-mortem is that long.
_LONGEST_LINE = 20_000


def without_html_markup(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``lines`` with HTML line breaks, common entities and ``<aside>`` tags read as a person reads them.

    A ``<br>`` in a table cell joins its two lines with "; " (a cell holds
    one line); elsewhere it is a line break, so the result may hold more lines.
    Text with no such markup is ``lines`` itself, not a copy (a pointer a line: 0.5 MB for 60,000).
    """
    out: list[str] | None = None
    in_html_table = False
    in_style = False
    code = IndentedCode()
    for index, (line, outside) in enumerate(flagged_lines(lines, flags)):
        # "    if (a &lt; b)": an indented code block shows its entities as written (its tags are still read: a
        # saved page indents its HTML)
        in_code = code.holds(line, outside=bool(outside))
        if outside and (in_style or _STYLE_OPENS.match(line)):
            # A saved page's "<style>" block: rules for a browser, no word a reader sees.
            in_style = "</style>" not in line.lower()
            if out is None:
                out = lines[:index]
            continue
        if not outside or ("<" not in line and "&" not in line) or len(line) > _LONGEST_LINE:
            if out is not None:
                out.append(line)
            continue
        # An HTML <table> is read as a whole by the timeline (its cells' tags as text); its lines keep their tags,
        # and start a line of their own: Confluence writes '<div class="table-wrap"><table …>' and '</table></div>'.
        opening = None if in_html_table else _TABLE_OPENS.search(line)
        closing = _TABLE_CLOSES.search(line, opening.start() if opening else 0) if opening or in_html_table else None
        if opening is None and not in_html_table:
            cleaned = _cleaned(line, in_table=is_table_line(line), entities=not in_code)
        else:
            start = opening.start() if opening is not None else 0
            end = closing.end() if closing is not None else len(line)
            before = _cleaned(line[:start], in_table=False).rstrip(" \t\n") if start else ""
            after = _cleaned(line[end:], in_table=False).lstrip(" \t\n") if end < len(line) else ""
            table_part = _cleaned(line[start:end], in_table=False, tags=False)
            cleaned = "\n".join(part for part in (before, table_part, after) if part or part is table_part)
        in_html_table = (in_html_table or opening is not None) and closing is None
        if out is None:
            if cleaned == line:
                continue
            out = lines[:index]
        out.extend(cleaned.split("\n"))
    return lines if out is None else out


def _cleaned(line: str, *, in_table: bool, tags: bool = True, entities: bool = True) -> str:
    pieces: list[str] = []
    last = 0
    for match in _MARKUP.finditer(line):
        if match.start() < last:
            continue  # inside the spaces a break already took
        if match.start() > last:
            pieces.append(line[last : match.start()])
        last = match.end()
        if match.group("code") is not None or (match.group("tag") is not None and not tags):
            pieces.append(match.group())  # code, or a tag inside an HTML table: kept as written
        elif match.group("doctype") is not None:
            pass  # "<!DOCTYPE html>": says what the file is, holds no words
        elif match.group("img") is not None:
            pieces.append(_image(match.group(), match.group("attributes")))
        elif match.group("link") is not None:
            # '<a class="confluence-userlink" …>Ines Duarte</a>' is "@Ines Duarte"; a web link "[words](address)".
            words = html.unescape(match.group("link_words"))
            # The page reader's link rules, loaded by the first link: a file without one needs none of them.
            from app.formats.markdown_read.html_inline import link_text
            from app.formats.markdown_read.html_tokens import Tag, attributes_of

            attributes = attributes_of(Tag("a", closing=False, attributes=match.group("link_attributes") or ""))
            pieces.append(link_text(words, attributes) if words.strip() else words)
        elif match.group("tag") is not None:
            _tag(pieces, match, line[match.end() : match.end() + 200], in_table=in_table)
            if match.group("name").lower() in _BLOCK_TAGS:
                while last < len(line) and line[last] in " \t":
                    last += 1  # "<li> Add a test": the item's words start after the tag's spaces
        elif match.group("entity") is not None:
            pieces.append(_character(match, line) if entities else match.group())
        else:  # a break or a callout tag: the spaces around it go with it
            while pieces and not pieces[-1].rstrip(" \t"):
                pieces.pop()  # spaces, or a break just written: one break is enough
            if pieces:
                pieces[-1] = pieces[-1].rstrip(" \t")
            while last < len(line) and line[last] in " \t":
                last += 1
            if match.group("br") is not None:
                pieces.append(_break("".join(pieces[-1:]), line[last : last + 1], in_table=in_table))
    pieces.append(line[last:])
    return "".join(pieces)


def _character(entity: re.Match[str], line: str) -> str:
    """The character an entity stands for, a space for a non-breaking one; as written after a backslash
    ("\\&amp;" shows "&amp;")."""
    before = entity.start()
    while before > 0 and line[before - 1] == "\\":
        before -= 1
    if (entity.start() - before) % 2:
        return entity.group()
    character = html.unescape(entity.group())
    return " " if character == "\xa0" else character


class IndentedCode:
    """Tells, line by line, which lines are an indented code block: four spaces (or a tab) in, after a blank
    line, and not the body of a list item above (which a list's indented paragraphs are)."""

    def __init__(self) -> None:
        self._in_code = False
        self._after_blank = True
        self._in_list = False

    def holds(self, line: str, *, outside: bool) -> bool:
        if not outside:  # a fenced block's line: the fence decides
            self._in_code = self._after_blank = False
            return False
        if not line.strip():
            self._after_blank = True
            return False
        indented = line.startswith(("    ", "\t")) or line[: len(line) - len(line.lstrip(" "))].endswith("\t")
        if indented and (self._in_code or (self._after_blank and not self._in_list)):
            self._in_code, self._after_blank = True, False
            return True
        if not indented:
            self._in_list = _LIST_ITEM.match(line) is not None or (self._in_list and not self._after_blank)
        self._in_code = self._after_blank = False
        return False


_LIST_ITEM = re.compile(r"[ ]{0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")


def _tag(pieces: list[str], match: re.Match[str], after: str, *, in_table: bool) -> None:
    """An inline tag as its Markdown (``<b>`` as ``**``); a block tag (``<p>``, ``<li>``) as the line or
    paragraph break it makes, a list item also as its bullet. In a table cell, a block tag is a space."""
    name, closing = match.group("name").lower(), bool(match.group("closing"))
    if name in _HEADING_TAGS:
        before = "".join(pieces[-3:]).rstrip(" \t")
        if before and not before.endswith("\n"):
            pieces.append("\n")
        pieces.append("\n" if closing else "#" * int(name[1]) + " ")  # "<h2>Timeline</h2>": "## Timeline"
        return
    if name not in _BLOCK_TAGS:
        text_before = "".join(pieces[-2:])
        if name in ("sub", "sup") and not closing and text_before[-1:] in _SENTENCE_END and text_before[-1:]:
            pieces.append(" ")  # "…half of our users.<sub>Figures from the logs.</sub>": small print, a sentence
        pieces.append(_TAG_MARKDOWN[name])
        return
    last_pieces = "".join(pieces[-3:])  # the last few pieces: joining all of them at each tag was quadratic
    before = last_pieces.rstrip(" \t")
    if in_table:
        pieces.append(" " if before and after.strip(" \t") and before == last_pieces else "")
        return
    if name in ("p", "div") and not closing and (last_pieces == "- " or last_pieces.endswith("\n- ")):
        return  # "<li><p>Add a test</p></li>": the item's words, not a paragraph after an empty item
    if before and not before.endswith("\n"):
        pieces.append("\n\n" if name in ("p", "div") else "\n")
    elif before and name in ("p", "div") and not before.endswith("\n\n"):
        pieces.append("\n")
    if name == "li" and not closing:
        pieces.append("- ")


_ATTRIBUTE = re.compile(
    r"""[ \t]+(?P<name>[a-zA-Z-]{1,20})[ \t]*=[ \t]*(?:"(?P<q>[^"]*)"|'(?P<s>[^']*)'|(?P<bare>[^\s"'>]+))"""
)


def _image(tag: str, attributes: str) -> str:
    """``<img src=… alt=…>`` as ``![alt](src)``; a tag with any other attribute stays as written."""
    found: dict[str, str] = {}
    for attribute in _ATTRIBUTE.finditer(attributes):
        value = attribute.group("q") if attribute.group("q") is not None else attribute.group("s")
        found[attribute.group("name").lower()] = value if value is not None else attribute.group("bare")
    rest = _ATTRIBUTE.sub("", attributes).strip(" \t/")
    if rest or "src" not in found or not set(found) <= set(_IMAGE_ATTRIBUTES) or "]" in found.get("alt", ""):
        return tag
    return f"![{found.get('alt', '')}]({found['src']})"


def _break(before: str, after: str, *, in_table: bool) -> str:
    """What a ``<br>`` becomes, between the text ``before`` it and the first character ``after`` it."""
    if not before or not after or after == "|" or before.endswith("|"):
        return " " if in_table and before and after else ""  # at a cell's edge: nothing to join
    if in_table:
        return " " if before[-1] in _SENTENCE_END else "; "
    return "\n"
