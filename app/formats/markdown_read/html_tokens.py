"""An HTML page cut into its text and its tags, in one pass (see ``html_page``)."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from typing import NamedTuple

# A tag as browsers read it: a name, then anything up to ">" (a quoted ">" in an attribute is rare enough).
# "[^<>]*" stops at the next "<", so a failed match costs no more than the text up to it: one pass in all.
_TAG = re.compile(r"<(?P<close>/?)(?P<name>[A-Za-z][A-Za-z0-9:_.-]{0,40})(?P<attributes>[^<>]*)>")
# "<!DOCTYPE html>", Word's "<![if !supportLists]>" and "<![endif]>", "<?xml …?>": no words.
_DECLARATION = re.compile(r"<[!?][^<>]*>")
_WORD_LIST_START = re.compile(r"<!\[if[ \t]+!supportLists\]>", re.IGNORECASE)
_WORD_IF_END = re.compile(r"<!\[endif\]>", re.IGNORECASE)
# Elements whose content is no text a reader sees: a style sheet, a script, Word's document properties.
_RAW = ("style", "script", "template", "xml", "noscript")
_RAW_CLOSE = {name: re.compile(r"</" + name + r"[ \t\n]*>", re.IGNORECASE) for name in _RAW}

_ATTRIBUTE = re.compile(
    r"""(?P<name>[A-Za-z_:][-A-Za-z0-9_:.]{0,60})"""
    r"""(?:[ \t\n]*=[ \t\n]*(?:"(?P<q>[^"]*)"|'(?P<s>[^']*)'|(?P<bare>[^\s"'>]+)))?"""
)
# Attributes longer than this are a picture's data or a style run wild: none the reading needs.
_LONGEST_ATTRIBUTES = 4000


class Tag(NamedTuple):
    name: str  # lower case
    closing: bool
    attributes: str  # as written, unparsed: most tags' attributes are never needed


class WordListMark(NamedTuple):
    """Word's ``<![if !supportLists]>`` (``start``) and the ``<![endif]>`` closing it: the text between is
    the number or bullet Word drew."""

    start: bool


Token = str | Tag | WordListMark


def tokens(text: str) -> Iterator[Token]:
    """The page's text (entities decoded) and tags, in order; comments and raw elements' content left out."""
    pos, size = 0, len(text)
    comment_end = -2  # where the next "-->" is: found once for every comment after it (-1: none left)
    unclosed: set[str] = set()  # raw elements with no closing tag after some point: none after a later one
    while pos < size:
        lt = text.find("<", pos)
        if lt < 0:
            yield html.unescape(text[pos:])
            return
        if lt > pos:
            yield html.unescape(text[pos:lt])
        if text.startswith("<!--", lt):
            if comment_end != -1 and comment_end < lt + 4:
                comment_end = text.find("-->", lt + 4)
            if comment_end >= 0:
                pos = comment_end + 3  # Word's "<!--[if gte mso 9]><xml>…</xml><![endif]-->" among them
                continue
            yield "<!--"  # never closed: kept as the text it is
            pos = lt + 4
            continue
        tag = _TAG.match(text, lt)
        if tag is None:
            declaration = _DECLARATION.match(text, lt)
            if declaration is not None:
                if _WORD_LIST_START.fullmatch(declaration.group()):
                    yield WordListMark(start=True)
                elif _WORD_IF_END.fullmatch(declaration.group()):
                    yield WordListMark(start=False)
                pos = declaration.end()
                continue
            yield "<"  # "a < b": a lone angle bracket is text
            pos = lt + 1
            continue
        name = tag.group("name").lower()
        pos = tag.end()
        if not tag.group("close") and name in _RAW:
            closing = _RAW_CLOSE[name].search(text, pos) if name not in unclosed else None
            if closing is not None:
                pos = closing.end()
                continue
            unclosed.add(name)  # read on as if the tag were not there: its words stay
        attributes = tag.group("attributes")
        yield Tag(name, bool(tag.group("close")), attributes if len(attributes) <= _LONGEST_ATTRIBUTES else "")


def attributes_of(tag: Tag) -> dict[str, str]:
    """A tag's attributes by lower-case name (a name alone, as ``checked``, has the value "")."""
    found: dict[str, str] = {}
    for attribute in _ATTRIBUTE.finditer(tag.attributes):
        value = next((v for v in attribute.group("q", "s", "bare") if v is not None), "")
        found.setdefault(attribute.group("name").lower(), html.unescape(value))
    return found


def classes_of(attributes: dict[str, str]) -> list[str]:
    return attributes.get("class", "").lower().split()
