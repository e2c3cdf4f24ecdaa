"""Section names written as something other than a heading, rewritten as the heading they stand for.

A bold line ("**Timeline (UTC)**"), a line in capitals ending in a colon
("ROOT CAUSE:"), an italic name, an HTML ``<summary>``, Confluence's "h2."
and, in a report with no headings at all, a short line or a numbered name
("2) Timeline") standing over its text: a careful reader sees each as the
start of that section. Lines are rewritten in place, so positions do not move.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.formats.markdown_read.aside_names import names_an_aside
from app.formats.markdown_read.names import names_measure_part, section_key
from app.formats.markdown_read.plain_title import title_line
from app.formats.markdown_read.quoted_names import quoted_section_names
from app.formats.markdown_read.sections import PARTS_OF_THE_WHOLE, names_a_kind
from app.formats.markdown_read.tokens import heading_of
from app.formats.markdown_read.unspaced_headings import unspaced_headings
from app.formats.markdown_syntax import outside_fences
from app.text_pieces import now_and_then

# "**Timeline (UTC)**" alone on a line, "<summary>Detailed timeline</summary>": a section's name, not text.
# After the closing "**", the spaces and an optional colon are written so that no two runs of spaces can
# split a long run between them: "[ \t]*:?[ \t]*" backtracked quadratically over 100,000 spaces.
_BOLD_NAME = re.compile(r"[ \t]*(?:\*\*|__)([^*_\n]{2,60}?)[ \t]*:?(?:\*\*|__)[ \t]*(?::[ \t]*)?")
# "*Timeline:*" alone on a line: a section's name in italics, as some write them.
_ITALIC_NAME = re.compile(r"[ \t]*(?:\*|_)(?![*_ \t])([^*_\n]{2,60}?)[ \t]*:?(?:\*|_)(?![*_])[ \t]*(?::[ \t]*)?")
# "ROOT CAUSE:", "TIMELINE (ALL TIMES EASTERN):" alone on a line: a plain-text e-mail's section names.
_CAPS_NAME = re.compile(r"[ \t]*([A-Z][A-Z0-9 &/'(),-]{1,60}?)[ \t]*:[ \t]*")
# "[Timeline]", "[타임라인]", "【时间线】" alone on a line: a plain-text report's section name, in brackets.
_BRACKETED_NAME = re.compile(r"[ \t]*[\[【［]([^\[\]【】［］\n]{2,40})[\]】］][ \t]*")
_PLAIN_NAME = re.compile(r"[ \t]*([A-Za-z][A-Za-z0-9 &/'(),-]{1,60}?)[ \t]*:[ \t]*")
# A plain-text name may end in a full stop, as some write them: "Root Cause.", "Timeline (EAT).".
_BARE_NAME = re.compile(r"[ \t]*([A-Za-z][A-Za-z0-9 &/'(),-]{1,60}?)[ \t]*\.?[ \t]*")
# A retrospective's question standing as a plain-text section name: "What was the root cause?", "How did we fix it?".
_QUESTION_NAME = re.compile(r"[ \t]*([A-Za-z][A-Za-z0-9 &/'’,-]{1,78}\?)[ \t]*")
_LONGEST_QUESTION = 90
# "timeline (T+0 = 3pm GMT)": a bare name with a qualifier in brackets that may hold any signs but brackets.
_QUALIFIED_BARE_NAME = re.compile(r"[ \t]*([A-Za-z][A-Za-z0-9 &/'-]{1,40}?[ \t]*\([^()\n]{1,40}\))[ \t]*\.?[ \t]*")
# In a report with no headings, a section's number may lead its name: "1. Summary", "2) Timeline (all times
# IST)", "3.1 Impact"; never in a run of numbered lines (a table of contents, a list of steps).
_NUMBERED_NAME = re.compile(r"[ \t]*(\d{1,2}(?:\.\d{1,2})*[.)]?[ \t]+[A-Za-z][A-Za-z0-9 &/'(),-]{1,60}?)[ \t]*:?[ \t]*")
_NUMBERED_LINE = re.compile(r"[ \t]*\d{1,2}(?:\.\d{1,2})*[.)]?[ \t]+\S")
_LONGEST_BARE_NAME = 40
_LONGEST_CAPS_NAME = 60
_QUALIFIER = re.compile(r"\([^()]{0,40}\)")


def _in_capitals(line: str) -> bool:
    """Whether the line's words, but for a qualifier in parentheses ("(times CEST)"), are all in capitals."""
    words = _QUALIFIER.sub("", line)
    return any(letter.isalpha() for letter in words) and words == words.upper()


