"""What a status page's incident file says of the impact, the cause and the fix, read from its updates.

A status page kept in git (cState, Hugo status themes) writes no "Impact" or "Resolution": its description and
its updates tell them, in whatever language the page is in. A careful reader fills the summary as the updates
tell the story, oldest first:

- the impact is what the description says is broken ("Le site internet … ne sont pas accessibles"), or else what
  the first update posted does ("Der Dienst ist vorübergehend nicht erreichbar");
- the cause is the "Identified" update's text ("**Problème identifié** … une panne d'un équipement réseau");
- the resolution is the first update that tells the service back or the fix in place: a "Monitoring" update
  ("**Surveillance** L'équipement … a été remplacé"), or the first the timeline reads as the resolution
  ("NC ist wieder erreichbar: Plugin identifiziert und deaktiviert").

Each is a copy (the updates stay in the timeline) and fills only a field nothing else gave.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.draft import Draft, EventDraft
from app.formats.markdown_read.prose_sentences import IMPACT_SENTENCE, SENTENCE_END
from app.formats.markdown_read.status_words import STATUS_KINDS, other_language_status
from app.model import EventKind

# What is broken, said in German, French, Spanish, Portuguese or Italian: "nicht erreichbar", "ne sont pas
# accessibles", "no disponible", "fora do ar", "non raggiungibile".
_BROKEN = re.compile(
    r"\b(?:nicht[ \t]+(?:mehr[ \t]+)?(?:erreichbar|verfügbar|verfuegbar|nutzbar|aufrufbar)|ausgefallen|gestört"
    r"|eingeschränkt|(?:pas|plus)[ \t]+(?:accessibles?|disponibles?|joignables?)|inaccessibles?|indisponibles?"
    r"|hors[ \t]+(?:service|ligne)|en[ \t]+panne|ne[ \t]+fonctionnen?t?[ \t]+(?:pas|plus)|perturbée?s?"
    r"|no[ \t]+(?:está[ \t]+|están[ \t]+)?(?:disponibles?|accesibles?)|caídos?|no[ \t]+funcionan?"
    r"|indisponíve(?:l|is)|inacessíve(?:l|is)|fora[ \t]+do[ \t]+ar|não[ \t]+funcionam?"
    r"|non[ \t]+(?:è[ \t]+)?(?:disponibile|raggiungibile|accessibile)|irraggiungibile|disservizio"
    r"|non[ \t]+funziona(?:no)?)\b",
    re.IGNORECASE,
)
# "**Problème identifié** …", "*Identified* - …", "Identified: …": the status an update opens with, and its text.
_STATUS_LEAD = re.compile(
    r"[ \t]*(?:(?P<mark>\*\*|__|\*|_)(?P<status>[^*_\n]{2,40}?)(?P=mark)[ \t]*[-–—:]?"
    r"|(?P<plain>[^\W\d_][^:\n]{1,38}?)[ \t]*[-–—:])[ \t]+(?=\S)"
)
# "This incident has been resolved.": the status said again, nothing of what fixed it.
_BARE_RESOLVED = re.compile(
    r"(?:this|the)[ \t]+(?:incident|issue|problem)[ \t]+(?:has[ \t]+been|is|was)[ \t]+(?:now[ \t]+)?resolved\.?",
    re.IGNORECASE,
)
_LONGEST = 4000
"""Characters of a description or an update read for its sentences (an update is a paragraph or two)."""


def status_page_story(draft: Draft) -> None:
    """The impact, cause and resolution of a status page's incident file, from its description and updates."""
    updates = _oldest_first(draft.timeline)
    if not updates:
        return
    summary = draft.summary
    if not summary.impact:
        for text in (draft.introduction or "", _status_and_text(updates[0])[1]):
            if impact := _broken_sentences(text):
                summary.impact = impact
                break
    if not (summary.root_cause or draft.root_cause.cause):
        identified = next((text for status, text in map(_status_and_text, updates) if status == "identified"), "")
        summary.root_cause = identified or summary.root_cause
    if not draft.root_cause.resolution:
        for update in updates:
            status, text = _status_and_text(update)
            if (status in ("monitoring", "resolved") or update.kind is EventKind.RESOLUTION) and not (
                _BARE_RESOLVED.fullmatch(text.strip())
            ):
                draft.root_cause.resolution = text
                break


def _oldest_first(events: list[EventDraft]) -> list[EventDraft]:
    """The updates in the order they were posted: a page writes its newest first."""
    moments = [event.time for event in events if event.time is not None]
    newest_first = len(moments) >= 2 and moments == sorted(moments, reverse=True) and moments != sorted(moments)
    return events[::-1] if newest_first else list(events)


def _status_and_text(event: EventDraft) -> tuple[str | None, str]:
    """The English status an update opens with ("identified", from "**Problème identifié**") and its text after it;
    no status, and the whole text, for an update that opens with none."""
    text = event.text.strip()
    lead = _STATUS_LEAD.match(text[:80])
    if lead is None:
        return None, text
    word = (lead.group("status") or lead.group("plain")).strip()
    status = word.lower() if word.lower() in STATUS_KINDS else other_language_status(word)
    return (status, text[lead.end() :].strip()) if status else (None, text)


def _broken_sentences(text: str) -> str:
    """The sentences of ``text`` that say what is broken or who was affected, joined; "" if none does."""
    sentences = [sentence.strip(" \t\n*-") for sentence in SENTENCE_END.split(text[:_LONGEST])]
    told = [sentence for sentence in sentences if sentence and (_BROKEN.search(sentence) or _english(sentence))]
    return " ".join(told)


def _english(sentence: str) -> bool:
    """Whether an English sentence tells the impact (``IMPACT_SENTENCE``): only in a sentence of plain ASCII words,
    since its short words ("down", "lost") mean other things in other languages."""
    return sentence.isascii() and IMPACT_SENTENCE.search(sentence) is not None
