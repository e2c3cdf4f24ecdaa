"""Tokens of Markdown as people write it: headings, list items, labels.

The small, linear building blocks every section reader uses. They read any
bullet character, tabs or spaces, bold or plain labels, ATX and setext
headings; no regular expression here can backtrack over more than one line,
so reading stays linear in the size of the file. (Paragraphs opened by a label
are read as items in ``labelled_paragraphs``.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.formats.markdown_syntax import closed_fences, fence_closer, fence_opener, unescape_block
from app.text_pieces import now_and_then

# A Chinese or Korean heading's number: "三、", "（二）", "3、", "(1) " ("三、故障时间线", "(1) 직접 원인").
_EAST_ASIAN_NUMBERING = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、．]|[(（][一二三四五六七八九十\d]{1,3}[)）])[ \t]*"
)


def name_key(text: str) -> str:
    """A heading or label as a lookup key: lower case, no numbering, emphasis or trailing colon."""
    text = text.strip().strip("*_").strip()
    text = re.sub(r"^\d+(?:\.\d+)*[.)]?\s+", "", text)
    text = _EAST_ASIAN_NUMBERING.sub("", text)
    text = (
        text.rstrip(":：").strip().strip("*_").rstrip(":?：")
    )  # "：" the full-width colon of CJK text  # "What happened?" names what "What happened" does
    return " ".join(unmarked_plural(text).lower().split())


def unmarked_plural(text: str) -> str:
    """German's inclusive plural ("Autor:innen", "Verfasser*innen", "Autor_innen") as one word ("Autorinnen"):
    the colon is not a label's, and the name is the plain plural's."""
    return _GENDER_MARK.sub("", text) if "innen" in text else text


_GENDER_MARK = re.compile(r"(?<=[^\W\d_])[:*_/](?=innen\b)")


def without_bold(text: str) -> str:
    """``text`` without its bold markers when they pair up ("**Patch Nginx:** apply it"): in a field of plain
    text they are the author's markup, not words. An odd count is left as written (a literal ``**``)."""
    count = text.count("**")
    if not count or count % 2:
        return text
    # Between two letters a marker parts two words ("DNS**Detection:**"): dropped, it would join them.
    return _MARKER_INSIDE_A_WORD.sub(" ", text).replace("**", "")


_MARKER_INSIDE_A_WORD = re.compile(r"(?<=\w)\*\*(?=\w)")


BULLET = re.compile(r"([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+|$)")


_TABLE_LINE = re.compile(r" {0,3}\|.*")
# A line (or heading text) that starts with a time or a date, in a list, a table or on its own:
# "- 14:03", "| 2024-05-01", "### 07:30am", "**1403**", "[18:02] <nick>", "~14:20", "9.45am", "7 h 48",
# a log line's "Mar 12 03:14:07". A cheap test, before the parser reads it.
TIME_LED = re.compile(
    r"[ \t]*(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+|\|[ \t]*|#{1,6}[ \t]+)?[*_`\[(~≈]{0,3}"
    r"(?:\d{1,2}:\d{2}|\d{4}-\d{2}-\d{2}|\d{1,2}(?:[:.]\d{2})?[ \t]?[ap]\.?m\b|[01]\d[0-5]\d\b"
    r"|\d{1,2}[ \t]?h[ \t]?[0-5]\d\b|[A-Z][a-z]{2}[ \t]{1,2}\d{1,2}[ \t]\d{2}:\d{2}"
    # "Sat 28 Feb 14:20", "1 Mar 08:30": the day before its month, as British mails write it.
    r"|(?:[A-Z][a-z]{2},?[ \t])?\d{1,2}[ \t][A-Z][a-z]{2}[ \t]{1,2}\d{1,2}:\d{2})",
    re.IGNORECASE,
)


def is_table_line(line: str) -> bool:
    return bool(_TABLE_LINE.fullmatch(line))


