"""Corrective measures told in sentences, for reports that have no section listing them.

A provider's report writes "We have taken several actions to prevent a recurrence. We have
corrected the configuration … We are also changing queue hosts to back off …"; a post-mortem
of one paragraph ends "…; to stop it happening again, Erin will add certificate expiry to the
dashboard by 2024-07-19." A careful reader copies each such measure into the list of
corrective measures: a task when it names who will do it by when, else an improvement. The
sentences stay where they were written; the measures are copies.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.announced_lists import measures_listed_after_a_lead_in
from app.formats.markdown_read.draft import Draft, TaskDraft
from app.formats.markdown_read.prose_alert_measures import alert_measures
from app.formats.markdown_read.tokens import heading_of, is_table_line
from app.formats.markdown_syntax import outside_fences

# What announces the measures: "to prevent a recurrence", "to stop it happening again", "to avoid a repeat".
# Or the changes announced as such: "We are making several changes as a result of this event.", "We have taken
# three actions:".
_ANNOUNCED = re.compile(
    r"\bto (?:prevent|stop|avoid)\b[^.;:]{0,60}?\b(?:recurrence|recurring|happening again|repeat\w*|again)\b"
    r"[ \t]*[,:.]?"
    r"|\bwe[ \t]+(?:are[ \t]+making|have[ \t]+made|will[ \t]+make|are[ \t]+taking|have[ \t]+taken)"
    r"[ \t]+(?:several|a[ \t]+number[ \t]+of|a[ \t]+few|some|the[ \t]+following|\w+)[ \t]+(?:changes|actions|steps)\b"
    r"[^.:]{0,60}[.:]",
    re.IGNORECASE,
)
# "First, the change tooling will now validate …", "Finally, we will add …": a measure counted off in the
# announced paragraph, whatever its subject.
_COUNTED = re.compile(
    r"(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth|next|lastly|finally),[ \t]+\S", re.IGNORECASE
)
# A sentence that is a measure: "We have corrected …", "We are also changing …", "Erin will add …".
_MEASURE = re.compile(
    r"(?:we|our team|the team|[A-Z][a-z]+(?: [A-Z][a-z]+)?)[ \t]+(?:(?:have|are|will)(?:[ \t]+also)?|'ll|'re|'ve)"
    r"[ \t]+(?!been\b|not\b|sorry\b)\w+",
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
# "we will run migrations with a lock timeout, and we will alert when …": two measures in one sentence.
_AND_THEN = re.compile(
    r"[,;][ \t]+and[ \t]+(?=(?:we|our team|the team|[A-Z][a-z]+(?: [A-Z][a-z]+)?)[ \t]+(?:will|'ll|are|have)\b)"
)
# "Erin will add …": the owner is the person named, not "we".
_OWNER = re.compile(r"(?P<owner>[A-Z][a-z]+(?: [A-Z][a-z]+)?)[ \t]+will\b")
# "… by 2024-07-19.", "… by the end of February": the due date closing the measure.
_BY = re.compile(r"[ \t]+by[ \t]+(?P<due>[^,;]{4,40}?)[ \t]*\.?$")
_LONGEST_PROSE = 20_000
_MOST_MEASURES = 20


def measures_from_prose(draft: Draft, texts: list[str]) -> None:
    """Copy the measures a report tells in sentences into its measures, when it lists none."""
    measures = draft.measures
    if measures.tasks or measures.improvements:
        return
    if listed := measures_listed_after_a_lead_in(texts):  # "… we've made these changes:" over "1. …", "2. …"
        measures.improvements.extend(listed)
        return
    for text in texts:
        for paragraph in text[:_LONGEST_PROSE].split("\n\n"):
            flat = " ".join(paragraph.split())
            announced = _ANNOUNCED.search(flat)
            if announced is None:
                continue
            sentences = _SENTENCE_END.split(flat[announced.end() :].strip())
            for clause in (clause.strip() for sentence in sentences for clause in _AND_THEN.split(sentence)):
                counted = _COUNTED.match(clause)
                if (
                    not (_MEASURE.match(clause) or counted)
                    or len(measures.improvements) + len(measures.tasks) >= _MOST_MEASURES
                ):
                    continue
                _add(draft, clause, flat)
        if measures.tasks or measures.improvements:
            return
    # "We are also working with Hyperping to set up an alert for the JavaScript loading.": told with no announcement.
    measures.improvements.extend(alert_measures(texts))


def _add(draft: Draft, sentence: str, paragraph: str) -> None:
    from app.formats.markdown_read.task_due import due_date  # read by the first document with a measure

    owner = _OWNER.match(sentence)
    by = _BY.search(sentence)
    due = due_date(by.group("due"), draft.day) if by is not None else None
    if owner is not None and owner.group("owner").lower() not in ("we", "our team", "the team"):
        text = sentence[: by.start()] if due is not None and by is not None else sentence.rstrip(".")
        draft.measures.tasks.append(TaskDraft(text.strip(), owner=_full_name(owner.group("owner"), paragraph), due=due))
    else:
        draft.measures.improvements.append(sentence)


def _full_name(name: str, paragraph: str) -> str:
    """ "Erin" as "Erin Walsh" when the paragraph names one person so ("until Erin Walsh noticed")."""
    if " " in name:
        return name
    found = set(re.findall(rf"\b{re.escape(name)} [A-Z][a-z]+\b", paragraph[:_LONGEST_PROSE]))
    found = {full for full in found if not full.endswith((" Will", " The", " And"))}
    return found.pop() if len(found) == 1 else name


# A rule ("---") ends the measures' prose: after it the author steps back ("Good planning … yielded …").
_RULE = re.compile(r"[ \t]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})")
# Lines a reader does not copy into a list of measures: pictures, bare links, markup, code, quotes.
_NOT_PROSE = re.compile(r"[ \t]*(?:!\[|<|`|>|\||\[[^\]]*\]\([^)]*\)[ \t]*$|https?://\S+[ \t]*$)")


def paragraphs_as_improvements(lines: list[str]) -> tuple[list[str], list[str]]:
    """The improvements a measures' section written only in prose holds, and the lines it keeps as written.

    "This type of problem can be prevented by using a separate development server …" under
    "Corrective and preventative measures", with no list at all: a careful reader copies each
    paragraph (or each line, when the lines are sentences of their own) into the improvements.
    """
    from app.formats.markdown_read.plain_lists import plain_items  # one module imports the other's cue

    rule = next((index for index, line in enumerate(lines) if _RULE.fullmatch(line)), len(lines))
    improvements: list[str] = []
    kept: list[str] = []
    paragraph: list[str] = []

    def end_paragraph() -> None:
        if paragraph:
            items, rest = plain_items(paragraph)
            improvements.extend(items)
            kept.extend(rest)
            paragraph.clear()

    for line in lines[:rule]:
        if not line.strip():
            end_paragraph()
        elif _NOT_PROSE.match(line):
            end_paragraph()
            kept.append(line)
        else:
            paragraph.append(line)
    end_paragraph()
    return (improvements, [*kept, *lines[rule:]]) if improvements else ([], list(lines))


# "Ana Lucero will own it and aims to have it done by March 22, 2024.", "Devon will also add the story to the
# runbook.": a person named as the one who will do it (not "We will", "Postgres will be …").
_WHO_WILL = re.compile(
    r"(?P<owner>[A-Z][a-z'’-]{1,30}(?:[ \t]+[A-Z][a-z'’-]{1,30})?)[ \t]+(?:will|is going to|'ll)"
    r"(?:[ \t]+also)?[ \t]+(?!be\b|not\b|no\b|never\b)(?P<verb>[a-z]+)\b"
)
# "… will own it", "… will take this on": the sentence names the owner of the task the others describe.
_OWNS_IT = frozenset(("own", "take", "lead", "drive", "handle"))
# "… done by March 22, 2024.", "… by the end of the month.": the due date closing the owner's sentence.
_DUE_BY = re.compile(r"[ \t]by[ \t]+(?P<due>[^;()]{4,40}?)[ \t]*[.!]?$")
_NOT_NAMES = frozenset(("we", "they", "it", "this", "that", "the", "our", "these", "those", "there", "he", "she"))
_NOT_NAMES |= frozenset(("you", "i", "everyone", "someone", "nobody", "each", "every", "all", "team"))


def tasks_told_in(draft: Draft, paragraphs: list[str], known: str) -> list[str]:
    """Of ``paragraphs`` (a measures' section's prose, each an improvement), those that name who will do it as
    tasks: "We are adding a snapshot test … Ana Lucero will own it and aims to have it done by March 22, 2024."
    gives a task owned by Ana Lucero, due that day, its text the sentences telling what. A first name alone
    ("Devon will also add …") counts when ``known`` (the document's other text read so far) names that person
    too. Returns the paragraphs that stay improvements."""
    from app.formats.markdown_read.task_due import due_date  # read by the first document with a measure
    from app.formats.markdown_read.task_names import FULL_NAME, first_name

    kept: list[str] = []
    for paragraph in paragraphs:
        sentences = _SENTENCE_END.split(paragraph.strip())
        found = None
        for number, sentence in enumerate(sentences):
            who = _WHO_WILL.match(sentence)
            if who is None or who["owner"].split()[0].lower() in _NOT_NAMES:
                continue
            owner = who["owner"]
            if FULL_NAME.fullmatch(owner) or (first_name(owner) and re.search(rf"\b{re.escape(owner)}\b", known)):
                found = (number, who)
                break
        if found is None:
            kept.append(paragraph)
            continue
        number, who = found
        sentence = sentences[number]
        by = _DUE_BY.search(sentence)
        due = due_date(by["due"].strip(), draft.day) if by is not None else None
        if who["verb"] in _OWNS_IT and len(sentences) > 1:
            text = " ".join(sentences[:number] + sentences[number + 1 :])  # the owner's sentence said only who
        else:
            text = paragraph.strip()
        draft.measures.tasks.append(TaskDraft(text, owner=who["owner"], due=due))
    return kept


_NAMES_LOOKED_AT = 500  # events whose text is searched for a first name (a story's are a few dozen)
_LONGEST_KNOWN = 200_000


def prose_as_improvements(draft: Draft, leftover: list[str]) -> list[str]:
    """A measures' section of prose alone, with no list, heading or table in it: its paragraphs (or its lines
    of whole sentences) as the improvements; the lines kept as written."""
    flags = outside_fences(leftover)
    if not all(flags) or any(heading_of(line) or is_table_line(line) for line in leftover):
        return leftover
    found, kept = paragraphs_as_improvements(leftover)
    # "… Ana Lucero will own it and aims to have it done by March 22, 2024.": a paragraph naming who does it is
    # a task; a first name alone counts when the story read so far names that person.
    known = " ".join(
        [
            draft.introduction or "",
            *(event.text for event in draft.timeline[:_NAMES_LOOKED_AT]),
            *(kept.body for kept in draft.kept[:_NAMES_LOOKED_AT]),  # a story under a heading of its own
        ]
    )
    draft.measures.improvements.extend(tasks_told_in(draft, found, known[:_LONGEST_KNOWN]))
    return kept