# The parts a pasted page's name stands right under the text before (no blank line): the report's main parts and
# what it says of the incident ("Impact", "Root cause", "Resolution" under the summary's last line).
_PARTS_PASTED_CLOSE = (*PARTS_OF_THE_WHOLE, "impact", "cause", "resolution")
_SUMMARY_NAME = re.compile(r"[ \t]*<summary>([^<>\n]{2,80})</summary>[ \t]*", re.IGNORECASE)
_DETAILS = re.compile(r"[ \t]*</?details>[ \t]*", re.IGNORECASE)
_DETAILS_OR_SUMMARY = re.compile(r"[ \t]*(?:</?details>|<summary>|#{1,6}[ \t])", re.IGNORECASE)


# A heading in Confluence's and Jira's wiki markup, as exports and copies keep it: "h2. Timeline".
_WIKI_HEADING = re.compile(r"h([1-6])\.[ \t]+(\S.{0,300})")


def headings_in_disguise(lines: list[str]) -> None:
    """Write a bold line, a line in capitals ending in a colon ("ROOT CAUSE:") or an HTML ``<summary>``
    that names a known section as the heading it stands for.

    In place, line for line, so positions do not move. The ``<details>`` tags
    around such a summary go (they hold no words; left behind, one would fold
    away the rest of the page in HTML).
    """
    flags = outside_fences(lines)
    bold_title(lines, flags)
    unspaced_headings(lines, flags)
    quoted_section_names(lines, flags)
    # Text copied from a PDF or a word processor: no heading at all, each section's name a short line
    # of its own over its text ("Executive summary", "Timeline of events (CEST)").
    # (A title written as a heading, "# Title" or a bold first line made one above, does not count.)
    plain_text = not any(
        flags[index] and (heading := heading_of(line)) and heading[0] > 1 for index, line in enumerate(lines)
    )
    numbered_names = plain_text and _numbers_its_sections(lines, flags)
    bold_sections = plain_text and _heads_sections_in_bold(lines, flags)
    after_timeline = False  # below a timeline's name, before another section's
    section_before: str | None = None  # the kind of the last section named above
    level_above = 0  # the level of the last heading above
    section_on_top = False  # that heading is a level-one one naming a known section ("# Timeline"), not a title
    for index, line in enumerate(lines):
        now_and_then(index)
        if not flags[index] or not line.strip():
            continue
        if wiki := _WIKI_HEADING.fullmatch(line):  # Confluence and Jira: "h2. Timeline"
            lines[index] = f"{'#' * int(wiki.group(1))} {wiki.group(2).strip()}"
            continue
        # A bold name must stand alone as its paragraph; a summary line is always one.
        starts_paragraph = index == 0 or not lines[index - 1].strip()
        # "Follow-up bugs:" over its list: a plain-text section name, when its text follows on the next line.
        text_follows = index + 1 < len(lines) and bool(lines[index + 1].strip())
        if plain_text and not text_follows and index + 2 < len(lines) and flags[index + 2]:
            # "Timeline:" or "Root cause" alone, a blank line, then its text: in a report with no
            # headings at all, a section's name standing as its own paragraph is its heading too.
            text_follows = bool(lines[index + 2].strip())
        named = _BOLD_NAME.fullmatch(line) or _CAPS_NAME.fullmatch(line) or _ITALIC_NAME.fullmatch(line)
        named = named or _BRACKETED_NAME.fullmatch(line)
        if named is None and text_follows:
            named = _PLAIN_NAME.fullmatch(line)
        # A setext heading already ("Timeline" over "--------"; a blank line is no underline).
        underlined = text_follows and bool(lines[index + 1].strip()) and not lines[index + 1].strip(" \t=-")
        # A name in capitals is a name though longer: "HOW WE FOUND IT AND FIXED IT (times CEST)".
        longest = _LONGEST_CAPS_NAME if _in_capitals(line) else _LONGEST_BARE_NAME
        if named is None and text_follows and plain_text and len(line) <= longest and not underlined:
            named = _BARE_NAME.fullmatch(line) or _QUALIFIED_BARE_NAME.fullmatch(line)
        if named is None and text_follows and plain_text and len(line) <= _LONGEST_QUESTION and not underlined:
            named = _QUESTION_NAME.fullmatch(line)
            if named is None and numbered_names:
                named = _NUMBERED_NAME.fullmatch(line)  # "1. Summary" over its text
        if named is None and not plain_text and text_follows and len(line) <= _LONGEST_BARE_NAME:
            named = _measures_over_a_list(lines, index)
        # (A plain-text name may be set in from the margin by tabs: "\t\tTimeline" right under the summary.)
        capital = line.lstrip(" \t")[:1].isupper() or (
            named is not None and named.re is _BOLD_NAME and named.group(1)[:1].isupper()
        )
        if named is not None and plain_text and not starts_paragraph and capital:
            # Pasted from a form with no blank line anywhere: "Timeline" right under the summary's last line
            # (or "**Root Cause:**" right under the timeline's last entry).
            starts_paragraph = section_key(named.group(1)) in _PARTS_PASTED_CLOSE
        found = (named if starts_paragraph else None) or _SUMMARY_NAME.fullmatch(line)
        heading = heading_of(line)
        level_above = heading[0] if heading is not None else level_above
        if heading is not None:
            section_on_top = heading[0] == 1 and section_key(heading[1]) is not None
        in_measures = section_before == "measures"
        # "<summary><b>Impact</b></summary>", its bold already Markdown's: the name is the words inside the marks.
        name = found.group(1).strip().strip("*_").strip() if found is not None else ""
        if heading is not None or found is not None:
            key = section_key(heading[1] if heading is not None else name)
            after_timeline = key == "timeline" or (after_timeline and key is None)
            section_before = key or section_before
        if found is not None and after_timeline and found.re is _BOLD_NAME and names_a_kind(found.group(1)):
            # "**Misleading Investigation/Debugging Paths:**" after "**Timeline:**": what the timeline holds,
            # written as a section of its own (the timeline takes it back: fold_event_kinds).
            lines[index] = f"###### {found.group(1).strip()}"
            continue
        if (
            found is not None
            and bold_sections
            and found.re is _BOLD_NAME
            and section_key(name) is None
            and _stands_as_a_heading(lines, index, name)
        ):
            # "**Appendix**" standing alone in a page whose every section is named in bold (a Google Docs
            # export): a section of its own, not a line of the section above (it is kept as an extra section).
            lines[index] = f"###### {name}"
            continue
        if found is not None and plain_text and section_before is not None and names_an_aside(name):
            # "Notes:" over its bullets after "Action items:" over theirs: an aside, not more action items.
            lines[index] = f"###### {name}"
            continue
        if found is None or section_key(name) is None or (names_measure_part(name) and in_measures):
            # ("Tasks:" alone on its line is a label in the measures: their reader takes it; after the timeline,
            # "To do:" over its boxes starts the measures.)
            continue
        # Under "# Root Cause" (the page's sections written at level one), a name standing alone starts the next
        # section beside it, not a part of that one.
        lines[index] = f"# {name}" if section_on_top else f"###### {name}"
        if found.re is _SUMMARY_NAME and _drop_details_tags(lines, index) and level_above > 1:
            # "<details><summary>Impact</summary>…</details>" standing where a section would, the next heading
            # right after it: a section folded away, beside the one above it rather than a part of it.
            lines[index] = f"{'#' * level_above} {name}"


