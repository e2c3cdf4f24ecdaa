"""The owner leading a task's line, as minutes write who does what: "Jakob: add a test for the job, by 14 June",
"Sam to ask the vendor for notice by Friday", "Felipe will add the step to the checklist by 1 September"."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from app.formats.markdown_read.names import section_key
from app.formats.markdown_read.task_due import due_date
from app.formats.markdown_read.task_names import FULL_NAME, first_name

# "Jakob: add …", "Sam to add …", "Felipe will add …": a name, then a colon, "to" or "will", then the task's verb.
# After "to" or "will" the task's verb, not a thing ("Move to the new pool", "Postgres will be upgraded").
_NAME_LEAD = re.compile(
    r"(?P<name>[A-ZÀ-Þ][\w'’-]{1,30}(?:[ \t][A-ZÀ-Þ][\w'’-]{1,30})?)"
    r"(?::|[ \t]+(?P<said>to|will)(?=[ \t]+(?!(?:the|a|an|our|their|its|this|that|these|those|be|have|not|get|new"
    r"|all|each|every|any|some|no)\b)))[ \t]+(?=[a-z])"
)
# Verbs a task's line opens with that take "to" ("Move to …", "Switch to …"): no owner's name.
_VERBS_WITH_TO = frozenset(
    [
        *("move", "switch", "migrate", "go", "return", "add", "write", "send", "post", "point", "push", "upgrade"),
        *("downgrade", "change", "set", "reach", "talk", "reply", "respond", "link", "commit", "forward", "publish"),
        *("subscribe", "escalate", "apply", "pin", "revert", "roll", "lower", "raise", "increase", "reduce", "bump"),
        *("need", "needs", "try", "start", "plan", "remember", "remind", "continue", "begin", "want", "agree"),
        *("decide", "expand", "extend", "limit", "restrict", "grant", "assign", "delegate", "hand", "transfer"),
        *("promote", "port", "convert", "rename", "redirect", "route", "attach", "append", "copy", "map", "bind"),
        *("cap", "default", "listen", "stick", "learn", "used", "going", "have", "has", "had", "ask", "tell"),
    ]
)
_DUE_AT_THE_END = re.compile(r"[,;]?[ \t](?:by|due(?:[ \t]+by)?|before)[ \t]+(?P<date>[^,;()]{3,40}?)[ \t]*\.?$")
_DUE_TAIL = 60
_PRONOUNS = frozenset(["i", "me", "we", "us", "you", "they", "he", "she", "it", "this", "that", "who"])
# "Monitoring:", "Documentation:", "Security:", "Process:": the kind of work, a heading for the task, not who.
_KIND_OF_WORK = re.compile(
    r"^(?:\w{3,}ing|\w+(?:tion|sion|ment|ness|ity|ure|ogy|ics)|fix(?:es)?|bugs?|tasks?|todo|actions?|follow\S*"
    r"|alerts|docs|tests|metrics|logs|dashboards|runbooks|tools|checks|ops|process(?:es)?|access|readiness"
    r"|preventive|corrective|proactive|reactive|technical|operational|general|internal|external|manual"
    r"|performance|maintenance|compliance|governance|resilience|reliability)$",
    re.IGNORECASE,
)
KIND_OF_WORK = _KIND_OF_WORK  # shared with task_team_leads: a team in bold is not the kind of work either
VERBS_WITH_TO = _VERBS_WITH_TO  # shared with task_recurring_leads: "Move to …" opens with a verb, not a team


def owner_leading(text: str, day: date | None) -> tuple[str, dict[str, Any]] | None:
    """The owner leading the task and the due date closing it ("Jakob: add a test, by 14 June"); only with
    both (a label alone, "Monitoring: add alerts", is a kind of task, not a person)."""
    lead = _NAME_LEAD.match(text)
    if lead is None or not (FULL_NAME.fullmatch(lead["name"]) or first_name(lead["name"])):
        return None
    if lead["name"].lower() in _PRONOUNS or _KIND_OF_WORK.search(lead["name"]) or section_key(lead["name"]):
        return None
    if lead["said"] and lead["name"].split()[-1].lower() in _VERBS_WITH_TO:
        return None
    # Looked for in the line's last words only (a due date closes it): a search of the whole line with a
    # run of spaces in front of the pattern took minutes on a 1 MB line of spaces.
    tail_from = max(lead.end(), len(text) - _DUE_TAIL)
    due = None
    while due is None and (due_at := _DUE_AT_THE_END.search(text, tail_from)) is not None:
        # "… caught before the box office opens by 21/04": the first "before" heads no date; the "by" after it does.
        due, tail_from = due_date(due_at["date"], day), due_at.start() + 1
    if due is None or due_at is None:
        return None
    task = text[lead.end() : due_at.start()].rstrip(" \t,;")  # type: ignore[union-attr]
    fields = {"owner": lead["name"], "due": due, "first_name_only": not FULL_NAME.fullmatch(lead["name"])}
    return task[:1].upper() + task[1:], fields  # its sentence starts at "Add"


# "@amelie.roux add a latency budget …", "@dana: write the runbook": a chat's follow-up, its owner mentioned first.
_MENTION_LEAD = re.compile(r"@(?P<name>\w[\w'’-]{0,30}(?:\.\w[\w'’-]{0,30}){0,3})[ \t]*:?[ \t]+(?=[A-Za-z])")

_EVERYONE = frozenset(["here", "channel", "everyone", "all", "team"])


def mention_leading(text: str) -> tuple[str, dict[str, Any]] | None:
    """The person mentioned first on a task's line, and the task after the mention."""
    lead = _MENTION_LEAD.match(text)
    if lead is None:
        return None
    if lead["name"].lower() in _EVERYONE:
        return None  # "@here please check": the whole channel, nobody in particular
    if text[lead.end()].isupper() and not lead["name"].islower():
        # "@mteo Create the key": a handle, then the task's verb; "@Marco Bianchi" may be a name in two words.
        return None
    task = text[lead.end() :]
    return task[:1].upper() + task[1:], {"owner": lead["name"]}


