"""Action items that open with the team doing them, as minutes write them: "Platform will add …", "SRE to …".

In a list where "Billing will rotate the keys", "SRE to add a disk alert" and "SRE to page on lag" sit together,
the same few names lead item after item, each followed by "will" or "to" and the verb of the work: a careful
reader takes each name as its items' owner, though it names a team ("SRE", "Billing"), not a person, and takes
"SRE check the alert rules" in that list as SRE's too. A name that leads one item only is not taken ("Postgres
will need a restart" is about Postgres), nor one that only ever comes before "to", unless it is a team's short
name ("SRE"): "Update to v2 …" over "Update to v3 …" opens with a verb, which no one writes before "will".
"""

from __future__ import annotations

import re
from collections import Counter

from app.formats.markdown_read.draft import TaskDraft
from app.formats.markdown_read.names import section_key
from app.formats.markdown_read.task_leads import KIND_OF_WORK, VERBS_WITH_TO

# One to three capitalised words (an acronym too), then "will" or "to", then the work's verb; a word naming a thing
# after "to" or "will" ("Move to the new pool", "Caches will be warmed") is not a verb of work.
_LEAD = re.compile(
    r"(?P<who>[A-Z][\w&'’-]{1,30}(?:[ \t]+[A-Z][\w&'’-]{1,30}){0,2})[ \t]+(?:(?P<said>will|to)[ \t]+)?"
    r"(?=(?!(?:the|a|an|our|their|its|this|that|these|those|be|been|have|has|had|not|no|also|all|each|every|any"
    r"|some|new|more|is|are|was|were|and|or|of|for|in|on|at|with|from|by)\b)[a-z])"
)
_ACRONYM = re.compile(r"[A-Z]{2,6}")  # "SRE", "DBA", "ICL": a team's short name
_MOST_TASKS = 200
_PRONOUNS = frozenset(["i", "we", "you", "they", "he", "she", "it", "this", "that", "everyone", "someone", "nobody"])


def recurring_team_leads(tasks: list[TaskDraft]) -> None:
    """Each task of ``tasks`` (one list's) with no owner, led by a name that leads two or more of them before
    "will" or "to", gets that name as its owner and its text from the verb on."""
    leads = [_lead(task) if not task.owner else None for task in tasks[:_MOST_TASKS]]
    said = Counter(lead["who"] for lead in leads if lead is not None and lead["said"])
    # "Update to v2 …" over "Update to v3 …": a verb; "SRE" (a team's short name) or a name before "will" is who.
    willing = {lead["who"] for lead in leads if lead is not None and lead["said"] == "will"}
    teams = {who for who, times in said.items() if times >= 2 and (who in willing or _ACRONYM.fullmatch(who))}
    for task, lead in zip(tasks, leads, strict=False):
        if lead is None or lead["who"] not in teams:
            continue
        text = task.text[lead.end() :]
        task.text, task.owner = text[:1].upper() + text[1:], lead["who"]


def _lead(task: TaskDraft) -> re.Match[str] | None:
    """The name leading ``task``'s text, if it may be who does it (not a pronoun, a verb or a kind of work)."""
    lead = _LEAD.match(task.text)
    if lead is None:
        return None
    words = lead["who"].split()
    if words[0].lower() in _PRONOUNS or words[-1].lower() in VERBS_WITH_TO or section_key(lead["who"]):
        return None
    return None if any(KIND_OF_WORK.search(word) for word in words) else lead
