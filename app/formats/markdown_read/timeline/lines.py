"""Recognisers of timeline lines: kind groups, time-led entries and bullets, chat messages, status updates.

(Day and zone statements have their own recogniser: ``day_zone_lines``.)

Each recogniser looks at ``entries[index]`` (a list item or a loose line) and
either reads it, returning the index after what it used, or declines with
``None``. They share the ``TimelineContext``; none of them drops a word: a
line that none of them reads goes to the section's leftovers.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from app.formats.markdown_read.status_words import STATUS_KINDS
from app.formats.markdown_read.tables import is_table_line
from app.formats.markdown_read.timeline.bare_steps import add_steps, entries_apart, is_plain, steps_of
from app.formats.markdown_read.timeline.blank_clocks import blank_clock
from app.formats.markdown_read.timeline.context import Lead, TimelineContext
from app.formats.markdown_read.timeline.group_steps import grouped_step_kind
from app.formats.markdown_read.timeline.kinds import kind_named, kind_of_title
from app.formats.markdown_read.timeline.labelled_moments import labelled_moment
from app.formats.markdown_read.timeline.time_words import word_moved_to_next
from app.formats.markdown_read.tokens import BULLET, Item, heading_of, parse_items, split_label
from app.formats.markdown_syntax import fence_closer
from app.model import EventKind

Entries = list[Item | str]


def _continues(ctx: TimelineContext, entries: Entries, index: int) -> bool:
    """Whether ``entries[index]`` is more of the paragraph above (not a new entry, heading or table)."""
    if index >= len(entries):
        return False
    following = entries[index]
    if not isinstance(following, str) or not following.strip() or heading_of(following):
        return False
    # A code fence's mark ends the paragraph: a timeline written in a ``` block ends with its last entry.
    return not (is_table_line(following) or fence_closer(following.strip()) or ctx.peek_time(following.strip()))


# Links in a bullet: "[Status page](https://...)", "<https://...>", a bare address. Negated classes only:
# no pattern here can split one run of text two ways.
_MARKDOWN_LINK = re.compile(r"\[[^\]\n]*\]\([^)\n]*\)")
_ADDRESS = re.compile(r"<https?://[^>\s]+>|https?://[^\s,;]+")


def links_only(text: str) -> bool:
    """Whether a bullet holds nothing but links ("- [Runbook](https://...)"): references, not an event."""
    rest = _ADDRESS.sub("", _MARKDOWN_LINK.sub("", text))
    return rest != text and not rest.strip(" \t,;")


def kind_heading(ctx: TimelineContext, entries: Entries, index: int) -> int | None:
    """``### Detection`` over a plain list of events names their kind."""
    entry = entries[index]
    heading = heading_of(entry) if isinstance(entry, str) else None
    kind = kind_named(heading[1]) if heading else None
    if kind is None:
        return None
    ctx.kind = kind
    return index + 1


def kind_group(ctx: TimelineContext, entries: Entries, index: int) -> int | None:
    """The reference's ``- **Detection:**`` group, its events nested under it.

    A time alone on a bullet is the time of the event on the next bullet (the
    reference writes "date alone, then text").
    """
    entry = entries[index]
    if not isinstance(entry, Item):
        return None
    key, value = split_label(entry.head) or ("", "")
    kind = kind_named(key) if key else None
    if kind is None:
        return None
    steps = steps_of([value, *entry.body]) if value and ctx.draft.other_template else None
    if steps is not None and all(is_plain(line) for line in entry.body):
        # "Misleading paths: we first blamed DNS." over bare lines, a step each: the label names its own line's
        # kind only; the steps below it are the timeline going on, each of its own kind.
        event_from_item(ctx, Item("-", value, [], []), kind)
        add_steps(ctx, steps[1:])
        return index + 1
    children: Entries = parse_items(entry.body)
    if value:
        children.insert(0, Item("-", value, [], []))
    pending = stamped = None
    first = len(ctx.draft.timeline)
    blank = ""  # "October 30, 2023, [Time of detection]": a time the writer left blank, the next bullet's
    leftover: list[str] = []
    for child in _paragraphs_as_items(children) if ctx.draft.other_template else children:
        if isinstance(child, str):
            if child.strip():
                leftover.append(child)
            continue
        if pending is not None:
            ctx.add(pending, child.text, kind)
            stamped, pending = pending, None
        elif blank:
            ctx.add(None, f"{blank}: {child.text}", kind)  # its words kept, and no made-up moment
            blank = ""
        elif child.head and not child.body and (moment := ctx.moment(child.head)) is not None:
            pending = moment
        elif ctx.draft.other_template and not child.body and (moment := labelled_moment(ctx, child.head)):
            pending = moment  # "- Time: May 4, 2022, 9:15 AM" over "- Detection Method: a dashboard …"
        elif ctx.draft.other_template and child.head and not child.body and blank_clock(ctx, child.head):
            blank = child.head.strip()
        else:
            added = len(ctx.draft.timeline)
            event_from_item(ctx, child, grouped_step_kind(child.text, kind))
            # "- Resolution:" over "- January 22, 2018, 17:30 PST", "- Found the typo", "- Fixed it": the time
            # alone heads every bullet of its group under it that states none of its own. (Not in the editor's
            # own layout, which writes each event's time with it: an untimed event there stays untimed.)
            heads_group = stamped is not None and ctx.draft.other_template
            for event in ctx.draft.timeline[added:] if heads_group else ():
                event.time = event.time or stamped
    label = entry.head.split(":", 1)[0].strip("*_ \t")
    if pending is not None:
        # "Issue detection: 06/05/2024, 3:00 PM" and no words after its time: the label tells what happened then
        ctx.add(pending, label, kind)
    if blank:
        ctx.add(None, f"{label}: {blank}", kind)
    for event in ctx.draft.timeline[first:] if ctx.draft.other_template else ():
        event.from_group = event.kind is kind  # see ``group_steps``
    ctx.leftover.extend(leftover)
    return index + 1


