"""A post-mortem saved as an HTML page, read as the Markdown it stands for.

Confluence's export, Google Docs' "Download as HTML", Notion's HTML export and Word's "Save as web page"
write the same document a person reads in a browser, wrapped in markup a reader never sees: tables inside
``<div class="table-wrap">``, a paragraph inside every table cell and list item, a ``<span>`` round
every run of words, a style sheet, comments. The page is turned into Markdown once, up front (a heading
as ``## Timeline``, a table as a pipe table, a list item as ``- …``, a task list's ticked item as
``- [x] …``), and the Markdown is then read as any other.

Only a whole page goes this way: a Markdown file with some HTML in it keeps its Markdown, and its tags
are read line by line (``markup.py``). Every step here is one pass over the text: a page is untrusted
input, and a line of a megabyte of ``<div>`` must not take longer than reading it.
"""

from __future__ import annotations

import re

_BLOCK_TAG_LINE = re.compile(
    r"[ \t]*<(?:h[1-6]|p|div|table|ul|ol|section|article|header|main|body|head|meta|title|style)\b",
    re.IGNORECASE,
)
# A line that starts an HTML block which runs to the next blank line (CommonMark's block tags, the common ones).
_HTML_BLOCK_START = re.compile(
    r" {0,3}</?(?:address|article|aside|blockquote|body|center|details|div|dl|dd|dt|figure|footer|form|h[1-6]"
    r"|header|hr|html|li|main|nav|ol|p|section|table|tbody|td|th|thead|tr|ul)(?=[ \t>/]|$)",
    re.IGNORECASE,
)
_PAGE_START = re.compile(
    r"[ \t\n]*(?:<!doctype[ \t\n]+html|<html\b|<\?xml\b[^>]{0,200}\?>[ \t\n]*<html\b)", re.IGNORECASE
)


def is_html_page(text: str) -> bool:
    """Whether ``text`` is an HTML page rather than Markdown with some HTML in it.

    A page starts with ``<!DOCTYPE html>`` or ``<html>``; a page's body saved alone (what Confluence's
    "export" and a copied page give) starts with a block tag and almost every line of it starts with a tag,
    where Markdown that holds HTML has lines of its own (headings, lists, paragraphs). A line inside an HTML
    block counts as tagged: a README written in HTML (``<p>`` over lines of text and ``<br>``, up to the
    blank line that ends the block, as CommonMark and GitHub read it) is a page, its text no Markdown.
    """
    if _PAGE_START.match(text[:1000]):
        return True
    lines = tagged = 0
    in_block = False
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line, start = text[start:end], end + 1
        if not line.strip():
            in_block = False  # a blank line ends an HTML block
            continue
        if lines == 0 and not _BLOCK_TAG_LINE.match(line):
            return False  # Markdown's first line: nothing else need be looked at
        lines += 1
        in_block = in_block or _HTML_BLOCK_START.match(line) is not None
        tagged += in_block or line.lstrip().startswith("<")
    return lines > 0 and tagged * 10 >= lines * 9


def page_as_markdown(text: str) -> str:
    """The Markdown an HTML page stands for (see the module's docstring)."""
    # The page's reader (600 lines) is loaded by the first page: a Markdown file needs none of it.
    from app.formats.markdown_read.html_blocks import PageWriter
    from app.formats.markdown_read.html_furniture import marks_its_content, without_furniture
    from app.formats.markdown_read.html_tokens import tokens

    pages = _pages(text)
    if len(pages) > 1:
        # Two pages saved in one file (an online editor's stub page, then the report pasted after it): the
        # longest is the report, read first, so its heading is the title; the others follow it, kept.
        longest = max(range(len(pages)), key=lambda index: len(pages[index]))
        pages = [pages[longest], *pages[:longest], *pages[longest + 1 :]]
    written: list[str] = []
    for page in pages:
        writer = PageWriter()
        # A wiki's page saved whole: its header, menus, sidebar and footer round the <main> content are the site's.
        for token in without_furniture(tokens(page)) if marks_its_content(page) else tokens(page):
            writer.take(token)
        written.append(writer.markdown())
    return "\n\n".join(written)


_PAGE_END = "</html>"


def _pages(text: str) -> list[str]:
    """``text`` cut after each ``</html>`` that another whole page follows; one part for a single page."""
    lowered = text.lower()
    pages: list[str] = []
    start = 0
    end = lowered.find(_PAGE_END)
    while end >= 0:
        after = end + len(_PAGE_END)
        if _PAGE_START.match(text, after):
            pages.append(text[start:after])
            start = after
        end = lowered.find(_PAGE_END, after)
    pages.append(text[start:])
    return [page for page in pages if page.strip()]
