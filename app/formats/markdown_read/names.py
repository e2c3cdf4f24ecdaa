"""The names the importer knows: section headings and their synonyms, statuses, labels.

Lookups use ``tokens.name_key`` (lower case, no numbering, emphasis or colon).
"""

from __future__ import annotations

import re

from app.formats.markdown_read import names_other_languages as other_languages
from app.formats.markdown_read.cjk_compound_names import compound_key
from app.formats.markdown_read.form_instructions import without_instruction

# The tables of English section names, kept in a module of their own (re-exported: readers import them here).
from app.formats.markdown_read.heading_decoration import anchor_name, undecorated
from app.formats.markdown_read.question_names import question_key, without_asker
from app.formats.markdown_read.section_head_nouns import head_noun
from app.formats.markdown_read.section_names import LESSON_PARTS as LESSON_PARTS
from app.formats.markdown_read.section_names import LESSON_WHEN_BESIDE_PARTS as LESSON_WHEN_BESIDE_PARTS
from app.formats.markdown_read.section_names import MEASURE_PARTS, SECTIONS
from app.formats.markdown_read.section_names import WHYS as WHYS
from app.formats.markdown_read.section_qualifiers import qualified_key
from app.formats.markdown_read.tokens import name_key
from app.model import NodeKind, Status, TaskStatus

STATUSES = {
    "draft": Status.DRAFT,
    "in review": Status.IN_REVIEW,
    "review": Status.IN_REVIEW,
    "under review": Status.IN_REVIEW,
    "final": Status.FINAL,
    # The post-mortem itself is finished ("Complete, action items in progress" is not a status: it stays as text).
    "complete": Status.FINAL,
    "completed": Status.FINAL,
    "published": Status.FINAL,
    "done": Status.FINAL,
    "closed": Status.FINAL,
    "approved": Status.FINAL,
}
STATUSES |= {name: Status(status) for name, status in other_languages.DOCUMENT_STATUS_WORDS.items()}
TASK_STATUSES = {
    "open": TaskStatus.OPEN,
    "todo": TaskStatus.OPEN,
    "to do": TaskStatus.OPEN,
    "not started": TaskStatus.OPEN,
    "in progress": TaskStatus.IN_PROGRESS,
    "started": TaskStatus.IN_PROGRESS,
    "doing": TaskStatus.IN_PROGRESS,
    "done": TaskStatus.DONE,
    "closed": TaskStatus.DONE,
    "complete": TaskStatus.DONE,
    "completed": TaskStatus.DONE,
    "fixed": TaskStatus.DONE,
    # A service desk's task states (ServiceNow's "Work in Progress", "Closed Complete") and a tracker's.
    "work in progress": TaskStatus.IN_PROGRESS,
    "in review": TaskStatus.IN_PROGRESS,
    "closed complete": TaskStatus.DONE,
    "resolved": TaskStatus.DONE,
    "pending": TaskStatus.OPEN,
    "backlog": TaskStatus.OPEN,
    "new": TaskStatus.OPEN,
}
# "erledigt", "offen", "en cours": a task's status in other languages, as the same statuses.
TASK_STATUSES |= {name: TaskStatus(status) for name, status in other_languages.TASK_STATUS_WORDS.items()}
NODE_KINDS = {kind.value: kind for kind in NodeKind} | {"dead-end": NodeKind.DEAD_END, "end": NodeKind.RESOLUTION}

# "Timeline (UTC)", "Timeline (all times PDT)", "Timeline – times in BST": the words after the name qualify it.
_QUALIFIER = re.compile(r"[ \t]*(?:\([^)]*\)|[-–—:,][ \t]*(?:all[ \t]+)?times?\b.*)[ \t]*$", re.IGNORECASE)


_LONGEST_NAME = 120
# "Section 1:", "Part II -", "Chapter 3.": a word numbering the report's parts, before the part's name.
_PART_NUMBER = re.compile(
    r"[ \t*_]*(?:section|part|chapter)[ \t]+(?:\d{1,3}|[ivx]{1,5})[ \t]*[:.\-–—][ \t]*", re.IGNORECASE
)