def _paragraphs_as_items(children: Entries) -> Entries:
    """A kind's group with paragraphs under it rather than bullets ("Actions Taken:" over a sentence or
    two, as a form's answers are written): each paragraph one event of that kind."""
    out: Entries = []
    lines: list[str] = []
    for child in [*children, ""]:
        if isinstance(child, str) and child.strip() and not heading_of(child):
            lines.append(child.strip())
            continue
        if lines and (steps := steps_of(lines)) is not None:
            out.extend(Item("-", step, [], [step]) for step in steps)  # bare lines, a step each
            lines = []
        elif lines:
            out.append(Item("-", lines[0], lines[1:], list(lines)))
            lines = []
        out.append(child)
    return out[:-1]


def event_from_item(ctx: TimelineContext, item: Item, kind=None) -> None:  # type: ignore[no-untyped-def]
    """A bullet as one event: a time in front is its time, nested lines are part of its text."""
    moment, text, has_clock = None, item.text, True
    if item.head and (found := ctx.leading(item.head) or _said_lead(ctx, item.head)) is not None:
        moment, first, has_clock = found
        first = _capitalised(first, item.head)
        body, later = _own_entries(ctx, item.body)
        text = "\n".join([first, *body]).strip("\n")
        if later:
            _add_with_later_entries(ctx, (moment, text, has_clock), later, kind)
            return
    elif (kind or ctx.kind) is not None and item.head and (found := ctx.inside(item.head)) is not None:
        # "- **Detection:** The issue was detected at 3:00 PM EST when…"; "### Resolution" over "- … by 4:45 PM"
        moment = found.moment
    ctx.add(moment, text, kind, has_clock=has_clock)


def _said_lead(ctx: TimelineContext, head: str) -> Lead | None:
    """A time said in words at a bullet's front ("- Around half past two the first clerk …"), in another
    tool's layout: the first such hour after the entry above, or after a little before the stated window."""
    if not ctx.draft.other_template or ctx.day is None:
        return None
    from app.formats.markdown_read.timeline.said_leads import said_lead  # a timeline with a bullet not led by digits

    def lead_of(text: str) -> Lead | None:
        start = ctx.draft.summary.start
        previous = ctx.last_time or (start - timedelta(hours=3) if start is not None and start.year > 1 else None)
        found = said_lead(text, ctx.day, ctx.zone, previous)
        if found is None:
            return None
        ctx.passed(found[0])  # the entries below count on from it, as from "14:05"
        # A said time that does not label its entry keeps its sentence whole, the words naming its day too.
        return Lead(found[0], head.strip() if found[1] == text.strip() else found[1], True)

    return ctx.on_named_day(head, lead_of)  # "The next morning, around half past nine, …"


