"""An event's kind: named by its group ("**Detection:**", "### Escalation") or guessed from its words."""

from __future__ import annotations

import functools
import re

from app.formats.markdown_read.status_words import STATUS_KINDS, other_language_status
from app.formats.markdown_read.timeline.deed_openings import opens_with_a_deed
from app.formats.markdown_read.timeline.kind_firsts import first_kind
from app.formats.markdown_read.timeline.kind_overrides import NO_BETTER, NOT_WORDS_OF_THE_EVENT
from app.formats.markdown_read.timeline.kind_words import GUESSES
from app.formats.markdown_read.timeline.kind_words_states import THIRD_PARTY_STATUS
from app.formats.markdown_read.tokens import name_key
from app.formats.markdown_read.word_gate import Folded, WordGate
from app.model import EventKind

# The well-known template's detection, written as two labels (kind_labels.py joins them): when, then how.
DETECTION_WHEN = (
    *("detection time", "time of detection", "when was the issue detected", "detected at"),
    *("issue detected", "incident detected", "problem detected", "outage detected", "first detected"),
)
DETECTION_HOW = ("detection method", "how was the issue detected", "how it was detected", "detected by")

KINDS: dict[str, EventKind] = {}
for _kind, _names in {
    EventKind.DETECTION: ["detection", "detected", "detections", *DETECTION_WHEN, *DETECTION_HOW],
    EventKind.ACTION: ["actions taken", "action taken", "actions", "action", "response"],
    EventKind.MISLEADING: [
        *("misleading paths", "misleading path", "misleading", "red herrings", "dead ends"),
        # The template's own words, as reports keep them for a label ("Misleading investigation/debugging paths:").
        *("misleading investigation", "misleading investigations", "misleading investigation paths"),
        *("misleading investigation/debugging paths", "misleading debugging paths"),
        "misleading investigation/debugging paths that were taken",
    ],
    EventKind.ESCALATION: [
        *("escalation", "escalations", "escalated", "incident escalation", "escalated to"),
        "which team/individuals was the incident escalated to",
    ],
    EventKind.RESOLUTION: [
        *("resolution", "resolved", "recovery", "incident resolution"),
        *("how the incident was resolved", "how was the incident resolved"),
    ],
    EventKind.NOTE: ["notes", "note", "other"],
}.items():
    for _name in _names:
        KINDS[_name] = _kind


# What a kind's name may be said of, before it: "Issue detection:", "Outage escalation", "Problem resolution".
_SUBJECTS = ("issue ", "incident ", "problem ", "outage ", "error ", "initial ", "first ")


def kind_named(text: str) -> EventKind | None:
    key = name_key(text)
    kind = KINDS.get(key)
    if kind is None and key.startswith(_SUBJECTS):
        # "Issue detection: 06/05/2024, 3:00 PM" labels a detection as "Detection:" does; never a note
        # ("Incident notes" is a section of its own, not an event's kind).
        kind = KINDS.get(key.split(" ", 1)[1])
        return kind if kind is not EventKind.NOTE else None
    return kind


# The titles of a heading-per-event timeline ("### 10:10 — Wrong track" over its paragraph) that name the
# step's phase as surely as a kind's own name; over a list of events ("### Investigation") they are no kind,
# since such a group holds wrong turns as well as deeds.
HEADING_PHASES: dict[str, EventKind] = {
    **dict.fromkeys(("investigation", "investigating", "mitigation", "mitigating", "diagnosis"), EventKind.ACTION),
    **dict.fromkeys(
        ("wrong track", "wrong turn", "false lead", "false trail", "red herring", "dead end"), EventKind.MISLEADING
    ),
    **dict.fromkeys(("first alert", "alert", "alerted", "reported", "first report"), EventKind.DETECTION),
    **dict.fromkeys(("recovered", "resolved", "fixed", "all clear", "service restored"), EventKind.RESOLUTION),
}


