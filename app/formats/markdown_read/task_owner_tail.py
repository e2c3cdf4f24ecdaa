"""The owner (then a due date or a status) written at the end of a task's line, after a label, a dash or a mention.

"… renewal. Owner: Rohit Menon, by 30 Aug 2024.", "… explicitly — @kenji — due 2024-11-26", "… runbook —
Priya —", "… inventory — Aisha Noor, 2024-10-18". ``task_details`` reads the rest of a task's line.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from app.formats.markdown_read.labels import DUE_LABELS, STATUS_LABELS, without_mention
from app.formats.markdown_read.names import TASK_STATUSES
from app.formats.markdown_read.names_other_languages import LABELS as OTHER_LANGUAGES
from app.formats.markdown_read.task_due import due_date
from app.formats.markdown_read.task_names import FULL_NAME, MENTION, first_name, handle
from app.formats.markdown_read.tokens import name_key, split_label
from app.formats.markdown_read.whole_emphasis import without_whole_emphasis
from app.model import TaskStatus
from app.timefmt import parse_date

_YEAR = re.compile(r"[ \t]*\d{4}[ \t]*")


def detail_parts(group: str) -> list[str]:
    """The parts of a details group: ``owner: Ana, due 2024-05-10`` has two.

    Semicolons, when used, separate the parts: then a date may hold a comma
    ("due: March 3, 2025"). Between commas, a part that is only a year is the
    end of the date before it ("Owner: DBA team, Due: June 20, 2024").
    """
    if ";" in group:
        return group.split(";")
    parts: list[str] = []
    for part in group.split(","):
        if parts and _YEAR.fullmatch(part):
            parts[-1] = f"{parts[-1]},{part}"
        else:
            parts.append(part)
    return parts


# "Owner: Rohit Menon, by 30 Aug 2024." closing a task's line, after its sentence or a dash.
# After a dash the colon may go: "… cleanup — owner Kwame Mensah, due 2024-07-12".
# "…, assigned to Sam Lee": the words say who, after a comma too.
# "… — eigenaar: Bram Jansen, deadline 18-09-2026", "… — responsable : Hugo": the label in the team's language.
_OTHER_OWNER_WORDS = "|".join(re.escape(word) for word in sorted(OTHER_LANGUAGES["owner"], key=len, reverse=True))
_OWNER_LABEL = re.compile(
    rf"(?:owner|responsible|assignee|{_OTHER_OWNER_WORDS}|(?P<assigned>assigned[ \t]+to))"
    r"(?:[ \t]?:[ \t]*|[ \t]+(?=(?-i:[A-Z@])))",
    re.IGNORECASE,
)


def written_owner(text: str, day: date | None, *, nested: bool = False) -> tuple[str, dict[str, Any]] | None:
    """The owner (and due date) written at the end of a task's line, and the text before them. ``nested``: the
    status after the owner's dash was taken off already (one status only: "— done — done — …" repeated did
    not recurse once per dash, past Python's limit)."""
    label = None
    for found in _OWNER_LABEL.finditer(text):
        label = found  # the last one
    before = text[: label.start()].rstrip(" \t") if label is not None else ""
    # After a sentence ("… renewal. Owner: …") or a dash ("… renewal — Owner: …"), not inside a phrase.
    colon = label is not None and text[label.start() : label.end()].rstrip(" \t").endswith(":")
    after_a_dash = bool(before) and before[-1] in "-–—"
    said = label is not None and label["assigned"] is not None
    ends = ".;!?-–—," if said else ".;!?-–—"
    if label is not None and before and before[-1] in ends and before != text[: label.start()]:
        tail = text[label.end() :].strip().rstrip(".").strip()
        fields = _owner_and_due(tail, day) if colon or after_a_dash or said else None
        if fields is not None:
            return before.rstrip(" \t-–—,;"), fields
    dash = _last_dash(text, len(text))
    if dash > 0:
        # "… inventory — Aisha Noor, 2024-10-18": after a dash, a person's full name (then a due date).
        tail = text[dash + 3 :].strip().rstrip(".").strip()
        if name_key(tail) in TASK_STATUSES and not nested and _last_dash(text, dash) > 0:
            # "… runbook entry — Chidinma — done": the owner, then the task's status after a dash of its own
            found = written_owner(text[:dash].rstrip(" \t"), day, nested=True)
            if found is not None and "status" not in found[1]:
                return found[0], {**found[1], "status": TASK_STATUSES[name_key(tail)]}
        fields = _owner_and_due(tail, day)
        if fields is not None and FULL_NAME.fullmatch(fields["owner"]):
            return text[:dash].rstrip(" \t"), fields
        if fields is not None and first_name(fields["owner"]) and " " not in fields["owner"]:
            # "… on a UPS — Adaeze", "… on print01 - Sara, by fri 22 nov": a first name alone after the last dash
            # (then perhaps a due date); it stays the owner when the document writes it elsewhere too, or
            # another task of the list is written the same way (owners_named_elsewhere)
            return text[:dash].rstrip(" \t"), {**fields, "first_name_only": True}
        if fields is not None and len(fields) > 1 and _TEAM_NAME.fullmatch(fields["owner"]):
            # "… - Platform team, due 27 March 2026, open", "… - Customer Care (Hannah Price), in progress": who,
            # then when or how far after a comma, as a team is named as surely as a person.
            return text[:dash].rstrip(" \t"), fields
        # "… checks — Omar Haddad — 2024-03-19", "… module – Yusuf – by March 10, 2025": the name and the
        # date each after a dash of their own (then a first name alone is a name: a date follows it).
        due = due_date(_DUE_WORD.sub("", text[dash + 3 :].strip().rstrip(".").strip(), count=1), day)
        before = _last_dash(text, dash) if due is not None else -1
        if before > 0:
            fields = _owner_and_due(text[before + 3 : dash].strip(), day)
            # A handle ("— lena.k — by …", as a chat's names are copied) is a person's as surely as a full name.
            full = fields is not None and (FULL_NAME.fullmatch(fields["owner"]) or handle(fields["owner"]))
            if fields is not None and "due" not in fields and (full or first_name(fields["owner"])):
                return text[:before].rstrip(" \t"), {**fields, "due": due, "first_name_only": not full}
    at = text.rfind(" @")
    before = text[:at].split()[-1:] if at > 0 else []
    if at > 0 and not (before and before[0].lower() in _LEADS_TO_A_PERSON):
        fields = _mention_and_due(text[at + 1 :].strip(), day)
        if fields is not None:
            return text[:at].rstrip(" \t-–—"), fields  # "… explicitly — @kenji — due 2024-11-26"
    return None


