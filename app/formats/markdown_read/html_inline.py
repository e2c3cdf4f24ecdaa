"""Words inside a paragraph written as Markdown: bold and code marks, links, people, pictures (see ``html_page``).

A mark's spaces go outside it ("<b>Status: </b>" is "**Status:** "); a link is written by what it points
to: ``[words](address)`` for a web page (Google Docs' redirect taken away), ``@Name`` for a person
(Confluence's user link, Google Docs' person chip, Notion's mention), the words alone for a place in the
page or another page of the export.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from app.formats.markdown_read.html_tokens import classes_of

MARKS = {"b": "**", "strong": "**", "i": "*", "em": "*", "code": "`", "kbd": "`", "samp": "`", "tt": "`"}
MARKS.update({"s": "~~", "strike": "~~", "del": "~~"})
# Decoded text that Markdown would read as markup again ("<b>" written as "&lt;b&gt;"): kept as entities,
# which the line-by-line markup reading decodes once.
MARKUP_LOOKALIKE = re.compile(r"<(?=[A-Za-z/!?])|&(?=#?[A-Za-z0-9]{1,32};)")
_USER_CLASSES = ("confluence-userlink", "user-mention", "user-hover", "mention")


@dataclass
class Mark:
    name: str
    start: int  # where its words start in the paragraph's pieces
    attributes: dict[str, str]


def entity(match: re.Match[str]) -> str:
    return "&lt;" if match.group() == "<" else "&amp;"


_UNDONE = re.compile(r"&(lt|amp);")


def _undone(match: re.Match[str]) -> str:
    """What ``entity`` wrote, as it was: a text's "&region=" is not "®ion=" (html.unescape would say so)."""
    return "<" if match.group(1) == "lt" else "&"


def marked(mark: Mark, content: str) -> str:
    """A mark's words as Markdown writes them: spaces outside the marks, a link by what it points to."""
    words = content.strip()
    if not words:
        return content
    lead = content[: len(content) - len(content.lstrip())]
    trail = content[len(words) + len(lead) :]
    attributes = mark.attributes
    if mark.name == "a":
        words = link_text(words, attributes)
    elif mark.name == "time":
        words = words.removeprefix("@")  # Notion writes a date property as "@November 27, 2023"
    elif mark.name == "span" and "user" in classes_of(attributes):
        words = words if words.startswith("@") else f"@{words}"  # Notion's mention of a person
    elif "\n" not in words:
        symbol = MARKS.get(mark.name) or _span_mark(attributes.get("style", ""))
        if mark.name in ("code", "kbd", "samp", "tt"):
            words = _UNDONE.sub(_undone, words)  # code keeps its "<" and "&" as written, nothing else decoded
        if symbol and not (words.startswith(symbol) and words.endswith(symbol)):
            words = f"{symbol}{words}{symbol}"
    return f"{lead}{words}{trail}"


def _span_mark(style: str) -> str:
    """Bold or italic written as a span's style, as a page copied from a word processor does."""
    style = style.replace(" ", "").lower()
    if "font-weight:700" in style or "font-weight:bold" in style:
        return "**"
    return "*" if "font-style:italic" in style else ""


def link_text(words: str, attributes: dict[str, str]) -> str:
    """A link's words: ``@Name`` for a person, ``[words](address)`` for a web page, the words alone else."""
    href = attributes.get("href", "").strip()
    classes = classes_of(attributes)
    person = any(name in classes for name in _USER_CLASSES) or "data-username" in attributes
    person = person or "data-account-id" in attributes or "/~" in href or "/people/" in href
    if href.lower().startswith("mailto:") and "@" not in words:
        person = True  # Google Docs' person chip: a mail link named by the person
    if person:
        return words if words.startswith("@") else f"@{words}"
    if href.startswith("https://www.google.com/url?"):
        # Google Docs sends every link through a redirect: the address is its "q".
        href = parse_qs(urlsplit(href).query).get("q", [href])[0]
    if not href.lower().startswith(("http://", "https://")) or any(c in href for c in " <>"):
        return words  # an anchor in the page, another page of the export: the words are what is left
    href = href.replace("(", "%28").replace(")", "%29")  # "…/Outage_(2024)": the same address, and one link
    if words in (href, href.split("://", 1)[1]) or words.startswith("!["):
        return href if not words.startswith("![") else words
    return f"[{words}]({href})"


def picture(attributes: dict[str, str]) -> str:
    """``![alt](src)``; a picture held in the page itself, or an icon, gives its alt text alone."""
    src, alt = attributes.get("src", "").strip(), " ".join(attributes.get("alt", "").split())
    if any("icon" in name or "emoji" in name for name in classes_of(attributes)):  # Notion's page and user icons
        return ""
    if not src or src.startswith("data:") or any(c in src for c in " ()<>") or "]" in alt:
        return alt
    return f"![{alt}]({src})"
