"""A post-mortem pasted from Slack, read as the Markdown it stands for.

Slack writes its own markup ("mrkdwn")::

    :rotating_light: *Incident:* Checkout 500s
    *Impact*
    • 10:42 AM — alerts fired :rotating_light:
    • :white_check_mark: Add a contract test — <@U024BE7LH|maria> — due Mar 20

Single asterisks are bold (a label, or a heading when the bold stands alone on its line), ``~strike~``,
``•`` bullets, emoji shortcodes around labels and entries, and angle-bracket tokens for people
(``<@U024BE7LH|maria>``), channels (``<#C024BE7LH|inc-checkout>``), links (``<https://…|status page>``) and
broadcasts (``<!here>``). This pass writes each line as Markdown: a bold line alone is a heading, a mention
is "@maria", a channel "#inc-checkout", a link its text (as a Markdown link, so the address stays), a
shortcode dropped where it is decoration and kept as its name where it is a word of the sentence. A Slack
post often writes its timeline as time-led bullets inside another part (the Impact): with no Timeline part,
those bullets are moved under a Timeline heading of their own, after the part that held them.

Every pattern is bounded and lines longer than ``_LONGEST_LINE`` are left as they are: linear on any input.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence

from app.formats.markdown_read.names import SECTIONS, plain_name, section_key
from app.formats.markdown_read.slack_poster import poster_under_title
from app.formats.markdown_read.tokens import heading_of
from app.text_pieces import in_turns

_LONGEST_LINE = 4_000
_LOOKED_AT = 400
_LONGEST_HEADING = 80  # a bold line alone longer than this is a bold sentence, not a heading

# ":fire:", ":elephant::elephant:"; not "catalog:home:v3" (a key) nor "10:42:15" (a time): no letter or digit
# touches a shortcode's colons from outside.
_SHORTCODE = re.compile(r"(?<![A-Za-z0-9]):([a-z0-9][a-z0-9_+'-]{0,40}):(?![A-Za-z0-9])")
# People, channels, broadcasts and links: Slack's angle-bracket tokens, with their optional "|text".
_TOKEN = re.compile(
    r"<([@#!])([^<>|\s]{1,80})(?:\|([^<>\n]{1,200}))?>|<((?:https?|mailto):[^<>|\s]{1,2000})\|([^<>\n]{1,200})>"
)
# "*Impact*", "*Root cause:*", "*Date:* Mon Nov 30": bold between single asterisks (not Markdown's "**").
_BOLD = re.compile(r"(?<![\w*\\])\*(?=[^\s*])([^*\n]{1,300}?)(?<=\S)\*(?![\w*])")
_STRIKE = re.compile(r"(?<![\w~])~(?=[^\s~])([^~\n]{1,300}?)(?<=\S)~(?![\w~])")
_BULLETS = {"•": 0, "◦": 1, "▪": 2, "▫": 2, "‣": 1}
_RULE_CHARS = frozenset("—–-─━═_*·• \t")
# "10:42 AM — …", "*10:42* — …", "[10:42] …", "10:42 PM PT: …": an entry that opens with its time.
_TIME_LED = re.compile(r"[ \t]*(?:[-*+][ \t]+)?[*_\[(]{0,2}\d{1,2}:\d{2}(?::\d{2})?\b")
# A shortcode after one of these words is what the sentence says ("Postgres went :skull:"), not decoration.
_LINKING_WORDS = frozenset(
    ("is", "was", "were", "are", "be", "been", "went", "gone", "became", "looked", "looks", "felt")
)
# A shortcode leading a task's line says its status: read as the status, the way a reader reads the ticks.
_STATUS_SHORTCODES = {
    **dict.fromkeys(("white_check_mark", "heavy_check_mark", "ballot_box_with_check", "done", "check"), "[x]"),
    **dict.fromkeys(("black_square_button", "white_square", "white_large_square", "ballot_box"), "[ ]"),
    **dict.fromkeys(
        ("construction", "hourglass", "hourglass_flowing_sand", "arrows_counterclockwise", "wip", "spinner"),
        "[in progress]",
    ),
}
_SKIN_TONE = "skin-tone-"
_WORD_CONTEXT = 60  # characters before a shortcode looked at: the word before it is among them


def looks_like_slack(lines: Sequence[str], flags: Sequence[int]) -> bool:
    """Whether the first lines written (blank ones passed over) are Slack's markup: its angle-bracket tokens, or
    bold lines written with single asterisks beside shortcodes or "•" bullets, and no headings (Slack has none).
    A Markdown file has neither pair (its italics "*Impact*" come without Slack's tokens, shortcodes or bullets),
    nor an AsciiDoc file (its "*Status:* Final" and ":author:" lines come under "= Title" and "== Summary")."""
    tokens = bold_lines = decorations = 0
    written = ((line, outside) for line, outside in zip(lines, flags, strict=False) if line.strip())
    for line, outside in itertools.islice(written, _LOOKED_AT):
        if not outside or len(line) > _LONGEST_LINE:
            continue
        if heading_of(line) is not None or line.startswith(("= ", "== ")):
            return False
        tokens += _TOKEN.search(line) is not None
        stripped = _SHORTCODE.sub("", line).strip()
        bold_lines += bool(_BOLD.match(stripped)) and not stripped.startswith("**")
        decorations += _SHORTCODE.search(line) is not None or stripped[:1] in _BULLETS
    return (tokens >= 1 and (bold_lines >= 1 or decorations >= 1)) or (bold_lines >= 2 and decorations >= 2)


def from_slack(lines: list[str], flags: Sequence[int]) -> list[str]:
    """``lines`` written as Markdown (see the module's docstring); code blocks stay as written."""
    posted = poster_under_title(lines, flags, _is_headline)  # "Ananya Rao  4:48 PM" over the post
    # Under its sender's line a post's first bold line is its headline, even when it opens with a part's
    # name ("*Incident summary - search indexing stalled*"); only a part's name alone ("*Impact*") is not.
    headline = posted[0] is not lines
    lines, flags = posted
    out: list[str] = []
    titled = False
    for line, outside in in_turns(zip(lines, flags, strict=False)):
        if not outside or len(line) > _LONGEST_LINE:
            out.append(line)
            continue
        written = _line(line, first=not titled, headline=headline)  # (blank lines and rules before it write nothing)
        titled = titled or bool(written.strip())
        out.extend(written.split("\n"))  # (a headline is written over its "===" underline)
    return _timeline_out_of_other_parts(out)


def _line(line: str, *, first: bool, headline: bool = False) -> str:
    if line.strip() and not set(line) - _RULE_CHARS and len(line.strip()) >= 3:
        return ""  # "———", "---": a rule between a post's parts (as "---" under a line it would be a heading)
    indent, text = _bullet(line)
    text = _quote(text)
    text = _TOKEN.sub(_token, text)
    text = _shortcodes(text, in_a_list=bool(indent))
    alone = _BOLD.fullmatch(text.strip())
    if alone and not indent and len(alone[1]) <= _LONGEST_HEADING:
        name = alone[1].strip().rstrip(":").strip()
        # The post's first bold line is its title, unless it names a part ("*Impact*" opening a short post).
        if first and headline and section_key(name) is not None:
            # The headline opens with a part's name: underlined, it is the title whatever its words say.
            return f"{_inline(name)}\n{'=' * max(3, len(name))}"
        title = first and section_key(name) is None
        return f"{'#' if title else '##'} {_inline(name)}"
    text = _inline(text)
    return f"{indent}{text}" if indent else text


def _is_headline(line: str) -> bool:
    """Whether a line is a bold line alone (shortcodes around it passed over) that is not a part's name alone."""
    alone = _BOLD.fullmatch(_shortcodes(line.strip(), in_a_list=False))
    if alone is None or len(alone[1]) > _LONGEST_HEADING:
        return False
    return plain_name(alone[1].strip().rstrip(":").strip()) not in SECTIONS


def _bullet(line: str) -> tuple[str, str]:
    """The Markdown list marker a "•" bullet stands for, and the item's text; ``("", line)`` for other lines."""
    stripped = line.lstrip(" \t")
    depth = _BULLETS.get(stripped[:1])
    if depth is None:
        return "", line
    depth = max(depth, (len(line) - len(stripped)) // 2)
    return "  " * depth + "- ", stripped[1:].strip()


def _quote(text: str) -> str:
    """A quoted line's text: Slack's ">" sets a line off; its words are the post's own."""
    stripped = text.lstrip()
    if stripped.startswith("&gt;"):
        stripped = ">" + stripped[4:]
    return stripped[1:].lstrip() if stripped.startswith(">") else text


def _token(found: re.Match[str]) -> str:
    if found[4] is not None:  # a link with its text: a Markdown link shows the text and keeps the address
        return f"[{found[5].strip()}]({found[4]})"
    sigil, target, label = found[1], found[2], (found[3] or "").strip()
    if sigil == "!":
        if target.startswith("date^"):
            return label or target  # "<!date^1392734382^{date}|Feb 18th>": the date as the post shows it
        # "<!here>", "<!subteam^S01|db-oncall>": a group called on, as "@here", "@db-oncall"
        name = label or target.partition("^")[0]
        return name if name.startswith("@") else f"@{name}"
    if sigil == "@":
        return label if label.startswith("@") else f"@{label or target}"
    return label if label.startswith("#") else f"#{label or target}"


def _shortcodes(text: str, *, in_a_list: bool) -> str:
    """``text`` with each ``:shortcode:`` dropped where it decorates (before or after a label, an entry or the
    line, or closing a sentence) and written as its name where the sentence needs it ("handling the :tv: social
    posts", "Postgres went :skull:"): dropping those would leave a hole in the sentence. A status shortcode leading
    a list item ("• :construction: Add request coalescing …") is the task's status, written as a status lead."""
    found_all = _outside_code(text, _SHORTCODE.finditer(text)) if ":" in text else []
    if not found_all:
        return text
    # What follows each shortcode once the shortcodes after it are passed over: its first character, or "" at the
    # line's end. Worked out from the right, each stretch between two shortcodes looked at once: linear on a line
    # of a thousand shortcodes.
    following = [""] * len(found_all)
    after = ""
    for index in range(len(found_all) - 1, -1, -1):
        until = found_all[index + 1].start() if index + 1 < len(found_all) else len(text)
        between = text[found_all[index].end() : until].lstrip()
        after = between[:1] or after
        following[index] = after
    pieces: list[str] = []
    said = ""  # the end of what the line says before the shortcode (its last few words), shortcodes left out
    last = 0
    for found, after in zip(found_all, following, strict=True):
        before = text[last : found.start()]
        pieces.append(before)
        said = (said + before).rstrip()[-_WORD_CONTEXT:] if before.strip() else said
        last = found.end()
        name = found[1]
        if name.startswith(_SKIN_TONE):
            continue
        if in_a_list and not said and name in _STATUS_SHORTCODES and after:
            pieces.append(_STATUS_SHORTCODES[name] + " ")
        elif _is_a_word(said, after):
            pieces.append(name.replace("_", " "))
            said = (said + " " + name)[-_WORD_CONTEXT:]
    pieces.append(text[last:])
    return _tidy("".join(pieces))


def _outside_code(text: str, found: Iterator[re.Match[str]]) -> list[re.Match[str]]:
    """The matches not inside a code span ("`catalog:home:v3`"): an odd number of backticks before them on the
    line. The backticks are counted between one match and the next, each stretch once."""
    if "`" not in text:
        return list(found)
    kept: list[re.Match[str]] = []
    ticks = counted_to = 0
    for match in found:
        ticks += text.count("`", counted_to, match.start())
        counted_to = match.start()
        if ticks % 2 == 0:
            kept.append(match)
    return kept


def _is_a_word(before: str, after: str) -> bool:
    if not before or not (before[-1].isalnum() or before[-1] in ",'’"):
        return False  # leads the line, an entry ("— :pager: …") or a label ("*Date:*")
    previous = before.split()[-1].lower().strip(",")
    if not after or not after[0].isalnum():
        return previous in _LINKING_WORDS  # closes the line or a phrase: decoration, but after "went" a word
    return not after[0].isupper()  # "dropped :ocean: Redis evicted …": the emoji closes a sentence


def _tidy(text: str) -> str:
    """Spaces a dropped shortcode left: doubled inside the line, or at its ends."""
    return " ".join(text.split())


def _inline(text: str) -> str:
    """Slack's single-asterisk bold and single-tilde strike as Markdown's (its "_italic_" is Markdown's too)."""
    if "*" in text:
        text = _BOLD.sub(lambda found: f"**{found[1]}**", text)
    if "~" in text:
        text = _STRIKE.sub(lambda found: f"~~{found[1]}~~", text)
    return text


def _timeline_out_of_other_parts(lines: list[str]) -> list[str]:
    """``lines`` with the time-led entries written inside other parts ("*Impact*" over "• 10:42 AM — alerts
    fired") moved under a Timeline heading after the first part that held them, when the post has no timeline
    part of its own. A run of two entries at least: one time in a part's prose is not its timeline."""
    parts: list[tuple[str | None, list[str]]] = [(None, [])]
    for line in lines:
        found = heading_of(line)
        if found is not None:
            if section_key(found[1]) == "timeline":
                return lines
            parts.append((line, []))
        else:
            parts[-1][1].append(line)
    entries: list[str] = []
    first_with_entries: int | None = None
    kept: list[list[str]] = []
    for number, (heading, body) in enumerate(parts):
        runs = _time_led_runs(body) if heading is None or section_key(heading_of(heading)[1]) != "measures" else set()
        if runs and first_with_entries is None:
            first_with_entries = number
        entries.extend(body[index] for index in sorted(runs))
        kept.append([line for index, line in enumerate(body) if index not in runs])
    if first_with_entries is None:
        return lines
    out: list[str] = []
    for number, (heading, _) in enumerate(parts):
        out.extend([heading] if heading is not None else [])
        out.extend(kept[number])
        if number == first_with_entries:
            out.extend(["", "## Timeline", "", *entries, ""])
    return out


def _time_led_runs(body: list[str]) -> set[int]:
    """The indices of the lines in runs of two or more time-led lines (blank lines between them allowed)."""
    found: set[int] = set()
    run: list[int] = []
    for index, line in enumerate(body):
        if not line.strip():
            continue
        if _TIME_LED.match(line):
            run.append(index)
            continue
        if len(run) >= 2:
            found.update(run)
        run = []
    if len(run) >= 2:
        found.update(run)
    return found