# A kind's name as the label of an entry's text: "Misleading path: we ...", "**Escalation:** paged ...".
_KIND_LABEL = re.compile(
    r"(?:\*\*|__)?(?P<label>[A-Za-z][A-Za-z /-]{2,40}?)(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]+(?=\S)"
)


def kind_label(text: str) -> tuple[EventKind, str] | None:
    """The kind an entry's text names in a label before its words, and the words; ``None`` if it names none."""
    found = _KIND_LABEL.match(text)
    if found is None or (kind := kind_named(found["label"])) is None:
        return None
    return kind, text[found.end() :]


def phase_named(title: str) -> EventKind | None:
    """The kind a heading-per-event title names ("Detection", "Wrong track"), or ``None``."""
    key = name_key(title.strip().strip("*_").rstrip(":.!"))
    return KINDS.get(key) or HEADING_PHASES.get(key)


# "**Issue Detection** Synthetic checks failed": an entry's bold title names its kind.
_TITLE = re.compile(r"(?:\*\*|__)([^*_\n]{1,60})(?:\*\*|__)")
_TITLE_WORDS: tuple[tuple[EventKind, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        (EventKind.DETECTION, r"\bdetect|\balert"),
        (EventKind.ESCALATION, r"(?<!de-)\bescalat"),
        (EventKind.RESOLUTION, r"\bresol|\brecover"),
        (EventKind.MISLEADING, r"\bmislead|red herring|dead end"),
        (EventKind.ACTION, r"\bmitigat|\btriage|\binvestigat|\bresponse|\baction|\bfix\b"),
    )
)


def kind_of_title(title: str) -> EventKind | None:
    """The kind an entry's title names ("Issue Detection", "Escalated", "Mitigated"), if any."""
    for kind, pattern in _TITLE_WORDS:
        if pattern.search(title):
            return kind
    # A status page's update in another language: "**Problème identifié**", "**Surveillance**", "**Behoben**".
    status = other_language_status(title) if len(title) <= _LONGEST_STATUS else None
    return STATUS_KINDS.get(status) if status else None


_LONGEST_STATUS = 40


