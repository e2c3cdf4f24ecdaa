"""HTML export: the Markdown export rendered as a standalone, styled page.

A post-mortem file may come from anyone, so its text is untrusted. The
Markdown is rendered with the ``markdown`` package and the result is cleaned
with ``nh3`` down to ordinary formatting: no scripts, styles, frames, forms
or event handlers, links only to http(s) and mail addresses, places in the
page and files in the document's folder, and images only from the document's
folder (a remote image would be fetched when the page or the editor's preview
opens, telling a third party who read it; a path climbing out with ``..``
would show a file of the reader's disk); a refused image becomes a visible note.
The page is one file: the chart's picture is embedded in it.
"""

from __future__ import annotations

import base64
import html
import re
import secrets
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

import nh3

from app.formats.bounded_markdown import Deadline, markdown_to_html
from app.formats.markdown_export import outside_fences, to_markdown
from app.model import PostMortem

MARKDOWN_EXTENSIONS = ["tables", "sane_lists", "fenced_code"]

ALLOWED_TAGS = {
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    "code",
    "del",
    "em",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "kbd",
    "li",
    "ol",
    "p",
    "pre",
    "s",
    "strong",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "ul",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title"},
    "td": {"align"},
    "th": {"align"},
    "ol": {"start"},
    "code": {"class"},
}
LINK_SCHEMES = {"http", "https", "mailto"}

STYLE = """
:root { color-scheme: light dark; --fg: #1f2328; --bg: #ffffff; --muted: #59636e; --rule: #d1d9e0;
        --code: #f6f8fa; --link: #0969da; --accent: #cf222e; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1; --rule: #3d444d; --code: #151b23;
          --link: #4493f8; --accent: #ff7b72; }
}
html { background: var(--bg); color: var(--fg); }
body { font: 16px/1.6 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif;
       max-width: 52rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; overflow-wrap: anywhere; }
h1 { font-size: 2rem; border-bottom: 3px solid var(--accent); padding-bottom: .3em; margin-top: 0; }
h2 { font-size: 1.45rem; border-bottom: 1px solid var(--rule); padding-bottom: .25em; margin-top: 2em; }
h3 { font-size: 1.15rem; margin-top: 1.6em; }
a { color: var(--link); }
ul, ol { padding-left: 1.6em; }
li { margin: .2em 0; }
li > ul, li > ol { margin: .2em 0; }
strong { font-weight: 600; }
code { font: .9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--code);
       padding: .15em .35em; border-radius: 5px; }
pre { background: var(--code); padding: 1em; border-radius: 8px; overflow-x: auto; }
pre code { padding: 0; background: none; }
blockquote { margin: 0; padding: 0 1em; color: var(--muted); border-left: .25em solid var(--rule); }
table { border-collapse: collapse; margin: 1em 0; display: block; overflow-x: auto; }
th, td { border: 1px solid var(--rule); padding: .35em .8em; text-align: left; }
th { background: var(--code); }
img { max-width: 100%; height: auto; background: #fff; border-radius: 6px; }
hr { border: 0; border-top: 1px solid var(--rule); }
"""


_URL_IGNORED = re.compile(r"[\t\n\r]")  # Browsers drop these anywhere in a URL.


def is_inside_document_folder(value: str) -> bool:
    """A relative path that stays in the document's folder: no scheme, no host, not absolute, no ``..``.

    Remote images would be fetched on opening; an absolute path or one
    climbing out with ``..`` would show a file of the reader's machine that
    the author picked. Checked as a browser reads it: tabs and line breaks
    removed, percent escapes decoded, backslashes taken for slashes.
    """
    cleaned = _URL_IGNORED.sub("", value).strip("\x00 ")
    if not cleaned:
        return False
    for form in (cleaned, unquote(cleaned).replace("\\", "/")):
        parts = urlsplit(form)
        if parts.scheme or parts.netloc or form.startswith(("/", "\\")):
            return False
        if ".." in parts.path.split("/"):
            return False
    return True