def section_key(heading: str) -> str | None:
    """Which known section a heading names (``"timeline"``, ``"measures"``, ...), or ``None``.

    Headings written as questions ("What went wrong and why?") name the same sections.
    """
    key = plain_name(heading)
    if key in SECTIONS:
        return SECTIONS[key]
    if len(heading) > _LONGEST_NAME:
        return None  # no section is named in more words than this (and the patterns below stay cheap)
    if (numbered := _PART_NUMBER.match(heading)) is not None and heading[numbered.end() :].strip():
        # "Section 1: Issue Summary", "Part 3 - Root Cause": the report's own numbering of its parts.
        return section_key(heading[numbered.end() :])
    named = without_instruction(undecorated(heading))  # "Root cause and resolution must contain:"
    bare = plain_name(_QUALIFIER.sub("", named))
    asked = named.rstrip(" \t*_:").endswith("?")
    if asked:
        bare = without_asker(bare)  # "Q: How did it end?"
    if not bare:
        return None
    if bare in SECTIONS:
        return SECTIONS[bare]
    if (other := other_languages.SECTIONS.get(other_languages.fold(bare))) is not None:
        return other  # "Zeitverlauf", "Maßnahmen", "Cronología"
    if (head := head_noun(bare)) is not None and (
        other := other_languages.SECTIONS.get(other_languages.fold(head))
    ) is not None:
        return other  # "発生から復旧までのタイムライン": the timeline, of the outage until its recovery
    if (other := compound_key(bare, _known_name)) is not None:
        return other  # "问题根源分析", "장애 원인 분석", "解決策と防御ロジック"
    # "Resolution Steps Taken", "Remediation Actions", "Fix aplicado": a known name, then words that only qualify it.
    qualified_part = qualified_key(bare, _known_name)
    if qualified_part == "resolution":  # "Corrective Actions Taken": the remedy done, not the measures still to do
        return qualified_part
    # "Incident response timeline", "Root cause analysis and fix", "Action items and owners".
    if (found := _by_keyword(bare)) is not None:
        return found
    if qualified_part is not None:
        return qualified_part
    # "What went wrong, in one breath", "What happened, roughly", "Timeline — the short version": a known name,
    # then a few words of the team's own after a comma or a dash that name no other part ("Impact, cause and fix"
    # lists several: it is none of them).
    qualified = _TRAILING_WORDS.fullmatch(bare)
    if qualified is not None and not _names_more(qualified.group("rest")):
        name = qualified.group("name")
        found = SECTIONS.get(name) or other_languages.SECTIONS.get(other_languages.fold(name)) or _by_keyword(name)
        if found is not None or not asked:
            return found
    # "What was the customer-facing impact?", "How did it end?": the part a question asks for.
    if asked:
        return question_key(bare)
    # "## 背景说明 {#background}": a name not known here, but the anchor the author gave it is.
    anchor = anchor_name(heading)
    if anchor is not None:
        return SECTIONS.get(anchor)
    # "## Влияние на бизнес (Business Impact)": a name not known here, glossed in English in brackets.
    gloss = _GLOSS.search(heading)
    return _known_name(plain_name(gloss.group(1))) if gloss is not None else None


# The bracketed words ending a heading: "(Root Causes)", "（Timeline）".
_GLOSS = re.compile(r"[(（][ \t]*([^()（）]{1,60}?)[ \t]*[)）][ \t*_:]*$")


def _known_name(name: str) -> str | None:
    return SECTIONS.get(name) or other_languages.SECTIONS.get(other_languages.fold(name))


def _by_keyword(bare: str) -> str | None:
    for pattern, found in _KEYWORDS:
        if pattern.search(bare):
            return found
    return None


# The name, then ", " or a spaced dash or a colon, then at most six words of the team's own.
_TRAILING_WORDS = re.compile(
    r"(?P<name>[^,:–—]{2,60}?)(?:,|[ \t]+[-–—]|[–—]|:)[ \t]*(?P<rest>[\w'’.!?-]+(?:[ \t]+[\w'’.!?-]+){0,5})"
)


def _names_more(words: str) -> bool:
    """Whether a heading's trailing words name a part too, or list several ("cause and fix", "timeline & impact").
    ("The short version" says how the part is told, not another part.)"""
    named = SECTIONS.get(words) or _by_keyword(words)
    return bool(_LISTS_MORE.search(words)) or named not in (None, "introduction")


_LISTS_MORE = re.compile(r"\b(?:and|or)\b|[&+/]")


def names_measure_part(heading: str) -> bool:
    """Whether a heading names one of the measures' two lists ("Tasks:", "Task List (TODO)")."""
    if len(heading) > 4 * _LONGEST_NAME:
        return False  # no list is named in so many signs; and the qualifier's pattern is quadratic on long lines
    bare = plain_name(_QUALIFIER.sub("", undecorated(heading)))
    if len(bare) <= _LONGEST_NAME and re.match(_IMPROVEMENTS_NAMED, bare):
        return True  # "Improvements we want longer term": the improvements' list, named in more words
    return plain_name(heading) in MEASURE_PARTS or bare in MEASURE_PARTS