def guess_kind(text: str, *, besides: EventKind | None = None) -> EventKind:
    """The kind a careful reader would give an event from its words; a note when in doubt.

    ``besides``: the kind it would be, were its words of that kind not there ("Fixed the config; site back"
    without its recovery is a deed).
    """
    title = _TITLE.match(text)
    if besides is None and title is not None and (kind := kind_of_title(title.group(1))) is not None:
        return kind
    probe = text[:400]
    if probe[:1].isdigit() and (clock := _LEADING_CLOCK.match(probe)) is not None:
        probe = probe[clock.end() :]  # "13:42 PM: Rules were modified": a clock kept in the text (no date) says no kind
    if "](" in probe:
        probe = _LINK.sub(r"\1", probe)  # "[reached out](https://…) to Team Ops": the words a reader reads
    folded = Folded(probe)
    if _NOT_WORDS_GATE.search(probe, folded) is not None:
        probe = NOT_WORDS_OF_THE_EVENT.sub(" ", probe)
        folded = Folded(probe)
    if (vendor := THIRD_PARTY_STATUS.match(probe)) is not None:
        # "The CDN reports to be fully operational": their word on their service, told. With the writer's own
        # words after it ("Provider reports service restored. Test mails arrive again.") the entry tells the
        # recovery, unless those words tell more trouble.
        if (after := _NEXT_SENTENCE.search(probe, vendor.end())) is None:
            return EventKind.NOTE
        rest_text = probe[after.end() - 1 :]
        rest = guess_kind(rest_text, besides=besides)
        calm = rest is EventKind.RESOLUTION or (rest is EventKind.NOTE and _TROUBLE_GOES_ON.search(rest_text) is None)
        return EventKind.RESOLUTION if calm else rest
    # "Rollback complete; error rate unchanged": a step done that did not help is no resolution
    no_better = _NO_BETTER_GATE.search(probe, folded) is not None
    if (first := first_kind(probe, folded, besides=besides, no_better=no_better)) is not None:
        return first  # "escalated to the DBAs for resolution": the sentence's kind, not one of its words'
    if besides is not EventKind.RESOLUTION and not no_better and "/" in probe and _ALL_COUNTED_OK.search(probe):
        return EventKind.RESOLUTION  # "Validation 11/11 sites OK ✅": every one of them works again
    for kind, pattern in GUESSES:
        if kind is besides or (no_better and kind is EventKind.RESOLUTION):
            continue
        if found := pattern.search(probe, folded):
            if kind is EventKind.ACTION:
                # "le pedimos ayuda a la mentora … con curl": a tool named in another language's sentence says
                # less than the sentence's own words (asking for help, a wrong guess) when they say more; and
                # "Paweł podejrzewa wczorajszy deploy … Bez zmian": a loanword's deed is the guess the sentence tells.
                said = _other_language_kind(probe, folded, besides, no_better)
                tool = found.group(0).lower() in _TOOL_NAMES
                if said is not None and said is not EventKind.ACTION and (tool or said is EventKind.MISLEADING):
                    return said
            elif (
                kind is EventKind.ACTION
                and _ENGLISH_GLUE.search(probe) is None
                and _other_language_kind(probe, folded, besides, no_better) is EventKind.MISLEADING
            ):
                # "Jonas vermutet das Deployment … und startet einen Rollback": the sentence's own word for a
                # guess says more than the English loan word for the deed it led to.
                return EventKind.MISLEADING
            return kind
    if (said := _other_language_kind(probe, folded, besides, no_better)) is not None:
        return said
    if not probe.isascii() and _CJK.search(probe) is not None:
        for kind, pattern in _japanese_guesses():
            if kind is not besides and not (no_better and kind is EventKind.RESOLUTION) and pattern.search(probe):
                return kind  # "エラー率アラートが発報", "復旧を確認"
    if besides is not EventKind.ACTION and opens_with_a_deed(probe):
        return EventKind.ACTION  # "Initiated a review of the error logs", "Check the logs": a step, in other words
    return EventKind.NOTE


# A clock left at an entry's front when the document gives no date: "13:42 PM: ", "10:40 UTC - ", "1pm - ".
_LEADING_CLOCK = re.compile(
    r"\d{1,2}(?:[:.][0-5]\d(?::[0-5]\d)?)?[ \t]?(?:[ap]\.?m\.?)?(?:[ \t]+(?-i:[A-Z]{2,5}))?[ \t]*[-–—:|][ \t]+",
    re.IGNORECASE,
)


# Words of trouble going on after another company's word: "We still see bounces", "mails fail".
_TROUBLE_GOES_ON = re.compile(
    r"\bstill\b|\bnot\b|n['’]t\b|\bfail\w*|\berrors?\b|\bdown\b|\bbounc\w*|\bbroken\b|\btim(?:e|es|ed|ing) out\b",
    re.IGNORECASE,
)
# A sentence after the one read: its end, then a letter.
_NEXT_SENTENCE = re.compile(r"[.;!?](?:\s|\[)[^A-Za-z]{0,40}[A-Za-z]")


# All of a count fine again, in any language: "11/11 sites OK", "3/3 replicas healthy", "12/12 services en ligne".
# (The same number twice: "3/11 sites OK" is a recovery under way.)
_ALL_COUNTED_OK = re.compile(
    r"(?<![\d/.,])(\d{1,4})/\1(?![\d/.,])[ \t]+(?:[^\W\d_][\w'-]{0,30}[ \t]+){0,3}?"
    r"(?:ok|up|online|healthy|green|operational|en[ \t]+ligne|opérationnels?|erreichbar)\b",
    re.IGNORECASE,
)


