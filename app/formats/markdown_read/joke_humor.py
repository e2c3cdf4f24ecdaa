"""A joke closing the report, or a meme under its title, as the Humor Element of a report with no section for it.

Students asked to make their post-mortem fun often write no "Humor" section:
the joke is the closing notes' last paragraph ("P.S. Technically the load
balancer did its job: 50/50 😅", "Moral of the story: …") or a meme stands
under the title. Asked for the report's humour, a careful reader points at
those, so they move to the Humor Element; the rest of the closing notes stays.
Only a paragraph that says it is a joke (a joke's words, a laughing face)
moves, and only when the closing notes say something else besides.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.arrow_chains import only_arrow_chains
from app.formats.markdown_read.draft import Section
from app.formats.markdown_read.investigation_words import names_the_investigation
from app.formats.markdown_read.names import section_key
from app.formats.markdown_read.picture_humor import amusing_picture
from app.formats.markdown_syntax import flagged_lines, outside_fences
from app.text_pieces import in_turns

_LONGEST_JOKE = 600
# Words and faces that mark a paragraph as a joke. Each is checked on its own short paragraph, so the
# pattern's cost is bounded by _LONGEST_JOKE whatever the file holds.
_JOKE = re.compile(
    r"\b(?:jokes?|joking|kidding|puns?|pun intended|humou?r|lol|haha+|moral of the story|punchline|"
    r"ba[- ]?dum(?:[- ]?tss?)?|funnily enough|the funny (?:part|thing)|funny thing)\b|"
    r"[\U0001F602\U0001F605\U0001F606\U0001F609\U0001F60F\U0001F61C\U0001F643"
    r"\U0001F923\U0001F926\U0001F937\U0001F648\U0001F480]",
    re.IGNORECASE,
)
# "This was no joke", "nothing funny about it" deny the joke; "Jokes aside, …" turns to the serious point; "something
# funny is going on" is strange, not amusing (so "funny" alone is no sign).
_NO_JOKE = re.compile(
    r"\b(?:no|not|nothing|never|isn't|wasn't)\b[^.!?\n]{0,20}\b(?:jokes?|funny|humou?r)\b|"
    r"\b(?:all )?(?:jokes?|joking|kidding) aside\b",
    re.IGNORECASE,
)
_NOT_PROSE = re.compile(r"[ \t]*(?:[-*+][ \t]|\d{1,3}[.)][ \t]|#|\||>|```|~~~|<)")


def jokes_as_humor(
    preamble: list[str], sections: list[Section], extras_from: int | None
) -> tuple[list[Section], int | None]:
    """The sections, with a Humor section made of the closing joke and the meme under the title, when no
    section is the Humor Element; ``preamble`` loses the meme in place."""
    limit = len(sections) if extras_from is None else extras_from
    keys = [section_key(section.heading) for section in sections[:limit]]
    if "humor" in keys:
        # The report's own Humor section: a meme under the title is humour too, and goes after its caption.
        if (picture := amusing_picture(preamble)) is not None:
            humor = sections[keys.index("humor")]
            humor.lines = [*humor.lines, "", *preamble[picture[0] : picture[1]]]
            del preamble[picture[0] : picture[1]]
        return sections, extras_from
    gamebook = next(
        (n for n in range(limit) if keys[n] is None and _is_gamebook_or_chart(sections[n])),
        None,
    )
    if gamebook is not None:
        # "## Debug it yourself" over "1. … turn to 2 … turn to 3": a choose-your-own-adventure told in text is
        # the humour, whatever its heading says; the heading, no name of the Humor Element, opens its caption.
        section = sections[gamebook]
        body = section.lines[next((i for i, line in in_turns(enumerate(section.lines)) if line.strip()), 0) :]
        lines = [f"**{section.heading.strip()}**", "", *body] if section.heading.strip() else body
        sections = [
            *sections[:gamebook],
            Section("Humor", lines, section.position, section.level),
            *sections[gamebook + 1 :],
        ]
        return sections, extras_from
    closing = next((n for n in reversed(range(limit)) if keys[n] == "closing_notes"), None)
    joke = _closing_joke(sections[closing].lines) if closing is not None else None
    picture = amusing_picture(preamble)
    if joke is None and picture is None:
        return sections, extras_from
    lines: list[str] = []
    position = sections[closing].position if closing is not None else 0
    if picture is not None:
        lines = preamble[picture[0] : picture[1]]
        position = picture[0]
        del preamble[picture[0] : picture[1]]
    if joke is not None and closing is not None:
        section = sections[closing]
        lines = [*lines, *([""] if lines else []), *section.lines[joke[0] : joke[1]]]
        section.lines = [*section.lines[: joke[0]], *section.lines[joke[1] :]]
    at = closing + 1 if closing is not None else limit
    humor = Section("Humor", lines, position)
    moved = None if extras_from is None else extras_from + 1
    return [*sections[:at], humor, *sections[at:]], moved


# A gamebook's moves: "turn to 3", "go back to 1", "skip to 4", "(go to step 2)".
_MOVE = re.compile(
    r"\b(?:turn|go(?:[ \t]+back)?|skip|jump)[ \t]+to[ \t]+(?:step[ \t]+)?\d{1,3}\b",
    re.IGNORECASE,
)
_FEWEST_MOVES = 2
_LONGEST_GAMEBOOK = 200  # lines: a gamebook is a few paragraphs, not a log


def _is_gamebook_or_chart(section: Section) -> bool:
    """A gamebook told in text, or the investigation drawn as arrows between steps ("-> Lookups fail", …) under
    a heading that says it is one ("How to debug it", "The rabbit hole"; not "Data flow")."""
    if _is_gamebook(section.lines):
        return True
    return names_the_investigation(section.heading) and only_arrow_chains(section.lines)


def _is_gamebook(lines: list[str]) -> bool:
    """Whether a section's lines tell a choose-your-own-adventure: two moves "to" a numbered step at least."""
    if len(lines) > _LONGEST_GAMEBOOK:
        return False
    flags = outside_fences(lines)
    moves = sum(
        len(_MOVE.findall(line)) for line, outside in flagged_lines(lines, flags) if outside and len(line) < 2000
    )
    return moves >= _FEWEST_MOVES


def _closing_joke(lines: list[str]) -> tuple[int, int] | None:
    """Where the section's last paragraph is, when it is a joke and other words come before it."""
    last = len(lines)
    while last and not lines[last - 1].strip():
        last -= 1
    first = last
    while first and lines[first - 1].strip():
        first -= 1
    if first == last or not any(line.strip() for line in lines[:first]):
        return None  # an empty section, or the joke is all the closing notes say: they stay the closing notes
    paragraph = lines[first:last]
    if not all(outside_fences(lines)[first:last]) or any(_NOT_PROSE.match(line) for line in paragraph):
        return None  # a list, a table, a quote or code: not a joke told in a sentence
    text = " ".join(line.strip() for line in paragraph)
    if len(text) > _LONGEST_JOKE or not _JOKE.search(text) or _NO_JOKE.search(text):
        return None
    return first, last