_MOST_WORDS_OF_A_NAME = 5
_LIST_LINE = re.compile(r"[ \t]{0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+\S")


def _measures_over_a_list(lines: list[str], index: int) -> re.Match[str] | None:
    """A line "Action Items" alone right over its bullets, in a page with headings: the measures' heading
    with its marks lost (a template's "## Action Items" pasted as text), not a line of the section above."""
    if not _LIST_LINE.match(lines[index + 1]):
        return None
    bare = _BARE_NAME.fullmatch(lines[index])
    return bare if bare is not None and section_key(bare.group(1)) == "measures" else None


def _heads_sections_in_bold(lines: list[str], flags: Sequence[int]) -> bool:
    """Whether the page names three known sections or more by a bold paragraph each ("**Impact**")."""
    count = 0
    for index, line in enumerate(lines):
        if flags[index] and line[:2] in ("**", "__") and (index == 0 or not lines[index - 1].strip()):
            bold = _BOLD_NAME.fullmatch(line) if len(line) <= 80 else None
            count += bold is not None and section_key(bold.group(1).strip()) is not None
            if count >= 3:
                return True
    return False


def _stands_as_a_heading(lines: list[str], index: int, name: str) -> bool:
    """A short name, no sentence nor time, alone between blank lines and over text."""
    alone = index + 2 < len(lines) and not lines[index + 1].strip() and bool(lines[index + 2].strip())
    words = name.split()
    return (
        alone
        and 0 < len(words) <= _MOST_WORDS_OF_A_NAME
        and name[-1:] not in ".!?,;"
        and name[:1].isalpha()
        and name[:1].isupper()
    )


