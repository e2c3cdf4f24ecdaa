"""Front matter: a static-site generator's YAML or TOML block on the first line."""

from __future__ import annotations

import re


def _front_matter_end(lines: list[str], closers: tuple[str, ...]) -> int | None:
    for index in range(1, len(lines)):
        if lines[index].rstrip(" \t") in closers:
            return index
    return None


def front_matter(lines: list[str]) -> tuple[str, list[str], int] | None:
    """YAML (``---``) or TOML (``+++``) front matter on the very first line.

    Returns its language, its lines without the delimiters and the index of
    the closing line; ``None`` when the file does not start with a closed block.
    """
    if not lines:
        return None
    first = lines[0].rstrip(" \t")
    if first == "---":
        language, closers = "yaml", ("---", "...")
    elif first == "+++":
        language, closers = "toml", ("+++",)
    else:
        return _without_its_opener(lines)
    end = _front_matter_end(lines, closers)
    # "+++" opens nothing else in Markdown; "---" is also a rule, so its block must read as settings.
    if end is None or (language == "yaml" and not _looks_like_settings(lines[1:end], lines[end + 1 :])):
        return None
    return language, lines[1:end], end


# A settings line (``title: x``, ``date = 2024-05-02``), or what YAML nests under one.
_SETTING = re.compile(r"[A-Za-z_][\w .-]{0,60}[ \t]*[:=].*")
# A list entry as "- " or, where an editor turned the YAML into Markdown, "* ".
_NESTED = re.compile(r"(?:[ \t]+\S|[-*] |#).*")


# A machine-written field's name ("started_at", "jira"), lower case, on an opening block with no "---" over it.
_FIELD_LINE = re.compile(r"[a-z][a-z0-9_]{1,40}:(?:[ \t].*)?")
_FEWEST_FIELDS = 3
_MOST_FIELDS = 60


def _without_its_opener(lines: list[str]) -> tuple[str, list[str], int] | None:
    """An incident archive's fields written from the first line down to a "---" line, with no "---" over them
    (Etsy's morgue: "title: …", "started_at: …", "ended_at: …", then "---" and the story): front matter. At
    least three lines of lower-case names, one of them with an underscore, so a paragraph over a rule is not."""
    end = next((at for at, line in enumerate(lines[: _MOST_FIELDS + 1]) if line.rstrip(" \t") == "---"), None)
    if end is None or end < _FEWEST_FIELDS:
        return None
    block = lines[:end]
    fields = [line.rstrip() for line in block if line.strip()]  # (a blank line may stand over the "---")
    if len(fields) < _FEWEST_FIELDS or not all(_FIELD_LINE.fullmatch(line) for line in [block[0].rstrip(), *fields]):
        return None
    if not any("_" in line.partition(":")[0] for line in fields):
        return None
    return "yaml", block, end


def _looks_like_settings(block: list[str], below: list[str]) -> bool:
    """Whether a block between two rules is front matter, not a document opening with a ``---`` rule."""
    # A blank line may follow the opening rule ("---", "", "title: …"): the settings begin after it.
    # A theme's template leaves YAML comments over the settings, or in their stead ("# nothing to set here").
    written = [line for line in block if line.strip() and not _COMMENT.match(line)]
    if not written:
        return _only_comments(block, below)
    if not _SETTING.fullmatch(written[0]):
        return False
    return all(_SETTING.fullmatch(line) or _NESTED.fullmatch(line) for line in written)


_COMMENT = re.compile(r"#(?:[ \t]|$)")
_TITLE_HEADING = re.compile(r"#[ \t]+\S")
_LINES_BELOW_LOOKED_AT = 200


def _only_comments(block: list[str], below: list[str]) -> bool:
    """A block of nothing but "# …" lines between two "---" rules: a comment is written as a Markdown title
    is. It is front matter left with only its comments when the text below has a title of its own ("# …"),
    and the title, between two rules, when the text below has none (only "## …" sections)."""
    if not any(line.strip() for line in block):
        return False
    return any(_TITLE_HEADING.match(line) for line in below[:_LINES_BELOW_LOOKED_AT])


def fenced(language: str, lines: list[str]) -> str:
    """``lines`` as a fenced code block whose fence no line of them can close."""
    longest = max((len(line.lstrip(" \t")) - len(line.lstrip(" \t").lstrip("`")) for line in lines), default=0)
    fence = "`" * max(3, longest + 1)
    return "\n".join([f"{fence}{language}", *lines, fence])


def simple_fields(lines: list[str]) -> dict[str, str]:
    """Top-level ``key: value`` lines of front matter (``title = "x"`` in TOML), quotes taken off."""
    fields: dict[str, str] = {}
    for line in lines:
        if not line[:1].isalpha():
            continue  # Indented (nested) values, comments and list entries are not simple fields.
        key, separator, value = line.partition(":")
        if not separator or "=" in key:
            key, separator, value = line.partition("=")
        value = _without_comment(value.strip())
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        if separator and key.strip() and value:
            fields.setdefault(key.strip().lower(), value)
    return fields


# A quoted value and a YAML comment after it: ``severity: "P3"   # non-production``.
_QUOTED_THEN_COMMENT = re.compile(r"""("[^"]*"|'[^']*')[ \t]+#.*""")


def _without_comment(value: str) -> str:
    """``value`` without a comment after its closing quote; an unquoted value keeps its "#" ("bug #12")."""
    match = _QUOTED_THEN_COMMENT.fullmatch(value)
    return match.group(1) if match else value