# English's small words, one of which almost every English entry has: without any, the entry is in another
# language, its English words loan words ("startet einen Rollback").
_ENGLISH_GLUE = re.compile(r"\b(?:the|a|an|to|of|and|is|was|were|in|on|for|with|it|we|our|at|by|from)\b", re.I)


# Commands whose name alone makes an English entry a step of the investigation ("curl the site", "grep the log").
_TOOL_NAMES = frozenset(("curl", "curls", "curled", "grep", "greps", "grepped"))


def _other_language_kind(probe: str, folded: Folded, besides: EventKind | None, no_better: bool) -> EventKind | None:
    """The kind another language's words give the entry, if any."""
    for kind, pattern in _other_language_guesses():
        if kind is besides or (no_better and kind is EventKind.RESOLUTION):
            continue
        if pattern.search(probe, folded):
            return kind  # "Jonas zieht Jana Becker hinzu", "Servicio restablecido"
    return None


# Kana, the common kanji and Hangul: an entry in Japanese, Chinese or Korean (no spaces between its words).
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")


@functools.cache
def _japanese_guesses() -> tuple[tuple[EventKind, re.Pattern[str]], ...]:
    """``kind_words_japanese.KIND_WORDS`` as patterns of plain substrings: Japanese has no word boundaries."""
    from app.formats.markdown_read.timeline import kind_words_chinese_korean, kind_words_japanese  # when needed

    # Chinese and Korean beside Japanese, each kind's phrases together, so the kinds keep their order.
    more = dict(kind_words_chinese_korean.KIND_WORDS)
    return tuple(
        (EventKind(kind), re.compile("|".join(map(re.escape, phrases + more.get(kind, ())))))
        for kind, phrases in kind_words_japanese.KIND_WORDS
    )


# The overrides' words, each phrase tried only where its words are (``WordGate``): the same answer, sooner.
# A Markdown link: its words are the entry's, its address none of them.
_LINK = re.compile(r"\[([^\[\]\n]{1,200})\]\([^()\s]{1,300}\)")
_NOT_WORDS_GATE = WordGate(NOT_WORDS_OF_THE_EVENT.pattern, NOT_WORDS_OF_THE_EVENT.flags)
_NO_BETTER_GATE = WordGate(NO_BETTER.pattern, NO_BETTER.flags)


@functools.cache
def _other_language_guesses() -> tuple[tuple[EventKind, WordGate], ...]:
    """``kind_words_other_languages.KIND_WORDS`` as patterns: each phrase whole words, "…" a few words between.

    Each behind its words, as the English ones are: tried on every entry the English words leave a note, the
    eight languages' phrases cost a 300-character entry 0.7 ms tried everywhere, 0.3 ms gated (the same answers)."""
    from app.formats.markdown_read.timeline.kind_words_indonesian import KIND_WORDS as INDONESIAN
    from app.formats.markdown_read.timeline.kind_words_other_languages import KIND_WORDS  # when first needed
    from app.formats.markdown_read.timeline.kind_words_russian_turkish import KIND_WORDS as RUSSIAN_TURKISH
    from app.formats.markdown_read.timeline.kind_words_spanish_portuguese import KIND_WORDS as SPANISH_PORTUGUESE
    from app.formats.markdown_read.timeline.kind_words_vietnamese import KIND_WORDS as VIETNAMESE

    # More Spanish and Portuguese within each kind, so "pensamos que…, y borramos la caché" stays misleading.
    more = dict(SPANISH_PORTUGUESE)
    guesses = []
    tables = (
        tuple((kind, phrases + more.get(kind, ())) for kind, phrases in KIND_WORDS)
        + RUSSIAN_TURKISH
        + VIETNAMESE
        + INDONESIAN
    )
    for kind, phrases in tables:
        alternatives = (
            r"(?!\w)[^.;]{1,60}?(?<!\w)".join(re.escape(part.strip()) for part in phrase.split("…"))
            for phrase in phrases
        )
        guesses.append((EventKind(kind), WordGate(rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)", re.IGNORECASE)))
    return tuple(guesses)
