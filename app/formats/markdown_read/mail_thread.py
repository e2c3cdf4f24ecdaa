"""A post-mortem sent to a mailing list and replied to: the quoted report is the post-mortem.

A thread saved as text shows the latest mail on top ("Replying to my own mail below with the final
version"), the report further down quoted with "> " under "On Fri, 3 Apr 2026, Rafael <r@x> wrote:",
deeper replies quoted again ("> >"), later replies ("Wiebke wrote:" over "> Looks good"), and a
signature under "-- ". A careful reader reads the quoted report as the post-mortem, its headings and
timeline and action items, not as one long quotation; the rest of the thread is the discussion around
it, kept as written in a section of its own at the end. Where a reply clearly updates the report ("item 4
is done as of 6 April", "consider this the final write-up") the reader takes that into account:
``ThreadUpdates`` holds what the replies say, applied once the measures are read.

Only a quoted block that reads as a report counts (section names or a run of times on several of its
lines), and only when it says more than the unquoted text around it: a mailbox whose first mail is the
report and whose replies are quoted under it is read as it is.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence

from app.formats.markdown_read.draft import TaskDraft
from app.formats.markdown_read.names import section_key
from app.model import Status, TaskStatus

# "On Fri, 3 Apr 2026 at 18:02, Rafael Dominguez <r@x> wrote:", "Wiebke Janssen wrote:", "Le … a écrit :".
_ATTRIBUTION = re.compile(r"[^\n]{0,300}\b(?:wrote|writes|a[ \t]+écrit|schrieb|scrisse|escribió)[ \t]*:[ \t]*", re.I)
# A mail program's attribution: "On Fri, 3 Apr 2026 at 18:02, …", "Rafael <r@example.org> wrote:".
_MAIL_ATTRIBUTION = re.compile(r"^[ \t]*(?:on|am|le|el|il)[ \t]|@|\d", re.IGNORECASE)
_QUOTED = re.compile(r"[ \t]{0,3}>")
_ONE_LEVEL = re.compile(r"[ \t]{0,3}> ?")
# A line of the report's own: a heading ("== What broke ==", "## Timeline", "Timeline (UTC):") or a time
# opening a timeline's line ("  15:40  last good sync", "- 09:20 UTC …").
_HEADING_MARKS = re.compile(r"[ \t]*(?:#{1,6}[ \t]+|={1,6}[ \t]*)?(?P<name>[^=#\n]{2,80}?)[ \t]*(?:={1,6}|:)?[ \t]*")
_TIME_OPENING = re.compile(r"[ \t]*(?:[-*+][ \t]+)?(?:\*\*)?\d{1,2}:\d{2}\b")
_LEAST_REPORT_LINES = 8
_LEAST_SIGNS = 3
_LONGEST_COMMENT = 12  # lines of a reply's comment between two quoted parts of the report
_MOST_LINES = 20_000
THREAD_HEADING = "Replies in the thread"


ThreadUpdates = tuple[bool, frozenset[int]]
"""What the thread's replies say of the report: that it is final, and the numbers of the items now done."""


