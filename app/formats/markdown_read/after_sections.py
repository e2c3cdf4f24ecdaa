"""The last passes over another tool's report, once each of its sections has been read.

What a reader gets from the whole report rather than from one section: the
incident's window said in its prose, a timeline told in sentences when no
section held one, a byline signed under the last section, the Issue Summary's
impact from the summary (or the opening) section, measures written as prose,
and a status history's "Identified" update as the root cause.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from app.formats.markdown_read.authors import author_names
from app.formats.markdown_read.cause_found import cause_found_in_kept_text
from app.formats.markdown_read.cause_resolution import resolution_in_the_cause
from app.formats.markdown_read.cause_then_fix import cause_then_fix_in_kept_text
from app.formats.markdown_read.cause_told import cause_said_in_the_opening, cause_told_in_kept_text
from app.formats.markdown_read.closing_words import cut_closing_words
from app.formats.markdown_read.completed_remediation import resolution_from_completed_actions
from app.formats.markdown_read.draft import Draft, Section
from app.formats.markdown_read.fix_steps import fix_steps_on_the_timeline
from app.formats.markdown_read.full_recovery import end_at_full_recovery
from app.formats.markdown_read.impact_labelled import impact_labelled_in_kept_text
from app.formats.markdown_read.improvement_answers import improvements_answered
from app.formats.markdown_read.incident_window import window_from_prose
from app.formats.markdown_read.labels import AUTHOR_LABELS
from app.formats.markdown_read.measure_proposals import proposals_left_in_measures
from app.formats.markdown_read.names import plain_name, section_key
from app.formats.markdown_read.next_time import promises_as_improvements
from app.formats.markdown_read.opening_impact import impact_in_the_first_paragraph
from app.formats.markdown_read.proposed_measures import proposed_mitigations
from app.formats.markdown_read.prose import summary_from_sentences
from app.formats.markdown_read.prose_measures import measures_from_prose
from app.formats.markdown_read.prose_timeline import timeline_from_prose
from app.formats.markdown_read.service_sentences import named_in_sentences, service_in_sentences
from app.formats.markdown_read.service_subjects import named_subject_in, service_subject_in
from app.formats.markdown_read.service_told import service_labelled_in, service_told
from app.formats.markdown_read.stated_window import window_stated_in_a_sentence
from app.formats.markdown_read.summary_cause import cause_in_a_line
from app.formats.markdown_read.title_service import service_in_title
from app.formats.markdown_read.title_subject import subject_in_title
from app.formats.markdown_read.tokens import split_label
from app.formats.markdown_read.told_elsewhere import (
    cause_in_what_went_wrong,
    cause_labelled_in_kept_text,
    impact_in_a_preface,
    labelled_cause,
    resolution_labelled_in_kept_text,
    resolution_told_in_kept_text,
)
from app.formats.markdown_read.told_fix import fix_told_in_lines, resolution_under_actions_taken
from app.formats.markdown_read.window_end_day import last_entry_on_the_end_day
from app.formats.markdown_read.window_impact import impact_after_the_window
from app.formats.markdown_syntax import outside_fences


def finish_other_report(
    draft: Draft, sections: list[Section], known: list[Section], assigned: dict[int, str | None]
) -> None:
    """``known`` are the sections read by name (``assigned`` maps each one's ``id`` to its key), of ``sections``."""
    window_from_prose(draft, "")
    last_entry_on_the_end_day(draft)  # "to 16 Feb at 3:36PM" over an undated "03:36 PM - back online"
    _empty_parents_dropped(draft, sections)
    if not draft.timeline:
        _timeline_from_prose(draft)
        if draft.summary.end is not None:  # the story's "by 2:18 all APIs had fully recovered", over a part's span
            draft.summary.end = end_at_full_recovery(draft.timeline, draft.summary.end)
    # "Started 14:02 BST, fully drained by 15:41 BST." in the summary: over the timeline's first and last entries.
    kept = [kept.body for kept in sorted(draft.kept, key=lambda kept: kept.position)]
    told = ["\n".join(draft.header_lines), draft.introduction or "", draft.summary.impact or "", *kept]
    window_stated_in_a_sentence(draft, [*told, draft.summary.root_cause or ""])
    fix_steps_on_the_timeline(draft)  # "## How did we fix it?" over "- 8:06pm — job stopped"
    _byline_left_at_the_end(draft)
    summaries = [section for section in known if _summarises(section, assigned[id(section)])]
    opening = next(
        (
            section
            for section in known
            if assigned[id(section)] == "introduction" and plain_name(section.heading) not in _PREFACES
        ),
        None,
    )
    told: Section | None = None  # the prose summarising the report
    # "We should treat template releases like code releases." beside the tasks: improvements
    proposals_left_in_measures(draft, [section for section in known if assigned[id(section)] == "measures"])
    impact_labelled_in_kept_text(draft)  # "**Who was hit:** …" in "### Quick facts", over the opening's sentences
    if summaries:
        told = _from_sentences(draft, summaries[0])
    elif opening is not None:
        # "Problem statement", "Description of the incident": the opening section tells the impact (unless the
        # paragraph before the first heading told it: "What happened:" then tells the story).
        impact_in_the_first_paragraph(draft)
        told = _from_sentences(draft, opening)
    elif (preface := next((s for s in known if assigned[id(s)] == "introduction"), None)) is not None:
        if any(line.strip() for line in draft.header_lines):
            # A blog post's opening paragraphs, over its "## Context": they sum the incident up, as an essay's do.
            told = _from_sentences(draft, Section("", draft.header_lines, 0))
        impact_in_a_preface(draft, preface)  # "## Context": "… roughly 120k mobile users were put on …"
    elif draft.introduction and all(assigned.get(id(section)) == "measures" for section in sections):
        # A report told in paragraphs with no section at all (a provider's RCA), or none but its to-dos (a short
        # note's "todo: …" line): its opening is the summary, and a last paragraph of apology or thanks its close.
        _closing_paragraph(draft)
        told = _from_sentences(draft, Section("", draft.introduction.split("\n", 200)[:200], 0))
    elif draft.introduction and draft.header_lines:
        # An essay's opening paragraphs, before its first heading, with no summary section after them ("For
        # nearly three hours every invoice showed $0.00. By the time we stopped it, 412 had gone out."):
        # they summarise it.
        told = _from_sentences(draft, Section("", draft.header_lines, 0))
    if (summaries or opening is not None) and draft.summary.root_cause is None and not draft.root_cause.cause:
        # "… the main cause of the outage was the endpoint not being switched" in the opening paragraphs, over
        # a "What happened:" story that names none: the opening summarises, and no section names the cause.
        _cause_in_the_opening(draft)
    prose = [text for text in (draft.introduction, draft.closing_notes) if text]
    _enumerated_tasks(draft, prose)  # "Three things are agreed: first, …; second, …; and third, …"
    measures_from_prose(draft, prose)
    improvements_answered(draft)  # "### What can be improved" / "… monitoring needs to be introduced."
    promises_as_improvements(draft)  # no measures section: "Next time we will use more powerful machines …"
    cause_said_in_the_opening(draft)  # "… The root cause of this problem was an invalid configuration change."
    _cause_identified(draft)
    _cause_in_the_summary(draft)
    # A "**Root Causes:** …" label says it outright: it wins over a line guessed from a "What went wrong" list.
    cause_labelled_in_kept_text(draft)  # "**Root cause:** …" under the fifth "why"
    cause_in_what_went_wrong(draft, sections)  # "## What went wrong" / "- The cache was flushed by a script …"
    cause_told_in_kept_text(draft)  # "This leads me to the root cause of this problem: the server needs more RAM!"
    cause_found_in_kept_text(draft)  # "Investigation showed that the container was not set to restart."
    resolution_labelled_in_kept_text(draft)  # "Resolution: …" under "Postmortem notes"
    resolution_told_in_kept_text(draft)  # "The incident was mitigated by rolling back …" under the timeline
    cause_then_fix_in_kept_text(draft)  # "The root cause was traced to … The issue was fixed by …" after it
    resolution_in_the_cause(draft)  # "Root Cause": "… aging disks. This was corrected by replacing them."
    resolution_under_actions_taken(draft)  # "### Immediate Actions" / "Database cluster volumes got resized."
    if told is not None:
        fix_told_in_lines(draft, told.lines)  # "We resolved the issue by restarting the server …"
    resolution_from_completed_actions(draft, sections)  # "## Remediation" / "### Immediate actions (completed)"
    proposed_mitigations(draft)  # "## Mitigations" / "One or more of the following mitigations will work:"
    if not draft.summary.impact and opening is not None:
        # "Duration: 15:14 to 16:30 GMT, over 4000 users couldn't access the site": the clause after the window.
        draft.summary.impact = impact_after_the_window(opening.lines) or draft.summary.impact
    if not draft.metadata.service:
        draft.metadata.service = service_in_title(draft.metadata.title)  # "Summary of the X Service Event …"
    if not draft.metadata.service and draft.other_template:
        # "Impact:" over "Service Affected: Search" (kept as the impact's words), or "… service was unavailable
        # on shop.example.com", "`Quill` experienced a complete shutdown"; in the impact's line too when the
        # introduction names none ('Impact: The service "Quill" experienced a complete outage').
        # A service label over a list ("**Affected Services:**" then "- Billing API") among the header's lines or
        # the fields kept as written under a subtitle.
        fields = ["\n".join(draft.header_lines), *(kept.body for kept in draft.kept[:3])]
        draft.metadata.service = (
            service_labelled_in(draft.summary.impact or "")
            or next((found for text in fields if (found := service_labelled_in(text))), None)
            or service_told(draft.introduction or "")
            or service_told(draft.summary.impact or "")
            # A name with a word of its own before a plain noun ("web server") said anywhere in the summary.
            or _service_in_summary_sentences(draft, named_in_sentences)
            # The subject said to be down, plain noun or not ("users could not reach the website"), then the
            # title's ("MySQL Database Outage"): read last, as the named forms above are surer.
            or _service_in_summary_sentences(draft, named_subject_in)
            or _service_in_summary_sentences(draft)
            or _service_in_summary_sentences(draft, service_subject_in)
            # "Impact: Our trusty Caddy server decided to take a nap": what the impact is led by.
            or _service_leading_the_impact(draft)
            or subject_in_title(draft.metadata.title)
        )


def _service_in_summary_sentences(draft: Draft, read: Callable[[str], str | None] = service_in_sentences) -> str | None:
    """The service a sentence of the impact, the opening or a summary kept as written says was down ("The
    booking website was down, …"): the summary's words before the introduction's, as a reader looks there first."""
    kept = [part.body for part in draft.kept[:6] if any(word in part.heading.lower() for word in ("summary", "impact"))]
    texts = [draft.summary.impact or "", draft.introduction or "", *kept]
    return next((found for text in texts if text and (found := read(text))), None)


def _service_leading_the_impact(draft: Draft) -> str | None:
    """``service_led.service_leading`` in the impact, or a summary kept as written (not the opening: its subject
    may be the cause, "Our load balancer was misconfigured")."""
    from app.formats.markdown_read.service_led import service_leading

    kept = [part.body for part in draft.kept[:6] if any(word in part.heading.lower() for word in ("summary", "impact"))]
    return next((found for text in (draft.summary.impact or "", *kept) if (found := service_leading(text))), None)


def _from_sentences(draft: Draft, section: Section) -> Section:
    """``summary_from_sentences``; ``section`` is returned, the prose the resolution may be told in too."""
    summary_from_sentences(draft, section)
    return section


def _cause_in_the_opening(draft: Draft) -> None:
    """The root cause a sentence of the opening paragraphs names, copied (the impact stays as read)."""
    if not draft.introduction:
        return
    scratch = Draft()
    summary_from_sentences(scratch, Section("", draft.introduction.split("\n", 200)[:200], 0))
    draft.summary.root_cause = scratch.summary.root_cause


def _enumerated_tasks(draft: Draft, texts: list[str]) -> None:
    """``prose_enumerated_tasks.enumerated_tasks``, for prose that counts something off ("first, …", "(1) …")."""
    if any("irst," in text or "irstly," in text or "1)" in text for text in texts):
        from app.formats.markdown_read.prose_enumerated_tasks import enumerated_tasks

        enumerated_tasks(draft, texts)
        from app.formats.markdown_read.prose_ordinal_paragraphs import ordinal_paragraph_tasks

        ordinal_paragraph_tasks(draft, texts)  # "Here is what we are changing." over "First, …", "Second, …"


def _empty_parents_dropped(draft: Draft, sections: list[Section]) -> None:
    """A known heading with no text of its own over sub-sections that were all read ("## What happened" over
    "### Timeline", as Notion pages nest them) only grouped them: it leaves no empty extra section. Under an
    unknown name, or with a sub-section kept as written, the heading stays (its words are the author's)."""
    kept_at = {kept.position: kept for kept in draft.kept}
    dropped: set[int] = set()
    for number, section in enumerate(sections):
        kept = kept_at.get(section.position)
        if kept is None or kept.heading != section.heading or kept.body.strip() or section_key(section.heading) is None:
            continue
        level = section.level
        # (Bounded: a run of sub-sections is walked once for each of at most six heading levels above it.)
        children = list(itertools.takewhile(lambda child, level=level: child.level > level, sections[number + 1 :]))
        if children and all(child.position not in kept_at for child in children):
            dropped.add(id(kept))
    if dropped:
        draft.kept = [kept for kept in draft.kept if id(kept) not in dropped]


# "Written by: Kofi Mensah, SysAdmin" signed under the last section, not in the header.
_BYLINE_LABELS = tuple(label for label in AUTHOR_LABELS if label not in ("owners", "owner", "prepared"))


def _closing_paragraph(draft: Draft) -> None:
    """The last paragraph of a report told in paragraphs, when it opens as closing words ("We apologize for the
    impact …", "Thank you …"): the closing notes, when nothing else gave them."""
    if draft.closing_notes is not None or not draft.introduction:
        return
    kept, closing = cut_closing_words(draft.introduction.split("\n"))
    if closing:
        draft.introduction, draft.closing_notes = "\n".join(kept).rstrip(), "\n".join(closing).strip()


def _byline_left_at_the_end(draft: Draft) -> None:
    """The authors from a byline closing the last text a section's reader left, when the header named none.

    Only the last kept text's last lines outside code count: an ``Author:`` in a
    quoted git log is the commit's, and a code block is never edited.
    """
    if draft.metadata.authors is not None or not draft.kept:
        return
    kept = max(draft.kept, key=lambda kept: kept.position)
    lines = kept.body.split("\n")
    flags = outside_fences(lines)
    for index in range(len(lines) - 1, max(len(lines) - 4, -1), -1):
        if not flags[index]:
            return
        key, value = split_label(lines[index].strip().strip("*_").strip()) or ("", "")
        if key in _BYLINE_LABELS and value and len(value) <= 200:
            draft.metadata.authors = author_names(value)
            kept.body = "\n".join(lines[:index] + lines[index + 1 :]).strip("\n")
            draft.kept = [other for other in draft.kept if other is not kept or other.body.strip()]
            return


# The same word in the languages the section names are read in ("## Zusammenfassung", "## Résumé", "## Samenvatting").
_SUMMARY_WORDS = re.compile(
    r"\b(?:summary|tl;? ?dr|overview|synopsis|zusammenfassung|kurzfassung|résumé|synthèse|resumen|resumo"
    r"|samenvatting|riepilogo|riassunto|sintesi|sammanfattning|podsumowanie|streszczenie)\b"
)


def _summarises(section: Section, key: str | None) -> bool:
    """An Issue Summary, or an introduction named as a summary ("Summary", "TL;DR", "Executive overview")."""
    return key == "summary" or (key == "introduction" and bool(_SUMMARY_WORDS.search(plain_name(section.heading))))


# An introduction under these names prefaces the report; under another ("Problem statement") it tells what went wrong.
_PREFACES = frozenset(["introduction", "background", "context", "overview"])


def _timeline_from_prose(draft: Draft) -> None:
    """A report told in sentences, with no timeline section: its timed clauses as events."""
    summary, cause = draft.summary, draft.root_cause
    kept = [kept.body for kept in sorted(draft.kept, key=lambda kept: kept.position) if kept.heading != "Front matter"]
    texts = [draft.introduction, summary.impact, summary.root_cause, cause.cause, cause.resolution, *kept]
    timeline_from_prose(draft, [text for text in texts if text])
    if draft.timeline:
        from app.formats.markdown_read.timeline.context import TimelineContext

        TimelineContext.for_draft(draft).finish()


def _cause_identified(draft: Draft) -> None:
    """A status history's "Identified" update says what the cause is: the summary's root cause, when nothing
    else gave one (a copy; the update stays in the timeline)."""
    if draft.summary.root_cause or draft.root_cause.cause:
        return
    for event in draft.timeline:
        word, colon, text = event.text.partition(": ")
        if colon and word.strip("*_").lower() == "identified" and text.strip():
            # The update's own words: "Posted 2 days ago." under them is when the page showed it.
            lines = text.strip().split("\n")
            while len(lines) > 1 and _POSTED_AGO.fullmatch(lines[-1].strip()):
                lines.pop()
            draft.summary.root_cause = "\n".join(lines).strip()
            return


def _cause_in_the_summary(draft: Draft) -> None:
    """A report with a section telling the root cause, and no cause in its summary: the summary's root cause is
    the line a reader filling in the form would copy from that section (``summary_cause``)."""
    if draft.summary.root_cause or not draft.root_cause.cause:
        return
    # "**Root cause:** …" under the last of five whys says it outright.
    sentence = labelled_cause(draft.root_cause.cause) or cause_in_a_line(draft.root_cause.cause)
    if sentence:
        draft.summary.root_cause = sentence


_POSTED_AGO = re.compile(r"posted[ \t]+[^.\n]{1,40}\bago\.?", re.IGNORECASE)