def plain_name(heading: str) -> str:
    """``name_key`` without a closing question mark, with typographic apostrophes as plain ones."""
    return name_key(heading.replace("\u2019", "'")).rstrip("?").rstrip()


# A heading naming the improvements in the team's own words: the measures' list of improvements.
_IMPROVEMENTS_NAMED = (
    r"^(?:(?:longer|long|short|medium|near)[- ]term |future |further |bigger |structural |other |possible |potential "
    r"|suggested |proposed )?improvements?"
    r"(?: (?:we|to|for|in|that|over|longer|long|worth)\b(?: [\w'-]+){0,6})?$"
)
_KEYWORDS = tuple(
    (re.compile(pattern), key)
    for pattern, key in (
        (r"\b(?:timeline|chronology)\b", "timeline"),
        # "In-depth Analysis of Root Cause and Resolution", "Root Cause Analysis & Fix": both parts, told together.
        (
            r"\broot causes?(?: [\w-]+){0,2}? (?:and|&) (?:the |its )?(?:resolution|fix|remediation|solution)s?$",
            "root_cause",
        ),
        (r"\broot causes?\b", "cause"),
        (
            r"\b(?:action items?|follow[- ]?ups?|remediation items?"
            r"|(?:corrective|preventa?t?ive)(?: and (?:corrective|preventa?t?ive))? (?:actions?|measures?)"
            # "How we'll prevent this from happening again", "Preventing this in the future".
            r"|(?:how|what) we(?:'ll| will| are going to| plan to) (?:prevent|stop|avoid)"
            r"|preventing (?:this|it|a repeat))\b",
            "measures",
        ),
        # "Prevention and Release Gates", "What we built to prevent this", "What we should build: automated
        # prevention": what keeps it from happening again is the measures, whatever else the heading says.
        (r"\b(?:prevention|to prevent)\b", "measures"),
        # "Measures against such problems in future", "Future measures going forward": still to be taken.
        (
            r"^(?:(?:future|further) )?measures (?:against|for the future|in (?:the )?future|going forward)\b",
            "measures",
        ),
        # Azure's "How are we making incidents like this less likely or less impactful?", and its variants:
        # what we will make less likely (not "How can customers make …", nor "… our communications more useful").
        (
            r"^how (?:are|will|do|can) we (?:make|making) (?:incidents|outages|issues|this|it)\b"
            r".*\bless (?:likely|impactful)\b",
            "measures",
        ),
        # "Humor Element: Choose Your Own Adventure", "Bonus: a choose-your-own-adventure flowchart".
        # (Light-hearted names, "Fun Fact", "A Touch of Humour", are listed whole above: a heading read by a
        # word here loses its other words, which a name listed whole does not count as.)
        # "Choose your own debugging adventure", "Pick-your-own-outage adventure": the gamebook, whatever it is about.
        (
            r"\b(?:humou?r element|(?:choose|pick)[- ]your[- ](?:own[- ])?(?:[a-z]+[- ]){0,2}?adventure)\b",
            "humor",
        ),
        # "Patient Impact", "Member impact", "Revenue impact": the impact, qualified by whom or what it struck
        # (one or two words, none a verb's "-ing": "Reducing impact", "Limiting the impact" are measures).
        (r"^(?!(?:reduc|limit|minimi[sz]|mitigat|lessen|contain|no\b))(?:[a-z][\w'-]*(?<!ing) ){1,2}impact$", "impact"),
        # "Impact on patients", "Impact to merchants", "Impact for the finance team", "Impact by team".
        (r"^impact (?:on|to|for|by) (?:[a-z][\w'-]* ){0,2}[a-z][\w'-]*$", "impact"),
        # "Improvements we want longer term", "Longer-term improvements", "Improvements for next quarter".
        (_IMPROVEMENTS_NAMED, "measures"),
        # "Quick recap", "A short summary", "The rough rundown": the opening, however it is qualified.
        (
            r"^(?:a |the |our )?(?:quick|short|brief|rough|high[- ]level|one[- ]minute|two[- ]minute)"
            r" (?:recap|summary|overview|rundown|version)$",
            "introduction",
        ),
    )
)


_PLAIN_TIMELINE = re.compile(r"\b(?:timeline|chronology)\b")


def section_key_is_plain_timeline(heading: str) -> bool:
    """Whether a heading says "timeline" or "chronology" outright (not "What happened")."""
    return bool(_PLAIN_TIMELINE.search(name_key(heading)))


# The headings an issue page gives its comment thread ("Activity", "Comments"): the ticket reader's words.
THREAD_NAMES = ("activity", "comments", "discussion")