def _filter_attribute(tag: str, attribute: str, value: str) -> str | None:
    if tag == "img" and attribute == "src":
        return value if is_inside_document_folder(value) else None
    if tag == "a" and attribute == "href":
        # A web or mail address, a place in the page, or a file in the document's folder; never a file
        # elsewhere on the reader's disk, nor "//host/share", which a page opened from disk reads as file://host.
        cleaned = _URL_IGNORED.sub("", value).strip("\x00 ")
        if urlsplit(cleaned).scheme.lower() in LINK_SCHEMES and not cleaned.startswith(("//", "\\")):
            return value
        return value if cleaned.startswith("#") or is_inside_document_folder(value) else None
    if tag == "code" and attribute == "class":
        # Only the fenced-code language hint, which is harmless.
        return value if value.startswith("language-") and value.replace("-", "").isalnum() else None
    return value


def sanitize_html(fragment: str) -> str:
    """``fragment`` with only ordinary formatting left (see the module doc)."""
    return _note_dropped_images(_clean(fragment))


def _clean(fragment: str) -> str:
    return nh3.clean(
        fragment,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=LINK_SCHEMES,
        attribute_filter=_filter_attribute,
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )


class _DroppedImages(HTMLParser):
    """The exact text of every ``<img>`` tag the sanitiser left without a source."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "img" and not values.get("src"):
            self.found[self.get_starttag_text() or ""] = values.get("alt") or ""


def _note_dropped_images(clean_html: str) -> str:
    """Each image whose source was refused becomes a visible note, instead of a silently broken picture."""
    if "<img" not in clean_html:
        return clean_html
    parser = _DroppedImages()
    parser.feed(clean_html)
    parser.close()
    for tag_text, alt in parser.found.items():
        if not tag_text:
            continue
        what = f"“{html.escape(alt)}” " if alt.strip() else ""
        # In sanitised HTML a "<" in text is always "&lt;": this exact text can only be the tag itself.
        clean_html = clean_html.replace(
            tag_text, f"<em>[picture {what}not shown: it is not in the document's folder]</em>"
        )
    return clean_html


_BARE_MARKER = re.compile(r"( *)([-*+]|\d{1,9}[.)])")


def _for_python_markdown(markdown_text: str) -> str:
    """Adapt CommonMark list details that Python-Markdown reads differently.

    The export nests lists by two spaces, as the reference and GitHub do;
    Python-Markdown needs ``tab_length=2`` for that (see ``render_body_html``).
    It also ignores a list marker alone on its line, which the export writes
    for an empty item or before text that starts on the next line: such an
    item gets its next line, or a non-breaking space, on the marker's line.
    """
    lines = markdown_text.split("\n")
    flags = outside_fences(lines)
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if not flags[index - 1] or not _BARE_MARKER.fullmatch(line):
            out.append(line)
            continue
        following = lines[index] if index < len(lines) else ""
        content_indent = len(line) + 1
        if following.strip() and len(following) - len(following.lstrip(" ")) >= content_indent:
            out.append(f"{line} {following.strip()}")
            index += 1
        else:
            out.append(f"{line} &nbsp;")
    return "\n".join(out)


SLOW_INLINE_BUDGET = 2_000_000
"""Above this (link and tag openers times length of a paragraph), the paragraph is shown as plain text.