def quoted_report(lines: list[str], flags: Sequence[int]) -> tuple[list[str], ThreadUpdates | None]:
    """``lines`` with the quoted report first (unquoted) and the rest of the thread after it, as written,
    under a heading of its own; and what the replies update. Unchanged (and ``None``) without one."""
    if len(lines) > _MOST_LINES:
        return lines, None
    runs = _quoted_runs(lines, flags)
    best: tuple[int, list[int]] | None = None  # (signs, the report's lines)
    for group in _quoted_mails(lines, runs):
        signs = _report_signs(_ONE_LEVEL.sub("", lines[index], count=1) for index in group)
        if len(group) >= _LEAST_REPORT_LINES and signs >= _LEAST_SIGNS and (best is None or signs > best[0]):
            best = (signs, group)
    if best is None:
        return lines, None
    signs, group = best
    head_end = _headers_end(lines)
    if not head_end and not _MAIL_ATTRIBUTION.search(_line_above(lines, group[0])):
        return lines, None  # "The vendor wrote:" over a quote, in a report that is no mail
    inside = {index for run_start, run_end in runs for index in range(run_start, run_end)}
    if _report_signs(line for index, line in enumerate(lines) if index not in inside) >= signs:
        return lines, None  # the unquoted text is the report; the quotes are replies to it
    unquoted = [_ONE_LEVEL.sub("", lines[index], count=1) for index in group]
    # A reply quoted inside the report's block ("> > On Fri, Jun wrote:") is the thread's, not the report's.
    tail = next((at for at, line in enumerate(unquoted) if _ATTRIBUTION.fullmatch(line.lstrip("> \t"))), None)
    kept = len(unquoted) if tail is None else tail
    while kept and not unquoted[kept - 1].strip():
        kept -= 1
    # The report's sign-off ("Rafael" under its action items) is the mail's, as the thread's own are.
    kept -= _sign_off(unquoted[:kept])
    report, taken = unquoted[:kept], set(group[:kept])
    replies = [line for index, line in enumerate(lines[head_end:], head_end) if index not in taken]
    reordered = [*lines[:head_end], *([""] if head_end else []), *report]
    if any(line.strip() for line in replies):
        reordered.extend(["", _heading_like(report, THREAD_HEADING), "", *replies])
    return reordered, _updates(replies)


def _quoted_mails(lines: list[str], runs: list[tuple[int, int]]) -> list[list[int]]:
    """The lines of each quoted mail: a run under a line saying who wrote it, with the runs after it that a
    reply cut with its comments in between ("> 08:50 …" / "That was 08:05." / "> 09:20 …")."""
    mails: list[list[int]] = []
    previous_end: int | None = None
    for start, end in runs:
        if _attributed(lines, start):
            mails.append(list(range(start, end)))
        elif mails and previous_end is not None and _inline_comment(lines[previous_end:start]):
            mails[-1].extend(range(start, end))
        else:
            previous_end = None
            continue
        previous_end = end
    return mails


def _inline_comment(between: list[str]) -> bool:
    """Whether the lines between two quoted runs are a reply's comment on the first: a few lines, no signature."""
    written = [line for line in between if line.strip()]
    return 0 < len(written) <= _LONGEST_COMMENT and not any(line.rstrip() in ("--", "-- ") for line in between)


# A name alone, or a valediction and a name ("Thanks,\nRafael", "Cheers, Jun", "-- Rafael").
_SIGNING_NAME = re.compile(r"(?:--?|—)?[ \t]*[A-Z][\w'’.-]{0,30}(?:[ \t]+[A-Z][\w'’.-]{0,30}){0,2}[ \t]*")
_VALEDICTION = re.compile(
    r"(?:thanks|thank[ \t]+you|cheers|best|regards|best[ \t]+regards|kind[ \t]+regards)[ \t]*[,.!]?"
    r"(?:[ \t]*[A-Z][\w'’.-]{0,30})?[ \t]*",
    re.IGNORECASE,
)


def _sign_off(report: list[str]) -> int:
    """How many lines at the end of ``report`` sign it: a name alone under a blank line, perhaps under
    a valediction; 0 for none."""
    if len(report) < 3 or not _SIGNING_NAME.fullmatch(report[-1]) or _VALEDICTION.fullmatch(report[-1].strip()):
        if len(report) >= 3 and _VALEDICTION.fullmatch(report[-1].strip()) and not report[-2].strip():
            return 1  # "Cheers, Jun"
        return 0
    if _VALEDICTION.fullmatch(report[-2].strip()) and len(report) >= 4 and not report[-3].strip():
        return 2
    return 1 if not report[-2].strip() else 0


def _heading_like(report: list[str], name: str) -> str:
    """A heading of ``name`` as the report writes its own: a wiki's "== name ==" among "== Timeline ==" lines
    (where "## name" would read as a numbered item), else Markdown's."""
    from app.formats.markdown_read.other_markups import wiki_heading

    level = next((found[0] for line in report if line[:1] == "=" and (found := wiki_heading(line))), None)
    return f"{'=' * level} {name} {'=' * level}" if level else f"## {name}"


