"""An HTML page's elements written as Markdown, as ``html_page`` hands them over: blocks, lists, tables, marks.

What a reader sees is what is written: a heading as ``## …``; a paragraph, ``<div>`` or ``<p>`` inside a
table cell or list item as its words (the wrappers exports add go); a table as a pipe table, or, when each
row is a name and its value (``<th>Owner</th><td>Ines</td>``), as "**Owner:** Ines" lines; a list item as
``- …`` and a task list's item as ``- [x] …`` (Confluence's ``class="checked"``, a checkbox, Notion's
``checkbox-on``); a link to a person (Confluence's user link, a ``mailto:``) as ``@Name``, as a chat tool
writes a mention; Word's drawn bullets and numbers as list markers.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.html_inline import MARKS, MARKUP_LOOKALIKE, Mark, entity, marked, picture
from app.formats.markdown_read.html_lists import MOST_DEPTH, OpenList, WritesLists
from app.formats.markdown_read.html_tables import Table, table_lines
from app.formats.markdown_read.html_tokens import (
    CREATED_BY,
    Tag,
    Token,
    WordListMark,
    attributes_of,
    classes_of,
    is_chrome,
)

_HEADINGS = {f"h{level}": level for level in range(1, 7)}
_BLOCKS = frozenset(
    {
        *("p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "figure", "figcaption"),
        *("address", "center", "dl", "dt", "dd", "form", "fieldset", "legend", "body", "html", "caption"),
        *("hgroup", "tbody", "thead", "tfoot"),
    }
)
_LONGEST_TITLE = 300
# Tags that only a page's body holds: met while the head is open, they end it (HTML lets "</head>" be left out).
_BODY_ONLY = frozenset(
    {
        *_HEADINGS,
        *("p", "div", "ul", "ol", "li", "table", "pre", "blockquote", "section", "article", "main", "header"),
        *("footer", "nav", "span", "a", "b", "strong", "em", "i", "br", "hr", "img", "details", "dl", "form"),
    }
)
_MOST_MARKS = 20
_SENTENCE_END = ".;:,!?"
_WORD_NUMBER = re.compile(r"\(?[0-9A-Za-z]{1,4}[.)]")
_WORD_LEVEL = re.compile(r"mso-list:[^;'\"]{0,40}?level(\d)", re.IGNORECASE)


class PageWriter(WritesLists):
    """Markdown lines, written as the page's tokens come (``take``), in one pass."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.inline: list[str] = []
        self.marks: list[Mark] = []
        self.lists: list[OpenList] = []
        self.tables: list[Table] = []
        self.deeper = {"list": 0, "table": 0}  # nested past MOST_DEPTH: their closing tags to ignore
        self.last_kind = ""
        self.quote = 0
        self.pre = 0
        self.heading = 0
        self.site_title = False  # Confluence's "Space : Page" heading
        self.byline = False  # Confluence's "Created by …, last modified on …"
        self.chrome: list[str | int] | None = None  # the element skipped, and how deep in it the page is
        self.summary = False
        self.head = False
        self.title: list[str] | None = None
        self.page_title = ""
        self.wrote_title = False
        self.word_list_at: int | None = None
        self.word_item: str | None = None
        self.word_level = 1

    # ------------------------------------------------------------------ tokens

    def take(self, token: Token) -> None:
        if (self.head or self.title is not None) and isinstance(token, Tag) and token.name in _BODY_ONLY:
            self._leave_head()  # "</head>" and "<body>" may be left out: the first heading or paragraph ends it
        if self.chrome is not None:
            self._skip_chrome(token)
        elif isinstance(token, str):
            if self.title is not None:
                self.title.append(token)
            elif not self.head:
                # A line break in a page's source is a space (only <br> breaks a line): Word wraps at 80 columns.
                self.inline.append(token if self.pre else MARKUP_LOOKALIKE.sub(entity, token.replace("\n", " ")))
        elif isinstance(token, WordListMark):
            self._word_list_mark(token.start)
        elif token.closing and token.name != "br":  # "</br>" breaks the line, as browsers read it
            self._close(token.name)
        elif token.name in ("div", "section", "nav") and "id=" in token.attributes and is_chrome(token):
            self.chrome = [token.name, 1]
        else:
            self._open(token)

    def _skip_chrome(self, token: Token) -> None:
        """Inside the export's own furniture: skipped up to the closing tag of the element it is in.

        Furniture left unclosed (a ``<div>`` inside it never closed) would swallow the rest of the page: a
        section's heading, or the body's end, ends it too (the export's furniture holds no heading).
        """
        if isinstance(token, Tag) and self.chrome is not None and (token.name in _HEADINGS or token.name == "body"):
            self.chrome = None
            if not token.closing:
                self._open(token)
            return
        if isinstance(token, Tag) and self.chrome is not None and token.name == self.chrome[0]:
            self.chrome[1] += -1 if token.closing else 1
            if self.chrome[1] == 0:
                self.chrome = None

    def markdown(self) -> str:
        if self.title is not None and sum(map(len, self.title)) > _LONGEST_TITLE:
            # "<title>" never closed, nor any tag after it: what it gathered is the page's text, not its title.
            self.inline, self.title = self.title, None
        self._leave_head()
        self._flush()
        while self.tables:
            self._close("table")
        if self.pre:
            self.pre = 1
            self._close("pre")
        if not self.wrote_title and self.page_title:
            self.lines[:0] = [f"# {self.page_title}", ""]
        return "\n".join(self.lines).strip("\n") + "\n"

    def _open(self, tag: Tag) -> None:
        name = tag.name
        if name == "head":
            self.head = True
        elif name == "body":
            self._leave_head()
        elif name == "title" and not self.page_title:
            self.title = []
        elif self.pre:
            if name == "br":
                self.inline.append("\n")
        elif name in _HEADINGS:
            self._flush()
            attributes = attributes_of(tag)
            self.heading = _HEADINGS[name]
            self.site_title = attributes.get("id") == "title-heading" or "pagetitle" in classes_of(attributes)
        elif name == "p":
            self._flush()
            attributes = attributes_of(tag)
            classes = classes_of(attributes)
            self.heading = 1 if "title" in classes or "msotitle" in classes else 0  # Google Docs', Word's title
            level = _WORD_LEVEL.search(attributes.get("style", ""))
            self.word_level = int(level.group(1)) if level else 1
        elif name in _BLOCKS:
            self._flush()
            classes = classes_of(attributes_of(tag))
            self._checkbox(classes)
            self.byline = self.byline or "page-metadata" in classes
        elif name in ("ul", "ol"):
            self._open_list(tag)
        elif name == "li":
            self._open_item(tag)
        elif name in ("table", "tr", "td", "th"):
            self._open_table_part(name)
        elif name == "br":
            self._break()
        else:
            self._open_other(tag)

    def _open_other(self, tag: Tag) -> None:
        name = tag.name
        if name in MARKS or name in ("a", "span", "time"):
            if len(self.marks) < _MOST_MARKS:
                attributes = attributes_of(tag)
                self.marks.append(Mark(name, len(self.inline), attributes))
                if name == "span":
                    self._checkbox(classes_of(attributes))
        elif name in ("sub", "sup") and self.inline and self.inline[-1][-1:] in _SENTENCE_END:
            self.inline.append(" ")  # "…half of our users.<sub>Figures from the logs.</sub>": small print, a sentence
        elif name == "img":
            self.inline.append(picture(attributes_of(tag)))
        elif name == "input":
            attributes = attributes_of(tag)
            if attributes.get("type", "").lower() == "checkbox":
                self._set_box("checked" in attributes)
        elif name == "hr":
            self._flush()
            self._block(["---"], "rule")
        elif name == "pre":
            self._flush()
            self.pre += 1
        elif name == "blockquote":
            self._flush()
            self.quote += 1
        elif name == "details":
            self._flush()
            if self.lists:
                self.lists[-1].pending = None  # Notion's toggle list: the toggle is no list item
            self._block(["<details>"], "details")
        elif name == "summary":
            self._flush()
            self.summary = True

    def _leave_head(self) -> None:
        """The page's head is over: a title left open is closed with what it gathered."""
        self.head = False
        if self.title is not None:
            self._close("title")

    def _close(self, name: str) -> None:
        if name == "head":
            self._leave_head()
        elif name == "title" and self.title is not None:
            self.page_title = " ".join("".join(self.title).split())[:_LONGEST_TITLE]
            self.title = None
        elif name == "pre" and self.pre:
            self.pre -= 1
            if not self.pre:
                self._code_block()
        elif self.pre:
            return
        elif name in _HEADINGS or name == "p":
            self._flush()
            self.heading, self.word_item, self.word_level = 0, None, 1
        elif name in _BLOCKS:
            self._flush()
            self.byline = False
        elif name in ("ul", "ol"):
            self._close_list()
        elif name == "li":
            self._flush()
            if self.lists:
                self.lists[-1].pending = self.lists[-1].continuing = None
        elif name in ("table", "tr", "td", "th"):
            self._close_table_part(name)
        elif name in MARKS or name in ("a", "span", "time"):
            self._close_mark(name)
        elif name == "blockquote" and self.quote:
            self._flush()
            self.quote -= 1
        elif name == "details":
            self._flush()
            self._block(["</details>"], "details")
        elif name == "summary":
            self._flush()
            self.summary = False

    # ------------------------------------------------------------------ paragraphs

    def _flush(self) -> None:
        """The words gathered so far, written as the block they are in."""
        self.marks.clear()  # a mark left open at a block's end marks nothing
        text = "".join(self.inline)
        self.inline = []
        pieces = [" ".join(part.split()) for part in text.split("\n")]
        pieces = [piece for piece in pieces if piece]
        table = self.tables[-1] if self.tables else None
        if table is not None and table.cell is not None:
            for piece in pieces:
                if table.cell:
                    joiner = " " if table.joiner == "; " and table.cell[-1][-1:] in _SENTENCE_END else table.joiner
                    table.cell.append(joiner)
                table.cell.append(piece)
                table.joiner = " "
            return
        if not pieces:
            return
        if self.heading:
            words = " ".join(pieces)
            if self.site_title and " : " in words:
                words = words.split(" : ", 1)[1]  # "Engineering : Incident review": the space, then the page
            self.wrote_title = self.wrote_title or self.heading == 1
            self._block(["#" * self.heading + " " + words], "heading")
        elif self.byline and (created := CREATED_BY.match(" ".join(pieces))) is not None:
            # The page's history, not the incident's: its author stays, the day it was last edited does not
            # date the incident (read as the document's first date, it moved every time to it).
            self._block([f"**Created by:** {created.group(1)}"], "paragraph")
        elif self.summary:
            self._block([f"<summary>{' '.join(pieces)}</summary>"], "details")
        elif self.word_item is not None:
            indent = "  " * min(self.word_level - 1, MOST_DEPTH)
            self._block([indent + self.word_item + pieces[0], *pieces[1:]], "item")
            self.word_item = None
        elif self.lists and self.lists[-1].pending is not None:
            item = self.lists[-1]
            box = {True: "[x] ", False: "[ ] ", None: ""}[item.checkbox]
            item.continuing = " " * len(item.pending)
            self._block([item.pending + box + pieces[0], *(item.continuing + piece for piece in pieces[1:])], "item")
            item.pending = None
        elif self.lists and self.lists[-1].continuing is not None:
            self._block([self.lists[-1].continuing + piece for piece in pieces], "item")
        else:
            quote = "> " * min(self.quote, MOST_DEPTH)
            self._block([quote + piece for piece in pieces], "paragraph")

    def _block(self, lines: list[str], kind: str) -> None:
        if self.lines and self.lines[-1] and not (kind == "item" and self.last_kind == "item"):
            self.lines.append("")
        self.lines.extend(lines)
        self.last_kind = kind

    def _break(self) -> None:
        table = self.tables[-1] if self.tables else None
        if table is not None and table.cell is not None:
            self._flush()
            table.joiner = "; "  # a cell holds one line: its lines joined as a list is
        else:
            self.inline.append("\n")

    def _code_block(self) -> None:
        code = "".join(self.inline).strip("\n")  # decoded once already, by the tokens: "&amp;amp;" is "&amp;"
        self.inline = []
        table = self.tables[-1] if self.tables else None
        if table is not None and table.cell is not None:
            # A cell holds one line: its code stays in it, as code, rather than leaving the row for above the table.
            ticks = "``" if "`" in code else "`"
            self.inline.append(f"{ticks}{' '.join(code.split())}{ticks}")
            self._flush()
            return
        fence = "~~~~" if "```" in code else "```"
        self._block([fence, *code.split("\n"), fence], "code")

    # ------------------------------------------------------------------ marks and links

    def _close_mark(self, name: str) -> None:
        if not self.marks or self.marks[-1].name != name:
            return  # a closing tag with no opening one (or one past the depth kept): nothing to close
        mark = self.marks.pop()
        content = "".join(self.inline[mark.start :])
        del self.inline[mark.start :]
        self.inline.append(marked(mark, content))

    def _word_list_mark(self, start: bool) -> None:
        if start:
            self.word_list_at = len(self.inline)
        elif self.word_list_at is not None and self.word_list_at <= len(self.inline):
            drawn = "".join(self.inline[self.word_list_at :])
            del self.inline[self.word_list_at :]
            self.word_list_at = None
            mark, _, rest = drawn.strip().partition(" ")
            number = mark if _WORD_NUMBER.fullmatch(mark) else None
            if number is None and len(mark) > 1:
                rest = drawn  # no drawn bullet ("·", "o", "§") nor number: words, kept
            self.word_item = f"{number} " if number else "- "  # "1." as written; "·", "o", "§" drawn bullets
            if rest.strip():
                self.inline.append(rest)
        else:
            self.word_list_at = None  # its start was in a block already written

    # ------------------------------------------------------------------ tables

    def _open_table_part(self, name: str) -> None:
        self._flush()
        if name == "table":
            if len(self.tables) >= MOST_DEPTH:
                self.deeper["table"] += 1
            else:
                self.tables.append(Table())
            return
        if not self.tables:
            return  # a row or cell outside a table: a block boundary, no more
        table = self.tables[-1]
        if table.cell is not None:
            self._close_table_part("td")
        if name == "tr":
            self._close_table_part("tr")
            table.row = []
        else:
            table.cell, table.header, table.joiner = [], name == "th", " "

    def _close_table_part(self, name: str) -> None:
        self._flush()
        if not self.tables:
            return
        table = self.tables[-1]
        if name in ("td", "th", "tr", "table") and table.cell is not None:
            if table.row is None:
                table.row = []
            table.row.append(("".join(table.cell), table.header))
            table.cell = None
        if name in ("tr", "table") and table.row is not None:
            table.rows.append(table.row)
            table.row = None
        if name != "table":
            return
        if self.deeper["table"]:
            self.deeper["table"] -= 1
            return
        self.tables.pop()
        lines, kind = table_lines(table.rows)
        outer = self.tables[-1] if self.tables else None
        if outer is not None and outer.cell is not None:
            # A table inside a cell (a layout's): its rows become that cell's words.
            rows = [line for number, line in enumerate(lines) if line and not (kind == "table" and number == 1)]
            self.inline.append("; ".join(" ".join(line.strip("| ").split(" | ")) for line in rows))  # no "---" row
            self._flush()
        elif lines:
            self._block(lines, kind)
