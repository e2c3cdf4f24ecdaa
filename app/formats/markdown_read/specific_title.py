"""The title that names the incident, when the first one only names the kind of document.

Students' post-mortems start "# 0x19. Postmortem" (the project's name) or "Postmortem Report", and the
next line says what happened: "**Postmortem: How a Load Balancer Played Hooky**", "Incident Report: The
Great Website Meltdown". A careful reader takes that second line as the title. A heading "# Incident
Title" over "ADFS Outage" is a label: its text is the title. A label whose value is only a link
("Internal post-mortem: https://…") names a document elsewhere, not this one's title.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.title_label_line import labelled_title, names_the_kind
from app.formats.markdown_read.tokens import heading_of, split_label

# "Postmortem", "0x19. Postmortem", "#Postmoterm", "My first postmortem", "Postmortem Report", "Incident report".
_GENERIC = re.compile(
    r"#*[ \t]*(?:0x[0-9a-f]{1,4}|\d{1,3})?[.:)\-]?[ \t]*(?:(?:my|our|the|an?)[ \t]+)?(?:first[ \t]+)?"
    r"(?:(?:incident|outage)[ \t]+)?(?:post[- ]?mo(?:rtem|term|rterm|tem)s?|report|incident[ \t]+report)"
    r"(?:[ \t]+report)?[ \t]*[:.!]?",
    re.IGNORECASE,
)
# "Postmortem: …", "Incident Report: …", "Post-Mortem - …": the kind of document, then what happened.
KIND_THEN_WHAT = re.compile(
    r"(?:(?:[A-Za-z-]{1,20}[ \t]){0,3}(?:post[- ]?mortem|report|review|retrospective|rca))[ \t]*(?::|[-–—])[ \t]*"
    r"(?P<what>\S.*)",
    re.IGNORECASE,
)
_BOLD = re.compile(r"(?:\*\*|__)(?P<text>[^*_\n]{3,120})(?:\*\*|__)")
# "# Incident Title", "## Title": a label written as a heading, its text under it.
_TITLE_LABEL = re.compile(r"(?:incident|report|document)?[ \t]*(?:title|name)[ \t]*:?", re.IGNORECASE)
_ONLY_A_LINK = re.compile(r"(?:<?https?://\S+>?|\[[^\]]*\]\([^)]*\))[ \t]*")
_LONGEST_TITLE = 120
# "stmortem" over "Outage Postmortem: Web stack down": a word cut off as the file was pasted, not a title.
_FRAGMENT = re.compile(r"[a-z]{2,14}")
_WORD = re.compile(r"[^\W\d_]{2,}")


def is_generic(title: str) -> bool:
    """Whether a title only says what kind of document this is ("0x19. Postmortem")."""
    return bool(_GENERIC.fullmatch(title.strip().strip("*_").strip()))


def front_matter_title_wins(lines: list[str], title: str, front_title: str) -> bool:
    """Whether the front matter's title names the document over the heading ``title`` was taken from: that
    heading is a level-two heading or deeper (never a "# Title"), or only says what kind of document this is
    ("# Postmortem" under "title: Website Downtime Postmortem")."""
    if is_generic(title) and not is_generic(front_title):
        return True
    for line in lines:
        heading = heading_of(line) if line.startswith("#") else None
        if heading is not None and heading[1].strip() == title:
            return heading[0] >= 2  # (a level below a title's)
    return False


def only_a_link(value: str) -> bool:
    """Whether a label's value is a link and nothing else ("Internal post-mortem: https://…")."""
    return bool(_ONLY_A_LINK.fullmatch(value.strip()))


def specific_title(title: str, preamble: list[str]) -> str:
    """``_specific_title``, without the "#" of a heading typed with no space ("#POST MORTEM")."""
    if (is_generic(title) or names_the_kind(title)) and (labelled := labelled_title(preamble)) is not None:
        preamble[:0] = [title, ""]  # "# 장애 보고서" over "- 제목: …": the labelled title; the kind stays written
        return labelled
    found = _specific_title(title, preamble)
    hashed = _HASHED.fullmatch(found)
    return hashed.group("text") if hashed is not None else found


# "#POST MORTEM", "##Outage report": a heading typed without its space. ("#inc-2026-06-03-payments", a chat
# channel's name, has no space in it.)
_HASHED = re.compile(r"#{1,6}(?P<text>[^\W\d_][^\n]*[ \t][^\n]*)")


