"""A wiki's or a site's furniture round the page's own content, left out: its header, menus, sidebar, footer.

A page saved from a wiki ("Save page as…") holds the site round the post-mortem: the site's name and
menus in a ``<header>``, a ``<nav>``, a sidebar in an ``<aside>`` ("Space tools", "Page tree"), a
``<footer>`` ("Powered by Acme Wiki"). HTML names those parts for what they are, and a page that marks
its own content with ``<main>`` (or ``<article>``, or ``role="main"``) says the rest is not it: a careful
reader reads the content, not the site's name as the title nor its sidebar as a section.

Only such a page is filtered, and only those elements outside its content: a ``<header>`` inside the
``<article>`` holds the report's own title and stays. A page's comments (``<section id="comments">``) are
not furniture: they are kept, after the report, as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from app.formats.markdown_read.html_tokens import Tag, Token

_CONTENT_START = re.compile(r"<(?:main|article)\b|\brole[ \t]*=[ \t]*[\"']?main\b", re.IGNORECASE)
_CONTENT = frozenset(("main", "article"))
_FURNITURE = frozenset(("header", "nav", "aside", "footer"))
_ROLE_MAIN = re.compile(r"\brole[ \t]*=[ \t]*[\"']?main\b", re.IGNORECASE)


def marks_its_content(page: str) -> bool:
    """Whether the page says which part of it is its content (``<main>``, ``<article>``, ``role="main"``)."""
    return _CONTENT_START.search(page) is not None


def without_furniture(tokens: Iterable[Token]) -> Iterator[Token]:
    """``tokens`` without the furniture elements outside the page's content (see the module's docstring).

    Counted by element name, one pass: furniture never closed ends where the content starts or the body ends,
    so an unclosed ``<aside>`` cannot swallow the report.
    """
    content: tuple[str, int] | None = None  # the content element we are in, and how deep in elements of its name
    furniture: tuple[str, int] | None = None  # the furniture element skipped, and how deep in it
    for token in tokens:
        if not isinstance(token, Tag):
            if furniture is None:
                yield token
            continue
        starts_content = not token.closing and (token.name in _CONTENT or _ROLE_MAIN.search(token.attributes))
        if furniture is not None:
            if starts_content or (token.name == "body" and token.closing):
                furniture = None  # never closed: the content (or the body's end) ends it
            else:
                furniture = _deeper(furniture, token)
                continue
        if content is None and not token.closing and token.name in _FURNITURE:
            furniture = (token.name, 1)
            continue
        if content is None and starts_content:
            content = (token.name, 1)
        elif content is not None:
            content = _deeper(content, token)
        yield token


def _deeper(element: tuple[str, int], token: Tag) -> tuple[str, int] | None:
    """How deep in ``element`` after ``token``: ``None`` once its closing tag is met."""
    name, depth = element
    if token.name == name:
        depth += -1 if token.closing else 1
    return (name, depth) if depth > 0 else None