def owner_between_dashes(text: str, day: date | None) -> tuple[str, dict[str, Any]] | None:
    """The owner written between two dashes at the end of a task's line ("… runbook — Priya —", "… - Sam Lee -"),
    and the text before them; the closing dash sets the name off as a label's would, so a first name alone is
    the owner as surely as a full name."""
    rest = text.rstrip(" \t")
    if rest[-2:] not in (" —", " –", " -"):
        return None
    found = written_owner(rest[:-2].rstrip(" \t"), day, nested=True)
    if found is None or _last_dash(rest, len(rest) - 2) < 0:
        return None
    return found[0], {name: value for name, value in found[1].items() if name != "first_name_only"}


def owner_after_dashes(text: str, day: date | None) -> tuple[str, dict[str, Any]] | None:
    """``written_owner``, where a plain-text mail's " -- " stands for a dash too ("… cron -- Wiebke, by 17 April");
    the text before the owner comes back as typed."""
    if " -- " not in text:
        return written_owner(text, day)
    found = written_owner(text.replace(" -- ", " — "), day)
    if found is None:
        return None
    # Each " -- " written before the owner is a character longer than the dash it was read as.
    length, longer = len(found[0]), 0
    for double in _DOUBLE_DASH.finditer(text):
        if double.start() - longer >= length:
            break
        longer += 1
    typed = text[: length + longer]
    return (typed if typed.replace(" -- ", " — ") == found[0] else found[0]), found[1]


_DOUBLE_DASH = re.compile(" -- ")


# A team's or a person's name: capitalised first, words and a bracket, no digits ("Customer Care (Hannah Price)").
_TEAM_NAME = re.compile(r"[A-ZÀ-Þ@][^\d,;:]{0,60}")
# Also Polish and Swedish: "do 1 marca", "termin: 15.04.2026", "klart senast 1 mars".
_DUE_WORD = re.compile(
    r"^(?:due[ \t]+by|due[ \t]+on|by|due|deadline|do(?:[ \t]+dnia)?|termin|(?:klart[ \t]+)?senast|klart[ \t]+till"
    # French: "avant le 19/02/2024", "d'ici le 3 mars", "au plus tard le 1er avril".
    r"|avant(?:[ \t]+le)?|d['’]ici(?:[ \t]+le)?|au[ \t]+plus[ \t]+tard(?:[ \t]+le)?"
    # Italian: "entro il 30/01/2026", "entro venerdì".
    r"|entro(?:[ \t]+il)?"
    # Portuguese and Spanish: "até 31/07/2026", "até ao dia 3", "hasta el 15/04/2026".
    r"|até(?:[ \t]+(?:ao[ \t]+dia|ao|dia))?|hasta(?:[ \t]+el)?)"
    r"\b[ \t]*:?[ \t]*",
    re.IGNORECASE,
)


def _last_dash(text: str, end: int) -> int:
    """Where the last dash with a space either side starts before ``end`` (its space), or -1."""
    return max(text.rfind(" — ", 0, end), text.rfind(" – ", 0, end), text.rfind(" - ", 0, end))