def _specific_title(title: str, preamble: list[str]) -> str:
    """The title, ``title`` itself or a line of ``preamble`` taken out of it (``preamble`` changes in place).

    ``title`` is what the heading or first line gave. When it is empty or only names the kind of document,
    the first or second line of text above the first section that reads "Kind: what happened" (or is bold
    and alone) is the title. The generic title's words stay above the first section unless the new title
    holds them all ("Postmortem" under "Postmortem: Queue workers starved").
    """
    label_heading = bool(title) and bool(_TITLE_LABEL.fullmatch(title.strip()))
    fragment = bool(_FRAGMENT.fullmatch(title.strip()))
    if title and not label_heading and not is_generic(title) and not fragment:
        return title
    lines = [index for index, line in enumerate(preamble) if line.strip()][:2]
    for position, index in enumerate(lines):
        line = preamble[index]
        if fragment and line.rstrip().endswith(".") and not line.rstrip().endswith(".."):
            line = line.rstrip()[:-1]  # under a cut-off word, "Outage Postmortem: Web stack down." is the title
        found = _label_heading_text(preamble, index) if label_heading and position == 0 else _names_it(line)
        if not found:
            continue
        earlier = lines[:position]
        if earlier and not all(is_generic(preamble[i]) or _chatter(preamble[i]) for i in earlier):
            return title
        del preamble[index]
        for before in reversed(earlier):
            if is_generic(preamble[before]) and _words(preamble[before]) <= _words(found):
                del preamble[before]  # "Postmortem" over "Postmortem: Website outage": said in the title
        if title and not label_heading and not _words(title) <= _words(found):
            preamble[:0] = [title, ""]  # "Postmortem Report" over "Incident Report: …": its words kept
        return found
    return title


def title_in_first_heading(title: str, first_heading: str, first_body: list[str], preamble: list[str]) -> str:
    """The title a generic one ("#Postmoterm") gives way to when nothing stands above the first section and
    that section is only a heading that names the incident ("**Postmortem: Queue workers starved**", made a
    heading with the report's bold labels); ``""`` when it does not."""
    if not is_generic(title) or any(line.strip() for line in preamble) or any(line.strip() for line in first_body):
        return ""
    found = KIND_THEN_WHAT.fullmatch(first_heading.strip()) if len(first_heading) <= _LONGEST_TITLE else None
    if found is None or only_a_link(found.group("what")) or first_heading.rstrip().endswith((".", ",", ";", ":")):
        return ""
    return first_heading.strip()


# "Checkout returns 502 #4521": the number a tracker puts after an issue's title; and a line of the issue page
# that shows the file is one ("opened by mkoval", "mkoval opened this issue", "mkoval commented on 3 May").
_ISSUE_NUMBER = re.compile(r"(?P<title>\S.{0,300}?)[ \t]+(?P<number>#\d{1,8})")
_ISSUE_PAGE = re.compile(r"\bopened[ \t]+(?:by|this)\b|\bcommented[ \t]+on\b", re.IGNORECASE)


def issue_title(title: str, preamble: list[str]) -> str:
    """An issue page's title without the number after it; the number stays above the first section."""
    found = _ISSUE_NUMBER.fullmatch(title.strip()) if len(title) <= 320 else None
    if found is None:
        return title
    near = [line for line in preamble[:30] if line.strip()][:3]
    if not any(_ISSUE_PAGE.search(line[:300]) for line in near):
        return title  # "Incident #42" in a report of any other kind: the number is part of its name
    preamble[:0] = [f"Issue {found.group('number')}", ""]
    return found.group("title").rstrip()


def _names_it(line: str) -> str:
    """The line's title when it reads "Postmortem: what happened", or is bold and alone; else ``""``."""
    stripped = line.strip()
    marked = stripped[:1] in "-*+>|<![`" and not _BOLD.match(stripped)  # a list item, a quote, markup
    if len(stripped) > _LONGEST_TITLE + 4 or heading_of(line) or marked:
        return ""
    bold = _BOLD.fullmatch(stripped)
    text = bold.group("text").strip() if bold else stripped
    kind = KIND_THEN_WHAT.fullmatch(text)
    if kind is not None and not only_a_link(kind.group("what")) and not text.endswith((".", ",", ";")):
        return text
    if bold is not None and not is_generic(text) and not (split_label(text) or ("", ""))[1]:
        return text if not text.endswith((".", ":", ",", ";")) else ""
    return ""


def _label_heading_text(preamble: list[str], index: int) -> str:
    """The first line under "# Incident Title", when it stands alone as a short line."""
    line = preamble[index].strip()
    alone = index + 1 >= len(preamble) or not preamble[index + 1].strip()
    if not alone or len(line) > _LONGEST_TITLE or heading_of(preamble[index]) or line[:1] in "-*+>|<![`":
        return ""
    return line


def _chatter(line: str) -> bool:
    """A line before the title that speaks to the reader ("This is awesome ALX Kenneth here:")."""
    return line.rstrip().endswith(":") and not heading_of(line)


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold()))


# "1. Postmortem — …", "2) Outage report": a heading's number before the title.
_NUMBERED = re.compile(r"(\d{1,2})[.)][ \t]+(?P<title>\S.{0,2000})")
_NUMBERED_HEADING = re.compile(r"[*_]{0,2}\d{1,2}(?:\.\d{1,2})*[.)]?[ \t]")


def unnumbered_title(title: str, section_names: list[str]) -> str:
    """ "# 1. Postmortem — …" over "## 1. Issue Summary", "## 2. Timeline": the writer numbered every heading,
    the title among them; the number is not part of the title. A number before a title whose sections are not
    numbered may be its own ("# 5 Things that broke")."""
    found = _NUMBERED.fullmatch(title.strip()) if title[:1].isdigit() else None
    if found is None or not section_names or not _NUMBERED_HEADING.match(section_names[0].strip()):
        return title
    return found.group("title")
