"""Who wrote a student's README post-mortem, as its line under the title credits them: "By **Ama Boateng**
([@ama-b](https://github.com/ama-b)) · Holberton, Cohort 9", "*written by Kofi Mensah ([@kmensah](…)) — Accra,
May 2024*", "Hi! I'm Ama Boateng, and this is my postmortem …", "Team: Kofi Mensah & Esi Asante — Accra hub",
"by @obi-nna (Nnamdi Obi)", "Author: Fatima Diallo (github: fdiallo) | ALX SE | 0x19".

The names are the authors; the line itself stays where it was (school, cohort, handles and all), so no word is
lost. A handle alone stands for its person when the line names nobody else.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.authors import names_a_team

# "[@ama-b](https://github.com/ama-b)": a link, read as its text.
_LINK = re.compile(r"\[([^\[\]\n]{0,120})\]\([^()\s]{0,300}\)")
# What follows the names on a credit line: the school, the cohort, the project ("·", "|", a spaced dash), or
# the words saying what it was written for or where ("… Musa for the Holberton programme", "… from Lagos").
_AFTER_NAMES = re.compile(r"[ \t]+(?:[·•|—–]|--?)[ \t]+| \[|[ \t]*<br|[ \t]+(?:for|from|at|of)[ \t]+")
# "Ama Boateng (@ama-b)", "@obi-nna (Nnamdi Obi)": a name and, in brackets, the other way to reach them.
_BRACKETED = re.compile(r"(?P<outer>[^()]{1,80}?)[ \t]*\((?P<inner>[^()]{1,120})\)")
# A handle as a README writes it: "@ama-b", "github.com/ama-b", "github: ama-b", "GitHub @ama-b".
_HANDLE = re.compile(
    r"(?:(?:https?://)?(?:www\.)?github\.com/|(?:github|gh|twitter|x|linkedin)[ \t]*:?[ \t]*@?|@)"
    r"(?P<handle>[\w][\w.-]{0,39})/?",
    re.IGNORECASE,
)
# A person's name: two to four capitalised words ("Lerato van der Merwe", "Kwame O. Mensah").
_PERSON = re.compile(
    r"[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|van|von|der|den|de|da|del|di|du|le|la|bin|al|el|ter)){1,4}"
)
_NAMES_SPLIT = re.compile(r"[ \t]*(?:,|;|[ \t]and[ \t]|&)[ \t]*")
# The words before the names: "By", "*written by", "Made by", "Team:", "Group members:".
_CREDIT_LEAD = re.compile(
    r"[*_]{0,2}(?:(?:(?:written|posted|authored|prepared|made|created|compiled)[ \t]+)?by[ \t]+"
    r"|(?:team|team[ \t]+members|group|group[ \t]+members|students|members)[*_]{0,2}[ \t]*:[*_]{0,2}[ \t]*)",
    re.IGNORECASE,
)
# "Hi! I'm Ama Boateng", "Hello everyone, my name is Ama Boateng": the writer introducing themselves.
_SELF_INTRO = re.compile(
    r"(?:(?:hi|hello|hey)(?:[ \t]+(?:there|all|everyone|folks))?[ \t]*[!,.]*[ \t]*)?"
    r"(?:I'm|I’m|I[ \t]+am|my[ \t]+name[ \t]+is)[ \t]+",
    re.IGNORECASE,
)
_INTRO_NAME = re.compile(_PERSON.pattern + r"(?:[ \t]*\([^()\n]{1,120}\))?(?=[ \t]*(?:[,.;:!)]|$|[ \t]and[ \t]|[—–-]))")
# Capitalised words that are no one's name: "By Monday Morning", "Team: Platform Ops".
_NOT_NAMES = frozenset(["team", "squad", "group", "platform", "ops", "sre", "devops", "engineering", "cohort"])
_NOT_NAMES |= frozenset(
    [
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february"),
        *("march", "april", "june", "july", "august", "september", "october", "november", "december"),
        *("end", "next", "the", "this"),
    ]
)


def credited_names(line: str) -> list[str] | None:
    """The people a student's credit line names, or ``None`` when ``line`` is not one."""
    line = line.strip()[:400]
    lead = _CREDIT_LEAD.match(line)
    if lead is not None:
        said = lead.group(0).strip("*_: \t").lower()
        names = names_credited(line[lead.end() :], plain_by=said == "by")
        if names is not None and not said.endswith("by") and (len(names) < 2 or names_a_team(" ".join(names))):
            return None  # "Team: Payments Backend" names a team; "Team: Kofi Mensah & Esi Asante" its people
        return names
    intro = _SELF_INTRO.match(line)
    if intro is not None and (name := _INTRO_NAME.match(_plain(line[intro.end() :]))) is not None:
        names = names_credited(name.group(0))
        return names if names and all(" " in name for name in names) else None
    return None


def names_credited(value: str, plain_by: bool = False) -> list[str] | None:
    """The names at the head of a credit's value ("Fatima Diallo (github: fdiallo) | ALX SE"), or ``None``
    when the head is not people's names. After a plain "By" each must be a full name or a handle, as "By
    Friday" is not a byline."""
    head = _AFTER_NAMES.split(_plain(value[:400]), maxsplit=1)[0].strip(" \t*_`")
    names: list[str] = []
    for piece in _NAMES_SPLIT.split(head):
        name = _person_of(piece.strip(" \t*_`"))
        if name is None:
            return None
        names.append(name)
    if not names or (plain_by and not all(" " in name or name.startswith("@") for name in names)):
        return None
    return [name.removeprefix("@") for name in names]


def _plain(text: str) -> str:
    """``text`` with its links read as their text and its bold and code marks gone."""
    if "](" in text:
        text = _LINK.sub(r"\1", text)
    return text.replace("**", "").replace("__", "").replace("`", "")


def _person_of(piece: str) -> str | None:
    """ "Ama Boateng", "Ama Boateng (@ama-b)", "@obi-nna (Nnamdi Obi)" as the person's name; "@obi-nna" alone
    as the handle (with its "@"); ``None`` for anything else."""
    bracketed = _BRACKETED.fullmatch(piece)
    if bracketed is not None:
        outer, inner = bracketed.group("outer").strip(" \t*_"), bracketed.group("inner").strip(" \t*_")
        if _is_person(outer) and _HANDLE.fullmatch(inner):
            return outer
        if _HANDLE.fullmatch(outer) and _is_person(inner):
            return inner
        return None
    if _is_person(piece):
        return piece
    handle = _HANDLE.fullmatch(piece)
    return f"@{handle.group('handle')}" if handle is not None and piece.startswith("@") else None


def _is_person(text: str) -> bool:
    if not _PERSON.fullmatch(text):
        return False
    return not _NOT_NAMES & {word.lower() for word in text.split()}