def _numbers_its_sections(lines: list[str], flags: Sequence[int]) -> bool:
    """Whether a report numbers its sections' names ("1. Summary", "2. Timeline", …): most of its numbered
    lines standing alone over text name sections. "1. Fix" over its text, then "2. Monitoring" and
    "3. Process", is a list of follow-ups, and a table of contents is a run of numbered lines."""
    named = candidates = 0
    for index, line in enumerate(lines):
        if not flags[index] or len(line) > _LONGEST_BARE_NAME or not line.lstrip()[:1].isdigit():
            continue
        found = _NUMBERED_NAME.fullmatch(line)
        if found is None or _in_numbered_run(lines, index):
            continue
        candidates += 1
        named += section_key(found.group(1)) is not None
        if candidates > 200:
            break
    return named >= 2 and 2 * named >= candidates


def _in_numbered_run(lines: list[str], index: int) -> bool:
    """Whether the nearest non-blank line before or after ``index`` is numbered too (a list, not a name)."""
    for step in (-1, 1):
        other = index + step
        while 0 <= other < len(lines) and not lines[other].strip():
            other += step
        if 0 <= other < len(lines) and _NUMBERED_LINE.match(lines[other]):
            return True
    return False


def bold_title(lines: list[str], flags: Sequence[int]) -> None:
    """A bold first line standing alone ("**Postmortem: Search suggestions stale**", a Google Docs export's
    title) as the level-one heading it stands for, in a file that writes no level-one heading."""
    found = title_line(lines)
    if found is None or not flags[found[0]] or not lines[found[0]].lstrip().startswith(("**", "__")):
        return
    if section_key(found[1]) is None and not any(
        flags[index] and (heading := heading_of(line)) and heading[0] == 1 for index, line in enumerate(lines)
    ):
        lines[found[0]] = f"# {found[1]}"


def _drop_details_tags(lines: list[str], summary_at: int) -> bool:
    """Blank the ``<details>`` tags round a summary line; whether the closing one stands just before a heading
    (or the end)."""
    before = next((i for i in range(summary_at - 1, -1, -1) if lines[i].strip()), None)
    if before is not None and _DETAILS.fullmatch(lines[before]) and "/" not in lines[before]:
        lines[before] = ""
    # The closing tag is the first details tag after the summary; the search stops there, so that a
    # file of many summaries is still read in one pass.
    after = next((i for i in range(summary_at + 1, len(lines)) if _DETAILS_OR_SUMMARY.match(lines[i])), None)
    if after is None or not _DETAILS.fullmatch(lines[after]) or "/" not in lines[after]:
        return False
    lines[after] = ""
    following = next((i for i in range(after + 1, len(lines)) if lines[i].strip()), None)
    return following is None or heading_of(lines[following]) is not None