# "Follow up with @alice": a mention the sentence needs, not the task's owner.
_LEADS_TO_A_PERSON = frozenset(
    ["with", "and", "or", "to", "by", "for", "from", "ask", "asking", "ping", "tell", "cc", "via", "of"]
)


# What ends an owner's name before a due date: "Rohit Menon, by …", "Omar Haddad. Due: …", "Ana — due …".
# The mark alone: spaces round it are stripped in code (a leading run tried at each of its positions
# by ``finditer`` was quadratic over a run of spaces).
_OWNER_END = re.compile(r"[,;·]|\.(?=[ \t])|(?<=[ \t])[-–—](?=[ \t])")


_TITLE_END = re.compile(r"(?:^|[ \t])(?:[A-Z]|Dr|Mr|Mrs|Ms|Mx|Sgt|Lt|Capt|Col|Prof|Insp|Supt)\.$")


def _owner_and_due(tail: str, day: date | None) -> dict[str, Any] | None:
    """``Rohit Menon, by 30 Aug 2024`` or ``Rohit Menon``: an owner, then perhaps a due date, then perhaps the
    task's status after a comma ("Marek, done", "Platform team, due 27 March 2026, open")."""
    # "Sgt. Alan Reyes", "J. Okonjo": a title's or an initial's full stop is not the end of the name.
    cut = next(
        (
            found
            for found in _OWNER_END.finditer(tail)
            if not _TITLE_END.search(tail[max(0, found.start() - 5) : found.start() + 1])
        ),
        None,
    )
    owner, rest = (tail[: cut.start()].rstrip(" \t"), tail[cut.end() :].lstrip(" \t")) if cut else (tail, "")
    if not owner.strip() or len(owner.split()) > 4:
        return None
    # "— *Luca Bianchi*, entro il …": the name set in italics or bold, as a document's people often are.
    fields: dict[str, Any] = {"owner": without_mention(without_whole_emphasis(owner))}
    before, _, last = rest.rpartition(",")
    if name_key(last) in TASK_STATUSES:
        fields["status"], rest = TASK_STATUSES[name_key(last)], before
    if rest.strip():
        due = due_part(rest, day)
        if due is None:
            # "Carlos Ibáñez, due 2026-07-17, done", "Hélène Dubois, open": a due date and the task's status,
            # each a part of its own; every part must be read.
            for part in detail_parts(rest):
                status = status_part(part)
                if status is not None and "status" not in fields:
                    fields["status"] = status
                elif "due" not in fields and (due := due_part(part, day)) is not None:
                    fields["due"] = due
                else:
                    return None
            return fields
        fields["due"] = due
    return fields


def due_part(part: str, day: date | None) -> date | None:
    """``by 30 Aug 2024``, ``due: Friday`` or a date alone, as a due date."""
    label = split_label(part.strip())
    key, value = label if label and label[1] else word_and_rest(part)  # "by Friday" is no bare label
    if key in DUE_LABELS and ((due := due_date(value, day)) is not None or _DUE_WORD.match(part.strip()) is None):
        return due  # (Italian's "entro" is a label too, and "entro il 30/01" reads on: the word is longer)
    if (word := _DUE_WORD.match(part.strip())) is not None:
        return due_date(part.strip()[word.end() :], day)  # "do 1 marca", "klart senast 24 oktober"
    return due_date(part.strip(), day)


def status_part(part: str) -> TaskStatus | None:
    """``done``, ``in progress``, ``status: open`` closing a task's line, as its status."""
    label = split_label(part.strip().rstrip("."))
    key, value = label if label and label[1] else ("status", part.strip().rstrip("."))
    return TASK_STATUSES.get(name_key(value)) if key in STATUS_LABELS else None


def _mention_and_due(tail: str, day: date | None) -> dict[str, Any] | None:
    """``@asmith``, ``@Marco Bianchi`` or ``@Sofia Lind April 20, 2024``: a mention closing the line."""
    words = tail.split()
    if not words or not MENTION.fullmatch(words[0]) or not words[0].startswith("@"):
        return None
    name, rest = [words[0][1:]], words[1:]
    # A mention of a full name ("@Marco Bianchi", as Notion writes one) takes the capitalised word after it.
    if rest and name[0][:1].isupper() and rest[0][:1].isupper() and rest[0].isalpha() and parse_date(rest[0]) is None:
        name.append(rest.pop(0))
    fields: dict[str, Any] = {"owner": " ".join(name)}
    if rest and rest[0] in ("-", "–", "—", ",", "·"):
        rest = rest[1:]
    if rest and rest[0].lower().rstrip(":") in ("due", "by"):
        rest = rest[1:]
    if rest:
        due = due_date(" ".join(rest), day)
        if due is None:
            return None
        fields["due"] = due
    return fields


def word_and_rest(part: str) -> tuple[str, str]:
    """``due 2024-05-10`` as ``("due", "2024-05-10")``."""
    word, _, rest = part.strip().partition(" ")
    return word.lower(), rest.strip()