def heading_of(line: str) -> tuple[int, str] | None:
    """``(level, text)`` of an ATX heading line, without its optional closing ``#`` run.

    Written with string methods: a regular expression for the closing run
    backtracks quadratically over long runs of spaces in hostile text.
    """
    text = line.lstrip(" ")
    if len(line) - len(text) > 3 or not text.startswith("#"):
        return None
    level = len(text) - len(text.lstrip("#"))
    rest = text[level:]
    if level > 6 or (rest and rest[0] not in " \t"):
        return None
    content = rest.strip(" \t")
    without_closing = content.rstrip("#")
    if without_closing != content and (not without_closing or without_closing[-1] in " \t"):
        content = without_closing.rstrip(" \t")
    return level, content


def columns(whitespace: str) -> int:
    column = 0
    for char in whitespace:
        column = (column // 4 + 1) * 4 if char == "\t" else column + 1
    return column


def indent_of(line: str) -> int:
    return columns(line[: len(line) - len(line.lstrip(" \t"))])


def dedent(line: str, width: int) -> str:
    """``line`` without up to ``width`` columns of indentation."""
    column = index = 0
    while column < width and index < len(line) and line[index] in " \t":
        column = column + 1 if line[index] == " " else (column // 4 + 1) * 4
        index += 1
    return line[index:]


@dataclass
class Item:
    """A list item: its first line after the marker, and its indented continuation."""

    marker: str
    head: str
    body: list[str]
    raw: list[str]

    @property
    def text(self) -> str:
        lines = [self.head, *self.body] if self.head else self.body
        # (A fence the text never closed was written escaped: ``markdown_export.text_bullet``.)
        return unescape_block("\n".join(lines).strip("\n"), ())


def parse_items(lines: list[str]) -> list[Item | str]:
    """The top-level list items of ``lines``; lines outside any item come back as strings.

    A fenced code block outside any item is text, one string a line, never items: "- uses: actions/checkout"
    in a workflow's YAML, "1. run the build" in a shell script's comments (and a fence right under an item,
    not indented as its text, closes that item rather than running on in it)."""
    out: list[Item | str] = []
    count, index = len(lines), 0
    fences = closed_fences(lines)  # (a fence never closed is a stray mark: the lists after it stay)
    while index < count:
        now_and_then(len(out))  # one entry a turn
        line = lines[index]
        match = BULLET.match(line)
        if match is None:
            end = fences.get(index, index)
            out.extend(lines[index : end + 1])
            index = end + 1
            continue
        marker_end = columns(line[: match.end(2)])
        spaces = columns(line[: match.end()]) - marker_end
        content = marker_end + (spaces if 1 <= spaces <= 4 else 1)
        end, previous_blank = index + 1, False
        fenced: tuple[str, int] | None = None  # the fence the item's own text opened, until it closes
        while end < count:
            following = lines[end]
            mark = following.lstrip()[:1]
            # (Closed at the item's own indentation: "    ```" under "  - text" closes what "    ```" opened.)
            fence = fence_closer(dedent(following, content)) if fenced is not None and mark and mark in "`~" else None
            if fence is not None and fenced is not None and fence[0] == fenced[0] and fence[1] >= fenced[1]:
                fenced = None
            elif not following.strip():
                previous_blank = True
            elif indent_of(following) >= content:
                previous_blank = False
                if fenced is None and following.lstrip()[:1] in "`~":
                    fenced = fence_opener(following.lstrip())
            elif fenced is not None:
                previous_blank = False  # a line of the item's code block, written less indented
            elif (
                previous_blank
                or BULLET.match(following)
                or heading_of(following)
                or (following.lstrip()[:1] in "`~" and fence_opener(following) is not None)
            ):
                break
            end += 1
        while end > index + 1 and not lines[end - 1].strip():
            end -= 1
        body = [dedent(following, content) for following in lines[index + 1 : end]]
        out.append(Item(match.group(2), line[match.end() :], body, lines[index:end]))
        index = end
    return out


# Bold ("**Impact:**") or, as some write it, italic ("*Preventative measures:*"), closed as it opened.
# ("`Duration`: …": a label in backticks, as students mark a field's name, is read as one in bold is.)
_BOLD_LABEL = re.compile(r"(\*\*|__|\*|_|`)([^*_`\n]{1,80}?)\1(.*)")
# Letters of any language ("Zuständig:", "Échéance :"); a French label has a space before its colon.
_BARE_LABEL = re.compile(r"[^\W\d_](?:[^\W\d_]|[ /&'-]){0,40}")
# "Tasks to address the issue (TODO):" has its parentheses inside the label.
# Japanese puts a full-width colon straight after the label, with no space before the value ("重大度：SEV2").
_PLAIN_LABEL = re.compile(r"([^\W\d_](?:[^\W\d_]|[ /&'()-]){0,40})(?::(?:[ \t]+(.*)|$)|：[ \t　]*(.*))")

# "`Root Cause`: …": a label set in code type, as some write the template's labels; its colon outside the span.
_CODE_LABEL = re.compile(r"`([^\W\d_](?:[^\W\d_]|[ /&'-]){0,40})`[ \t]*:(?:[ \t]+(.*)|$)")

# Emoji before a label ("⏱️ **Duration:**", "💥 Impact:", "👩‍💻 Owner:"): symbols, their variation selectors
# (U+FE0F) and the joiners (U+200D) of a sequence, then the label's first letter or its markup.
EMOJI_LEAD = re.compile(r"[^\x00-\x7f\w\s][^\x00-\x7f\w\s]{0,9}[ \t]*(?=[A-Za-z*_])")


def split_label(head: str) -> tuple[str, str] | None:
    """``**Label:** value`` or ``Label: value`` as ``(label key, value)``; emoji before the label, or inside its
    bold ("**⚠️ Impact:**"), are decoration, read as if they were not there."""
    if head[:1] > "\x7f" and (lead := EMOJI_LEAD.match(head)) is not None:
        head = head[lead.end() :]
    match = _BOLD_LABEL.fullmatch(head)
    if match is not None and (len(match.group(1)) == 2 or ":" in match.group(2) + match.group(3).lstrip()[:1]):
        label, rest = match.group(2), match.group(3)
        label = label[lead.end() :] if label[:1] > "\x7f" and (lead := EMOJI_LEAD.match(label)) else label
        if not label.rstrip().endswith((":", "：")):
            # "**Label**: value" puts the colon outside; "**Label:** :" keeps a value of ":".
            rest = rest.lstrip(" \t").removeprefix(":").removeprefix("：")
        return name_key(label), rest.strip()
    match = _PLAIN_LABEL.fullmatch(head)
    if match is not None:
        return name_key(match.group(1)), (match.group(2) or match.group(3) or "").strip()
    if head[:1] == "`" and (match := _CODE_LABEL.fullmatch(head)) is not None:
        return name_key(match.group(1)), (match.group(2) or "").strip()
    if _BARE_LABEL.fullmatch(head):
        return name_key(head), ""  # "- Impact" with its colon forgotten; callers check the name.
    return None


def text_of_items(entries: list[Item | str]) -> str:
    """Nested bullets as one text: one bullet is its text, several a Markdown list."""
    items = [entry for entry in entries if isinstance(entry, Item)]
    if not items or any(isinstance(entry, str) and entry.strip() for entry in entries):
        return "\n".join(line for entry in entries for line in (entry.raw if isinstance(entry, Item) else [entry]))
    if len(items) == 1:
        return items[0].text
    lines: list[str] = []
    for item in items:
        text_lines = item.text.split("\n")
        lines.append(f"- {text_lines[0]}")
        lines.extend(f"  {line}" if line else "" for line in text_lines[1:])
    return "\n".join(lines)


def body_text(lines: list[str]) -> str:
    return "\n".join(lines).strip("\n")


def group_text(item: Item, value: str) -> str:
    nested = text_of_items(parse_items(item.body)) if item.body else ""
    return "\n".join(part for part in (value, nested) if part)


def under_subheadings(entries: list[Item | str], names: dict[str, str]) -> tuple[list[Item | str], dict[str, str]]:
    """Text written under known sub-headings (``### Impact`` then paragraphs), as written.

    Returns the entries that are not under such a heading, and each field's
    text. A sub-heading met twice, or one not in ``names``, stays with the rest.
    """
    rest: list[Item | str] = []
    parts: dict[str, list[str]] = {}
    current: str | None = None
    after_blank = True
    for entry in entries:
        if current is not None and isinstance(entry, str) and after_blank and _names_a_part(entry, names):
            current = None  # "**Root Cause:** …" after "**Impact:**" (read as a sub-heading) and its text
        after_blank = isinstance(entry, Item) or not entry.strip()
        heading = heading_of(entry) if isinstance(entry, str) else None
        if heading is not None:
            # "##### - Root Cause:": a list's dash typed before the sub-heading's name is not part of it.
            current = names.get(name_key(heading[1].removeprefix("- ").removeprefix("* ")))
            if current is None or current in parts:
                current = None
                rest.append(entry)
            else:
                parts[current] = []
            continue
        if current is None:
            rest.append(entry)
        else:
            parts[current].extend(entry.raw if isinstance(entry, Item) else [entry])
    return rest, {name: body_text(lines) for name, lines in parts.items()}


def _names_a_part(line: str, names: dict[str, str]) -> bool:
    """Whether ``line`` opens with a bold label naming one of ``names`` ("**Root Cause:** …")."""
    stripped = line.strip()
    label = split_label(stripped) if stripped.startswith(("**", "__")) else None
    return label is not None and label[0] in names


def setext_level(line: str) -> int | None:
    """1 or 2 when ``line`` underlines the line above it (``=====`` / ``-----``), else ``None``.

    A single ``-`` is not taken: it is far more often an empty list item than
    an underline. String methods, not a regular expression: hostile runs of
    spaces must not make this slow.
    """
    text = line.lstrip(" ").rstrip(" \t")
    if len(line) - len(line.lstrip(" ")) > 3 or not text:
        return None
    if text == "=" * len(text):
        return 1
    if len(text) >= 2 and text == "-" * len(text):
        return 2
    return None


def _could_be_setext_text(line: str, underline: str) -> bool:
    """Whether ``line`` is a one-line paragraph that an underline would turn into a heading.

    A numbered line underlined at its own length ("1. Summary" over "----------")
    is a numbered heading, as plain-text reports write them, not a list item
    followed by a rule.
    """
    stripped = line.strip()
    if not stripped or indent_of(line) >= 4 or heading_of(line) or is_table_line(line):
        return False
    if (bullet := BULLET.match(line)) is not None and not (
        bullet.group(2)[0].isdigit() and len(stripped) <= 80 and len(underline.strip()) * 2 >= len(stripped)
    ):
        return False
    if stripped[0] in "><" or stripped.startswith("|"):
        return False  # A quote or an HTML block: an underline after it is a rule, not a heading.
    # A thematic break (``***``, ``- - -``) is not a paragraph either.
    return bool(stripped.strip("-*_= \t"))


def _letterhead_above(lines: list[str], index: int) -> bool:
    """Whether the line above ``index`` is a letterhead in capitals opening the file ("ACME BROADBAND - NETWORK
    OPERATIONS") and ``index`` is underlined with "===": the title under the sender's banner, not one paragraph."""
    above = lines[index - 1].strip()
    return (
        index == 1
        and setext_level(lines[index + 1]) == 1
        and len(above) <= 80
        and any(char.isalpha() for char in above)
        and above == above.upper()
    )


def find_headings(lines: list[str], flags: Sequence[int], *, setext: bool) -> list[tuple[int, int, str, int]]:
    """``(index, level, text, body start)`` of the headings outside fenced code.

    ATX headings always count; setext ones (a one-line paragraph underlined
    with ``===`` or ``---``) only when ``setext`` is set, because the editor's
    own export writes free text as typed and does not escape underlines.
    """
    found: list[tuple[int, int, str, int]] = []
    index = 0
    while index < len(lines):
        now_and_then(index)
        line = lines[index]
        if flags[index] and (atx := heading_of(line)):
            found.append((index, atx[0], atx[1], index + 1))
        elif (
            setext
            and index + 1 < len(lines)
            and flags[index]
            and flags[index + 1]
            and (index == 0 or not lines[index - 1].strip() or _letterhead_above(lines, index))
            and (level := setext_level(lines[index + 1])) is not None
            and _could_be_setext_text(line, lines[index + 1])
        ):
            found.append((index, level, line.strip(), index + 2))
            index += 2
            continue
        index += 1
    return found