Python-Markdown's link and autolink patterns rescan the rest of a paragraph
from every ``[`` and ``<`` that does not close: a hostile paragraph of 5,000
lines of ``[`` takes minutes (about 130 ns per opener and character). The
budget keeps any paragraph under a quarter of a second; a real one with a
hundred links in 5,000 characters is a quarter of the budget.
"""
_OPENERS = "[<"
MAX_INDENT = 200
"""Columns of indentation beyond which text is not laid out (a hundred nested lists)."""
_ITEM_START = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)]|#{1,6}|>)(?:[ \t]+|$)")


def _set_aside_slow_paragraphs(lines: list[str]) -> tuple[list[str], dict[str, str]]:
    """Replace each over-budget paragraph by a token; returns the lines and each token's HTML."""
    flags = outside_fences(lines)
    nonce = secrets.token_hex(8)  # Document text cannot guess it, so it cannot forge a token.
    aside: dict[str, str] = {}
    out: list[str] = []
    index = 0
    while index < len(lines):
        end = index + 1
        if lines[index].strip() and flags[index]:
            # A paragraph or list item: its first line, then continuation lines up to a blank or a new item.
            while end < len(lines) and lines[end].strip() and flags[end] and not _ITEM_START.match(lines[end]):
                end += 1
        unit = lines[index:end]
        length = sum(len(line) for line in unit)
        openers = sum(line.count(char) for line in unit for char in _OPENERS)
        if openers * length <= SLOW_INLINE_BUDGET:
            out.extend(unit)
        else:
            start = _ITEM_START.match(unit[0])
            prefix = start.group(0) if start else unit[0][: len(unit[0]) - len(unit[0].lstrip())]
            token = f"pmplain{nonce}n{len(aside)}"
            aside[token] = html.escape("\n".join([unit[0][len(prefix) :], *(line.strip() for line in unit[1:])]))
            out.append(prefix + token)
        index = end
    return out, aside


def render_body_html(markdown_text: str, deadline: Deadline | None = None) -> str:
    """Markdown rendered to safe HTML for inside a page's ``<body>`` (the editor's preview uses it).

    Bounded in time: past ``deadline`` (by default ``Deadline.for_text``: a few
    seconds, more for a longer text, at most ``HTML_TIME_LIMIT``), or once
    another thread cancels it, it raises ``RenderStoppedError`` (a
    ``DocumentError``) with a reason to show. Safe to call from a worker thread.
    """
    deadline = deadline or Deadline.for_text(markdown_text)
    lines, aside = _set_aside_slow_paragraphs(_for_python_markdown(markdown_text).split("\n"))
    # Python-Markdown recurses (slowly) once per nesting level: text indented
    # hundreds of levels deep is hostile, and is shown as written instead.
    too_deep = any(len(line) - len(line.lstrip()) > MAX_INDENT for line in lines)
    try:
        if too_deep:
            raise RecursionError
        rendered = markdown_to_html(
            "\n".join(lines), deadline, extensions=MARKDOWN_EXTENSIONS, output_format="html", tab_length=2
        )
    except RecursionError:
        return (
            "<p><em>This text is nested too deeply to lay out; it is shown as written.</em></p>\n"
            f"<pre>{html.escape(markdown_text)}</pre>"
        )
    if aside:
        rendered = _TOKEN.sub(lambda match: aside.get(match.group(0), match.group(0)), rendered)
    return sanitize_html(rendered)


_TOKEN = re.compile(r"pmplain[0-9a-f]{16}n\d+")


def standalone_page(body_html: str, title: str) -> str:
    """A whole HTML document around ``body_html``, with embedded light and dark styles."""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="Postmortem Editor">\n'
        f"<title>{html.escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n"
        f"<body>\n<article>\n{body_html}\n</article>\n</body>\n</html>\n"
    )


def to_html(document: PostMortem, flowchart_png: bytes | None = None, deadline: Deadline | None = None) -> str:
    """The post-mortem as one standalone page; ``flowchart_png``, the chart's picture, is embedded in it."""
    if flowchart_png is None:
        body = render_body_html(to_markdown(document), deadline)
    else:
        # The page links a name no document text can guess, which is then swapped for the picture
        # itself after sanitising (the sanitiser rightly drops every data: URL a document could hold).
        name = f"pmchart{secrets.token_hex(8)}.png"
        body = render_body_html(to_markdown(document, name), deadline)
        data_url = "data:image/png;base64," + base64.b64encode(flowchart_png).decode("ascii")
        body = body.replace(f'src="{name}"', f'src="{data_url}"')
    return standalone_page(body, document.metadata.title or "Post-mortem")