def _capitalised(text: str, written: str, *, opened_by_a_word: bool = False) -> str:
    """``text`` cut from the front of ``written`` after its time, starting with a capital when the entry did:
    "At 3:45 PM the team…" is now the sentence "The team…". With ``opened_by_a_word``, only when a word
    opened the sentence (a paragraph's "At 02:40 UTC the …"; not "May 1, 2024 at 14:03 UTC: deploy …", a date
    over the writer's own lower case)."""
    if not text[:1].islower():
        return text
    opened = _SENTENCE_OPENER.match(written) if opened_by_a_word else written.lstrip()[:1].isupper()
    return text[0].upper() + text[1:] if opened else text


# The words that open a sentence before its time: "At 02:40 UTC the …", "By 03:15 she …", "Around 04:58, …".
_SENTENCE_OPENER = re.compile(
    r"[ \t]*[*_]{0,2}(?:At|By|Around|About|Approximately|Roughly|Shortly|Just|Sometime|Some[ \t]+time)\b"
)


def _own_entries(ctx: TimelineContext, body: list[str]) -> tuple[list[str], list[list[str]]]:
    """A bullet's lines up to the first plain line led by a time, and the entries from there on, each a line led
    by a time and those after it: "- 15:04 x" then "  15:06 y" unbulleted, as a list copied with one bullet
    lost, is two entries, not one (the second merely continues the first as Markdown reads it)."""
    if not ctx.draft.other_template or not body:
        return body, []
    own: list[str] = []
    later: list[list[str]] = []
    for line in body:
        stripped = line.strip()
        if stripped and not BULLET.match(stripped) and ctx.peek_time(stripped):
            later.append([line])
        elif later:
            later[-1].append(line)
        else:
            own.append(line)
    return own, later


def _add_with_later_entries(
    ctx: TimelineContext,
    first: tuple[datetime | None, str, bool],
    later: list[list[str]],
    kind: EventKind | None,
) -> None:
    """The bullet's own event, then each later entry its lines hold; a line that reads as no time after all
    stays part of the event above it."""
    events: list[tuple[datetime | None, str, bool]] = [first]
    for lines in later:
        lead = ctx.leading(lines[0].strip())
        if lead is None:
            moment, text, has_clock = events[-1]
            events[-1] = (moment, "\n".join([text, *(line.strip() for line in lines)]), has_clock)
        else:
            text = "\n".join([lead.text, *(line.strip() for line in lines[1:])]).strip("\n")
            events.append((lead.moment, text, lead.has_time))
    for moment, text, has_clock in events:
        ctx.add(moment, text, kind, has_clock=has_clock)


def bullet_event(ctx: TimelineContext, entries: Entries, index: int) -> int | None:
    """Any other bullet: an event, timed when it starts with a time; a bullet of links only is not one.

    A bullet that is only a date, over bullets of their own ("- **May 2**" then
    "  - 14:03 ..."), gives its day to the entries nested under it.
    """
    entry = entries[index]
    if not isinstance(entry, Item):
        return None
    if not entry.body and links_only(entry.head):
        return None
    if entry.body and ctx.draft.other_template:
        lead = ctx.leading(entry.head) if entry.head else None
        nested = parse_items(entry.body)
        if lead is not None and not lead.has_time and not lead.text and any(isinstance(n, Item) for n in nested):
            ctx.set_day(lead.moment.date())
            ctx.read_nested(nested)
            return index + 1
    event_from_item(ctx, entry)
    return index + 1


def time_led_paragraph(ctx: TimelineContext, entries: Entries, index: int) -> int | None:
    """A loose line led by a time ("14:51 News reports...", "**15:00 UTC:** ..."), with its continuation lines."""
    entry = entries[index]
    if not isinstance(entry, str) or not entry.strip() or heading_of(entry) or is_table_line(entry):
        return None
    found = ctx.leading(entry.strip())
    if found is None:
        return None
    moment, text, has_clock = found
    text = _capitalised(text, entry, opened_by_a_word=True)
    end = index + 1
    typed = _ENTRY_TYPE.fullmatch(text) if text else None
    if typed is not None and _continues(ctx, entries, end):
        # "**08:14:00 UTC** · Alert" over its text, as incident tools export an entry: the type names its kind.
        word = typed.group("type")
        kind = STATUS_KINDS.get(word.lower()) or kind_of_title(word)
        lines = [f"{word}: {str(entries[end]).strip()}"]
        end += 1
        while _continues(ctx, entries, end):
            lines.append(str(entries[end]).strip())
            end += 1
        ctx.add(moment, "\n".join(lines), kind, has_clock=has_clock)
        return end
    lines = [text] if text else []
    if not text:
        # "**14:03 UTC**" alone: the paragraph after it (past one blank line) is its text.
        if end < len(entries) and isinstance(entries[end], str) and not entries[end].strip():
            end += 1
        if not _continues(ctx, entries, end):
            return None
    while _continues(ctx, entries, end):
        line = str(entries[end]).strip()
        if not lines and line.startswith(": "):
            line = line[2:]  # "14:03" then ": text": a definition list's term and its definition
        lines.append(line)
        end += 1
    following = entries[end] if end < len(entries) else None
    if ctx.draft.other_template and isinstance(following, str) and ctx.peek_time(following.strip()):
        entries[end] = word_moved_to_next(lines, following)  # "… program. Around" over "10:00, we …"
    steps = steps_of(lines) if ctx.draft.other_template else None
    if steps is not None and not entries_apart(entries, index, end):
        # "10:00 The alert fired." over "Investigation began at once.": bare lines, a step each.
        ctx.add(moment, steps[0], has_clock=has_clock)
        add_steps(ctx, steps[1:])
        return end
    ctx.add(moment, "\n".join(lines), has_clock=has_clock)
    return end