# "[Tomasz] rotate the password", "[Ana Ruiz] add an alert": who does it, in square brackets, before the task.
_BRACKET_LEAD = re.compile(r"\[(?P<name>@?[^\[\]\n]{2,40})\][ \t]*:?[ \t]+(?=[A-Za-z])")


def bracket_leading(text: str) -> tuple[str, dict[str, Any]] | None:
    """The person named in square brackets before a task's words, and the task after them; a first name alone
    there stays the owner only when the document names that person elsewhere too."""
    lead = _BRACKET_LEAD.match(text)
    if lead is None:
        return None
    name = lead["name"].strip(" \t")
    if name.startswith("@") and _MENTION_LEAD.fullmatch(f"{name} "):
        return text[lead.end() :], {"owner": name[1:]}
    if _KIND_OF_WORK.search(name) or section_key(name) or name.lower() in _PRONOUNS:
        return None
    if FULL_NAME.fullmatch(name):
        return text[lead.end() :], {"owner": name}
    if first_name(name):
        return text[lead.end() :], {"owner": name, "first_name_only": True}
    return None


# "**Sarah**: Update the load tests [Jan 15]", "**PM (Jordan):** Write the playbook": who does it, in bold before
# the task, and maybe the day it is due in brackets closing it.
# The colon outside the bold: "**Review Config Changes:** Ensure …" is a task's own title, not who does it.
_BOLD_LEAD = re.compile(r"(?:\*\*|__)(?P<who>[^*_:\n]{2,40}?)(?:\*\*|__)[ \t]*[:–—][ \t]+(?=\S)")
_ROLE_AND_NAME = re.compile(r"[A-Za-z][\w &/-]{0,20}[ \t]*\((?P<name>[^()]{2,30})\)")
_BRACKETED_DUE = re.compile(r"[ \t]*[\[(](?P<date>[^\[\]()]{3,30})[\])][ \t]*\.?$")


def bold_name_leading(text: str, day: date | None) -> tuple[str, dict[str, Any]] | None:
    """The person named in bold before a task's words ("**Sarah**: …"), and a bracketed due day closing it."""
    lead = _BOLD_LEAD.match(text)
    if lead is None:
        return None
    who = lead["who"].strip()
    in_a_role = (role := _ROLE_AND_NAME.fullmatch(who)) is not None
    if role is not None:
        who = role["name"].strip()  # "PM (Jordan)": the person in the role, a person for certain
    if any(_KIND_OF_WORK.search(word) for word in who.split()) or section_key(who) or who.lower() in _PRONOUNS:
        return None  # "**Monitoring**: add alerts", "**Change Management**: …": a kind of work, not who does it
    if not (FULL_NAME.fullmatch(who) or first_name(who)):
        return None
    task = text[lead.end() :]
    # Unless a role says it is a person, the name must be the document's elsewhere too ("**Enhance Monitoring**:"
    # reads like a full name): ``task_owner_check.owners_named_elsewhere``.
    fields: dict[str, Any] = {"owner": who, "first_name_only": not in_a_role}
    if (bracketed := _BRACKETED_DUE.search(task)) is not None and (due := due_date(bracketed["date"], day)):
        task, fields["due"] = task[: bracketed.start()], due
    return task[:1].upper() + task[1:], fields


# "Hannah Liu — lock the CDN dashboard …": a person's full name, then a dash, then the task.
_DASH_LEAD = re.compile(r"(?P<name>[A-ZÀ-Þ][\w'’-]{1,30}(?:[ \t][A-ZÀ-Þ][\w'’-]{1,30}){1,2})[ \t]+[—–-][ \t]+(?=\S)")


def name_before_a_dash(text: str) -> tuple[str, dict[str, Any]] | None:
    """The full name leading a task's line before a dash, and the task after it ("Hannah Liu — lock the …").

    Two capitalised words may name a product as well ("Terraform Cloud — migrate the state"): the name stays
    the owner only when the document writes it elsewhere too (``task_owner_check``), as ``first_name_only`` asks.
    """
    lead = _DASH_LEAD.match(text)
    if lead is None or not FULL_NAME.fullmatch(lead["name"]) or not text[lead.end() :].strip():
        return None
    if _KIND_OF_WORK.search(lead["name"]) or section_key(lead["name"]):
        return None
    task = text[lead.end() :]
    return task[:1].upper() + task[1:], {"owner": lead["name"], "first_name_only": True}
