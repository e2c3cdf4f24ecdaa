"""Readers of the sections that are mostly prose: Introduction, Issue Summary, Root Cause, Closing Notes.

Each reader takes one ``Section`` and fills the draft; what it does not understand goes back through ``Draft.keep``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from app.formats.markdown_read.authors import byline_names
from app.formats.markdown_read.cause_and_impact import counts_who_was_hit
from app.formats.markdown_read.cause_chain_back import chain_cause
from app.formats.markdown_read.cause_defect import names_a_defect_doing_harm
from app.formats.markdown_read.cause_reasons import announced_reasons
from app.formats.markdown_read.cause_told import cause_said_outright
from app.formats.markdown_read.cause_trigger import tells_what_started_it
from app.formats.markdown_read.cause_words import A_SLIP, cause_pointed_back_at, names_a_cause
from app.formats.markdown_read.cause_words import CAUSE_SENTENCE as CAUSE_SENTENCE
from app.formats.markdown_read.draft import Draft, Section
from app.formats.markdown_read.impact_cause_line import cause_line_cut
from app.formats.markdown_read.label_asides import without_label_asides
from app.formats.markdown_read.label_lines import is_short_label, prose_lines
from app.formats.markdown_read.labelled_paragraphs import labelled_paragraphs
from app.formats.markdown_read.labels import (
    END_LABELS,
    START_LABELS,
    WINDOW_LABELS,
    read_window_label,
    severity_of,
)
from app.formats.markdown_read.lesson_status_tasks import status_led_tasks
from app.formats.markdown_read.names_other_languages import LABELS as OTHER_LANGUAGES
from app.formats.markdown_read.policy_lessons import LESSONS_NAMES, policy_items
from app.formats.markdown_read.prose_sentences import (
    CHANGE_MADE,
    COURTESY,
    IMPACT_SENTENCE,
    LONGEST_SUMMARY,
    is_a_table,
    sentences_of,
    split_cause_and_resolution,
    split_done_and_planned,
    without_label,
)
from app.formats.markdown_read.qualified_labels import with_qualified_labels
from app.formats.markdown_read.resolution_repeated import section_repeating
from app.formats.markdown_read.summary_fields_table import fields_table_read, read_closing_fields_table
from app.formats.markdown_read.summary_metadata import summary_metadata_label, summary_metadata_line
from app.formats.markdown_read.tokens import (
    Item,
    body_text,
    group_text,
    name_key,
    parse_items,
    split_label,
    text_of_items,
    under_subheadings,
)
from app.formats.markdown_read.told_fix import tells_a_found_cause
from app.formats.markdown_read.unspaced_labels import spaced_labels
from app.formats.markdown_read.window_label_forms import names_a_time
from app.formats.markdown_read.window_labels import window_item, window_line, without_bullet
from app.formats.markdown_syntax import outside_fences, unescape_block
from app.text_pieces import in_turns, now_and_then

# "Cause of the issue", "Root cause of the outage": the cause, named by what broke.
_CAUSED = ("issue", "incident", "outage", "problem", "failure", "error", "bug")
_SUMMARY_SUBHEADINGS = {"impact": "impact", "root cause": "root_cause", "root causes": "root_cause"}
_ROOT_CAUSE_SUBHEADINGS = {
    "cause": "cause",
    "root cause": "cause",
    "root causes": "cause",
    # "**Cause of the issue:** …" beside "**Resolution:** …": the cause, in the words of the thing that broke.
    **dict.fromkeys(
        ("the cause", *(f"{lead} of the {thing}" for lead in ("cause", "root cause") for thing in _CAUSED)), "cause"
    ),
    "resolution": "resolution",
    "fix": "resolution",
}


def read_introduction(draft: Draft, section: Section) -> None:
    lines = section.lines
    if draft.other_template:
        # "**Duration:** ..." or "**Start:** ..." written in an overview: the window, and the line
        # stays unless it said nothing more.
        lines = _lines_not_read_by(draft, lines, lambda draft, line: window_line(draft, without_bullet(line)))
        lines = _lines_not_read_by(draft, lines, _severity_line)
        lines = _lines_not_read_by(draft, lines, summary_metadata_line)  # a TL;DR's "- **Authors:** …"
        read_closing_fields_table(draft, lines)  # "||Field||Value||" over "|Start|9:47 AM EDT|" rows
    draft.set_text(section, draft, "introduction", unescape_block(body_text(lines)))


def _severity_line(draft: Draft, line: str) -> bool:
    """A "SEVERITY: SEV2" line in an overview (a plain-text e-mail's) gives the severity; whether it said only that."""
    key, value = split_label(line) or ("", "")
    if key not in ("severity", "sev") or draft.metadata.severity is not None or draft.severity_labelled:
        return False
    level = severity_of(value.rstrip(".").strip(), draft.notes)  # "Severity: SEV3." ends its sentence
    if level is None:
        return False
    draft.metadata.severity, draft.severity_labelled = level, True
    return True


def _lines_not_read_by(draft: Draft, lines: list[str], read: Callable[[Draft, str], bool]) -> list[str]:
    """The lines ``read`` does not take (it says True for a line it read into ``draft``), blank lines kept.

    When it takes none, that is ``lines`` itself, not a copy (a pointer a line: 0.5 MB for 60,000).
    """
    kept: list[str] | None = None
    for index, line in enumerate(lines):
        now_and_then(index)  # 60,000 lines: a reading thread gives way to a busy window
        stripped = line.strip()
        if stripped and read(draft, stripped):
            if kept is None:
                kept = lines[:index]
        elif kept is not None:
            kept.append(line)
    return lines if kept is None else kept


def read_closing_notes(draft: Draft, section: Section) -> None:
    lines = section.lines
    if draft.other_template:
        # "**What went well**" alone on its line was read as a heading of the lowest level
        # (``headings_in_disguise``); inside the lessons it is written as their parts are, "###".
        lines = [f"### {line[7:]}" if line.startswith("###### ") else line for line in lines]
        if name_key(section.heading) in LESSONS_NAMES and (rules := policy_items(lines)) is not None:
            draft.measures.improvements.extend(rules)  # "Reviews must include a rollback plan": measures
            return
        if name_key(section.heading) in LESSONS_NAMES and (rest := status_led_tasks(draft, lines)) is not None:
            lines = rest  # "**TODO**: alert on …" paragraphs among the lessons: tasks; the rest stays the lessons
    draft.set_text(section, draft, "closing_notes", unescape_block(body_text(lines)))


def read_impact(draft: Draft, section: Section) -> None:
    # "Impact:" over its lines, then "Root Cause: …" pasted right under them: the summary's cause, not its impact.
    lines = cause_line_cut(draft, section.lines, _CAUSE_LABELS) if draft.other_template else section.lines
    draft.set_text(section, draft.summary, "impact", prose_or_list(lines))


def read_summary_cause(draft: Draft, section: Section) -> None:
    draft.set_text(section, draft.summary, "root_cause", prose_or_list(section.lines))


def read_cause(draft: Draft, section: Section) -> None:
    draft.set_text(section, draft.root_cause, "cause", prose_or_list(section.lines))


def read_resolution(draft: Draft, section: Section) -> None:
    text = prose_or_list(section.lines)
    planned: list[str] = []
    if draft.other_template and not draft.root_cause.resolution:
        # "Remediation and prevention": what was done, then (from "We will…") what will be.
        text, planned = split_done_and_planned(text)
    if draft.fill(draft.root_cause, "resolution", text):
        draft.measures.improvements.extend(planned)
    elif draft.other_template and (told := section_repeating(draft.root_cause.resolution, text)):
        draft.root_cause.resolution = told  # the header's "Fix: PR #43, …", told in full under "## Resolution"
    else:
        draft.keep(section, section.lines, whole=True)


def prose_or_list(lines: list[str]) -> str:
    """A section's text as written; a plain bulleted list as the export writes one.

    These fields are exported as nested bullets under a bold label, so a
    "* A slow query" section would come out as "- * A slow query" (a list in
    a list). One bullet becomes its text, several a "- " list, as when the
    same text is read from nested bullets. Numbered lists keep their numbers.
    """
    entries = parse_items(lines)
    items = [entry for entry in entries if isinstance(entry, Item)]
    only_items = not any(isinstance(entry, str) and entry.strip() for entry in entries)
    if items and only_items and all(item.marker in "-*+" for item in items):
        return text_of_items(entries)
    return unescape_block(body_text(lines))


def read_summary(draft: Draft, section: Section) -> None:
    summary = draft.summary
    section = fields_table_read(draft, section)
    section.lines = without_label_asides(section.lines, _SUMMARY_LABELS)  # "Oorzaak (kort): …" is a cause's label
    entries = _with_subheadings(section, summary, _SUMMARY_SUBHEADINGS)
    if draft.other_template:
        # "**Impact:** text" as a paragraph
        entries = labelled_paragraphs(entries, lambda key, _head: key in _SUMMARY_LABELS, unspaced=True)
    leftover: list[str] = []
    held: list[str] = []  # "**Duration of Outage:**" alone (and blank lines), above its Start and End items
    impact_item = False  # the entry before was the "Impact:" bullet (or a bullet going on with it)
    opened: str | None = None  # the field a plain "Root cause: …" line just filled, its value maybe wrapped
    for entry in in_turns(entries):
        after_impact, impact_item = impact_item, False
        if isinstance(entry, Item) and (aside := window_item(draft, entry)) is not None:
            held = []  # the window under its label: the label said no more than the items read
            leftover.extend(aside)  # "(Yes, two and a half hours!)" under the End item: the writer's, kept
            continue
        if held and isinstance(entry, str) and not entry.strip():
            held.append(entry)
            continue
        if held and isinstance(entry, str) and window_line(draft, f"{held[0].strip()} {entry.strip()}"):
            held = []  # "Duration:" alone, its value on the next line: the two lines as one label's
            continue
        if held and isinstance(entry, str) and _names_an_end(entry) and window_line(draft, entry.strip()):
            held = []  # "**Duration:**" over "Start: …" and "End: …" lines: the label said no more than they
            continue
        leftover.extend(held)  # what follows a held label is not the window: the label stays as written
        held = []
        if isinstance(entry, str):
            key, value = split_label(entry.strip()) or ("", "")
            if key in WINDOW_LABELS and not value:
                held = [entry]
            elif opened and entry.strip()[:1].islower() and not _SENTENCE_CLOSED.search(getattr(summary, opened)):
                setattr(summary, opened, f"{getattr(summary, opened)} {entry.strip()}")  # its value, wrapped
                continue
            elif _plain_summary_label(summary, entry, key, value):
                opened = _SUMMARY_LABELS[key]  # "Root cause: a typo in …" a line of the paragraph: the field's
                continue
            elif not window_line(draft, entry.strip()):
                leftover.append(entry)
            opened = None
            continue
        key, value = split_label(entry.head) or ("", "")
        if key in WINDOW_LABELS and not value:
            for child in parse_items(entry.body):
                if not (isinstance(child, Item) and read_window_label(draft, child.head)):
                    leftover.extend(child.raw if isinstance(child, Item) else [child])
        elif after_impact and not key and summary.impact is not None and draft.other_template:
            # "- Impact: checkout down" then "- About 40% of orders failed": the bullet goes on with the impact.
            summary.impact = f"{summary.impact}\n{entry.text}"
            impact_item = True
        elif not entry.body and summary_metadata_label(draft, key, value):
            pass  # "- **Authors:** Fatima Haddad, Wojciech Nowak" in a TL;DR: the header's field
        elif not _labelled_text(summary, entry, key, value, _SUMMARY_LABELS):
            if names_a_time(key) and not entry.body:
                # "- **Nap-Time:** 08:10 to 09:55 UTC": the window, the line kept as written
                read_window_label(draft, entry.head)
            leftover.extend(entry.raw)
        else:
            impact_item = _SUMMARY_LABELS.get(key) == "impact"
    draft.keep(section, leftover + held)


_SENTENCE_CLOSED = re.compile(r"[.!?:][\"'”)]?\s*$")


def _plain_summary_label(summary: object, line: str, key: str, value: str) -> bool:
    """A plain "Root cause: …" or "Impact: …" line among a summary's lines into its field, if still empty."""
    name = _SUMMARY_LABELS.get(key)
    if name is None or not value or getattr(summary, name) is not None or not is_short_label(line.strip()):
        return False
    setattr(summary, name, unescape_block(value))
    return True


def _names_an_end(line: str) -> bool:
    """Whether a line is labelled as the start or the end of the incident ("Start: 08:00 UTC")."""
    return (split_label(line.strip()) or ("", ""))[0] in START_LABELS + END_LABELS


_SUMMARY_LABELS = {"impact": "impact", "root cause": "root_cause", "cause": "root_cause", "root causes": "root_cause"}
# "User impact: …", "Customer impact: …": the impact, said of whom it fell on (the SRE book's summary fields);
# "The impact: …", "The root cause: …": the same labels, their article written.
_SUMMARY_LABELS |= dict.fromkeys(("user impact", "customer impact", "business impact", "impact on users"), "impact")
_SUMMARY_LABELS |= {"the impact": "impact", "the root cause": "root_cause", "the cause": "root_cause"}
_ROOT_CAUSE_LABELS = {
    "cause": "cause",
    "root cause": "cause",
    "root causes": "cause",
    # "**Cause of the issue:** …" beside "**Resolution:** …": the cause, in the words of the thing that broke.
    **dict.fromkeys(
        ("the cause", *(f"{lead} of the {thing}" for lead in ("cause", "root cause") for thing in _CAUSED)), "cause"
    ),
    "resolution": "resolution",
    "fix": "resolution",
    "remediation": "resolution",
}
# "**Cause racine :**", "**Résolution :**", "Ursache:": the same labels in the other languages' words.
_SUMMARY_LABELS |= dict.fromkeys(OTHER_LANGUAGES["cause"], "root_cause")
_SUMMARY_LABELS |= dict.fromkeys(OTHER_LANGUAGES["impact"], "impact")  # "**Impacto:** la página …"
_CAUSE_LABELS = frozenset(label for label, field in _SUMMARY_LABELS.items() if field == "root_cause")
_ROOT_CAUSE_LABELS |= dict.fromkeys(OTHER_LANGUAGES["cause"], "cause")
_ROOT_CAUSE_LABELS |= dict.fromkeys(OTHER_LANGUAGES["resolution"], "resolution")
# "### Ursache" then "### Behebung" under "## Ursache und Behebung": the sub-headings, in the same words.
_ROOT_CAUSE_SUBHEADINGS |= {k: _ROOT_CAUSE_LABELS[k] for k in OTHER_LANGUAGES["cause"] + OTHER_LANGUAGES["resolution"]}
_ROOT_CAUSE_LABELS = with_qualified_labels(_ROOT_CAUSE_LABELS)  # "**Resolution Detail:**", "Root Cause Explanation:"


def _with_subheadings(section: Section, part: object, names: dict[str, str]) -> list[Item | str]:
    """The section's entries; text under known sub-headings ("### Impact") fills ``part`` on the way."""
    entries, texts = under_subheadings(parse_items(section.lines), names)
    for name, text in texts.items():
        setattr(part, name, text)
    return entries


def _labelled_text(part: object, entry: Item, key: str, value: str, labels: dict[str, str]) -> bool:
    """A "**Impact:**" bullet (with its nested text) into the field its label names, if still unread."""
    name = labels.get(key)
    if name is None or getattr(part, name) is not None:
        return False
    setattr(part, name, group_text(entry, value))
    return True


def reads_as_summary(section: Section, *, other_template: bool = False) -> bool:
    """Whether any of ``section`` fills an Issue Summary field (duration, impact, root cause)."""
    scratch = Draft()
    scratch.other_template = other_template
    read_summary(scratch, section)
    return any(value is not None for value in vars(scratch.summary).values())


def read_root_cause(draft: Draft, section: Section) -> None:
    part = draft.root_cause
    leftover: list[str] = []
    if draft.other_template:
        section.lines = spaced_labels(section.lines, _ROOT_CAUSE_LABELS)  # "Resolution:The fix was …"
    entries = _with_subheadings(section, part, _ROOT_CAUSE_SUBHEADINGS)
    if draft.other_template:
        # "**Resolution:** text" as a paragraph
        entries = labelled_paragraphs(entries, lambda key, _head: key in _ROOT_CAUSE_LABELS, unspaced=True)
    for entry in entries:
        if isinstance(entry, str):
            leftover.append(entry)
        elif not _labelled_text(part, entry, *(split_label(entry.head) or ("", "")), _ROOT_CAUSE_LABELS):
            leftover.extend(entry.raw)
    if part.cause is None and part.resolution is None and any(line.strip() for line in leftover):
        # Written as prose, not as labelled bullets: the cause, then (from "The fix was…") the resolution.
        part.cause, part.resolution = split_cause_and_resolution(unescape_block(body_text(leftover)))
    elif part.cause is None and draft.other_template and any(line.strip() for line in leftover):
        part.cause = unescape_block(body_text(leftover))  # the prose beside a "**Resolution:** …" paragraph
    else:
        draft.keep(section, leftover)


def summary_from_sentences(draft: Draft, section: Section) -> None:
    """Impact and root cause from an Issue Summary written as prose, when nothing else gave them.

    The paragraph itself stays where it was read (the introduction, or kept as
    written); the fields get copies of the sentences that tell the impact and
    the cause, as a reader filling in the form would copy them.
    """
    summary = draft.summary
    # "## Impact" over a table of counts alone: the summary's sentence telling the impact goes over it.
    figures = summary.impact is not None and is_a_table(summary.impact)
    if summary.impact is not None and summary.root_cause is not None and not figures:
        return
    # "Impact: about 31% of checkouts failed …" written as a paragraph of its own says what the impact is:
    # a labelled part wins over a sentence guessed from the others.
    entries = labelled_paragraphs(parse_items(section.lines), lambda key, _head: key in _SUMMARY_LABELS, unspaced=True)
    for entry in entries:
        if isinstance(entry, Item) and (label := split_label(entry.head)) and label[1]:
            _labelled_text(summary, entry, label[0], label[1], _SUMMARY_LABELS)
    # Its paragraphs, and its bullets' sentences (an outline writes its summary as a bullet).
    # Not the lines of its code blocks: an error message pasted there tells neither the cause nor the impact.
    flags = outside_fences(section.lines)
    written = (
        section.lines if all(flags) else [line if out else "" for line, out in zip(section.lines, flags, strict=True)]
    )
    # Nor a byline under the title ("12 May, 2024 · by Ada Klein"): it names the writers, not what happened.
    prose = [line for line in prose_lines(parse_items(written)) if byline_names(line) is None]
    text = " ".join(line.strip() for line in prose if line.strip())[:LONGEST_SUMMARY]
    sentences = [sentence for sentence in sentences_of(text) if sentence and not COURTESY.match(sentence)]
    # "… killed the nodes because of two reasons. The faulty nodes weren't removed yet …": the reasons told.
    # "The root cause of this failure was …" said outright wins over a sentence that only says "due to".
    cause = announced_reasons(sentences) or cause_said_outright(sentences)
    if cause is None:
        cause = next((sentence for sentence in sentences if names_a_cause(sentence)), None)
    if cause is None:
        # "One of the inputs to the tool was entered incorrectly, and …": told as a slip, it is the cause.
        cause = next((sentence for sentence in sentences if A_SLIP.search(sentence[:2000])), None)
    if cause is None:
        cause = cause_pointed_back_at(sentences)  # "The certificates expired. This caused failed sign-ins."
    if cause is None:
        # "Together they found that the tokens had expired, because the rotation job …": a finding and its reason.
        cause = next((sentence for sentence in sentences if tells_a_found_cause(sentence)), None)
    if cause is None:
        # "One node had run out of memory which broke the proxy.": what set it off, told with what it did.
        cause = chain_cause(sentences, written)  # ("This starved the pods …": the sentences before it)
    if cause is None:
        # "A bug in the quota object was preventing the hub from creating pods.": the defect, told by what it did.
        cause = next((sentence for sentence in sentences if names_a_defect_doing_harm(sentence)), None)
    if cause is None:
        # "The outage began at 09:10, when the key was revoked …": what set it off, told with its start.
        cause = next((sentence for sentence in sentences if tells_what_started_it(sentence)), None)
    impact = [
        sentence
        for sentence in sentences
        if (sentence is not cause or counts_who_was_hit(sentence))
        and IMPACT_SENTENCE.search(sentence)
        and not CHANGE_MADE.match(sentence)
    ]
    if cause is not None and summary.root_cause is None:
        summary.root_cause = unescape_block(without_label(cause))
    if impact and (summary.impact is None or figures):
        told = unescape_block(" ".join(without_label(sentence) for sentence in impact))
        summary.impact = f"{told}\n\n{summary.impact}" if figures else told