# The type an incident tool gives an entry, after its time: "**08:14:00 UTC** · Alert", "10:02 | Mitigated".
_ENTRY_TYPE = re.compile(r"[·•|][ \t]*(?P<type>[A-Z][A-Za-z]{2,15}(?:[ \t][A-Za-z]{2,15})?)[ \t]*")


# A chat message copied from Teams or Slack's app: the sender (a name, or a handle: "ines.duarte") and the time
# on a line ("Rui Costa 9:02 AM"),
# the message on the line(s) below. Matched on short lines only: the spaces between the parts can split two ways.
_CHAT_HEADER = re.compile(
    r"[ \t]*(?P<name>@?[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}|@?[a-z][\w.-]{1,40})[ \t]*[,·|]?[ \t]+"
    r"(?P<time>\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?)[ \t]*"
)
_SHORT_LINE = 120
"""Longer lines are never a chat message's header: its pattern stays cheap."""


def chat_message(ctx: TimelineContext, entries: Entries, index: int) -> int | None:
    """A chat message: "Rui Costa 9:02 AM" over "Anyone else seeing the VPN drop?", as "Rui Costa: Anyone …"."""
    entry = entries[index]
    if not isinstance(entry, str) or len(entry) > _SHORT_LINE:
        return None
    header = _CHAT_HEADER.fullmatch(entry)
    if header is None or not _continues(ctx, entries, index + 1):
        return None
    moment = ctx.moment(header.group("time"))
    if moment is None:
        return None
    end = index + 1
    lines = []
    while _continues(ctx, entries, end) and not _CHAT_HEADER.fullmatch(str(entries[end])[: _SHORT_LINE + 1]):
        lines.append(str(entries[end]).strip())
        end += 1
    # "resolved 15:02" over its text: a status page's update copied without markup, not a person's message.
    status = STATUS_KINDS.get(header.group("name")) if header.group("name").islower() else None
    ctx.add(moment, f"{header.group('name')}: " + "\n".join(lines), status)
    return end


# A status page's update headed by its status and time: "**Resolved** — 10 Oct 2023, 18:02 UTC".
_STATUS_HEADER = re.compile(r"[ \t]*[*_]{0,2}(?P<word>[A-Za-z]{4,13})[*_]{0,2}[ \t]*[-–—:|][ \t]*(?P<when>\S.{4,80})")


def status_update(ctx: TimelineContext, entries: Entries, index: int) -> int | None:
    """An update headed "**Resolved** — 10 Oct 2023, 18:02 UTC", its text on the line(s) after it."""
    entry = entries[index]
    if not isinstance(entry, str) or len(entry) > 120:
        return None
    header = _STATUS_HEADER.fullmatch(entry)
    kind = STATUS_KINDS.get(header.group("word").lower()) if header else None
    if header is None or kind is None:
        return None
    moment = ctx.moment(header.group("when").strip().strip("*_"))
    if moment is None:
        return None
    end = index + 1
    if end < len(entries) and isinstance(entries[end], str) and not entries[end].strip():
        end += 1  # the text is the paragraph after the header
    lines = []
    while _continues(ctx, entries, end):
        lines.append(str(entries[end]).strip())
        end += 1
    if not lines:
        return None
    # The status word stays with its text: "Identified" says more than the kind it is read as.
    ctx.add(moment, f"{header.group('word')}: " + "\n".join(lines), kind)
    return end