def _quoted_runs(lines: list[str], flags: Sequence[int]) -> list[tuple[int, int]]:
    """Each run of consecutive quoted lines outside code, as (start, end)."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for index, (line, outside) in enumerate(zip(lines, flags, strict=True)):
        quoted = bool(outside) and _QUOTED.match(line) is not None
        if quoted and start is None:
            start = index
        elif not quoted and start is not None:
            runs.append((start, index))
            start = None
    if start is not None:
        runs.append((start, len(lines)))
    return runs


def _attributed(lines: list[str], start: int) -> bool:
    """Whether the line above the run (blank lines skipped, two at most) says who wrote it."""
    return _ATTRIBUTION.fullmatch(_line_above(lines, start).strip()) is not None


def _line_above(lines: list[str], start: int) -> str:
    """The written line above ``start`` (blank lines skipped, two at most), or ""."""
    above = start - 1
    while above >= 0 and start - above <= 3 and not lines[above].strip():
        above -= 1
    return lines[above] if above >= 0 else ""


def _report_signs(lines: Iterable[str]) -> int:
    """How many lines read as a report's: a section's name standing as a heading, or a time opening a line."""
    count = 0
    for line in itertools.islice(lines, _MOST_LINES):
        if _TIME_OPENING.match(line):
            count += 1
        elif line.strip() and len(line) <= 90 and (name := _HEADING_MARKS.fullmatch(line)) is not None:
            marked = line.lstrip()[:1] in ("#", "=") or line.rstrip().endswith(":")
            count += marked and section_key(name.group("name")) is not None
    return count


def _headers_end(lines: list[str]) -> int:
    """Where the mail headers at the top end (0 without them)."""
    from app.formats.markdown_read.mail import mail_headers

    headers = mail_headers(lines)
    return headers.lines.stop if headers is not None and headers.lines.start == _first_written(lines) else 0


def _first_written(lines: list[str]) -> int:
    return next((index for index, line in enumerate(lines) if line.strip()), 0)


# "Consider this the final write-up", "this is the final version", "final version below".
_FINAL = re.compile(
    r"\b(?:this[ \t]+is|consider[ \t]+this|here[ \t]+is|here's|below[ \t]+is|with)[ \t]+the[ \t]+final"
    r"[ \t]+(?:write-?up|version|report|post-?mortem|draft)\b",
    re.IGNORECASE,
)
# "item 4 is done", "#2 is now done", "action item 3 is complete", "task 1 done as of today".
_ITEM_DONE = re.compile(
    r"\b(?:action[ \t]+)?(?:item|task|ai|action)[ \t]*#?(?P<number>\d{1,2})[ \t]+(?:is[ \t]+|has[ \t]+been[ \t]+)?"
    r"(?:now[ \t]+|also[ \t]+)?(?:done|complete[d]?|finished|closed|deployed|shipped|fixed)\b",
    re.IGNORECASE,
)


def _updates(replies: list[str]) -> ThreadUpdates:
    """What the replies say of the report (their own words, not the text they quote)."""
    final, done = False, set()
    for line in itertools.islice(replies, _MOST_LINES):
        if _QUOTED.match(line):
            continue
        text = line[:2000]
        final = final or _FINAL.search(text) is not None
        done.update(int(found.group("number")) for found in itertools.islice(_ITEM_DONE.finditer(text), 20))
    return final, frozenset(done)


def apply_updates(updates: ThreadUpdates, status: Status | None, tasks: list[TaskDraft]) -> Status | None:
    """The status the replies leave (final, when one says so), with the numbered tasks they call done set done."""
    final, done = updates
    for number in done:
        if 1 <= number <= len(tasks):
            tasks[number - 1].status = TaskStatus.DONE
    return Status.FINAL if final else status
