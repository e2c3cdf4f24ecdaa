"""The incident's window as a timeline's entries tell it: the markers a document writes ("OUTAGE BEGINS",
"incident resolved"), the first entry describing impact, and the guessed kinds read again once the window is
known."""

from __future__ import annotations

import re
from datetime import datetime
from itertools import pairwise

from app.formats.markdown_read.draft import EventDraft
from app.formats.markdown_read.timeline import window_marks_russian_turkish as russian_turkish
from app.formats.markdown_read.timeline.first_check import first_check_as_detection
from app.formats.markdown_read.timeline.kind_overrides import NO_BETTER
from app.formats.markdown_read.timeline.kinds import guess_kind
from app.model import EventKind

# "<START OF OUTAGE>", "[start of impact]" mark the moment as well as "OUTAGE BEGINS" does; "the start of the
# incident review" names a meeting, not the moment.
_NOT_THE_MOMENT = r"(?![ \t-]*(?:review|call|bridge|report|channel|retro|post-?mortem|meeting|commander|response|doc))"
_OF_IT = rf"of (?:the )?(?:outage|incident|impact|user[- ]facing impact|customer impact)\b{_NOT_THE_MOMENT}"
ONSET = re.compile(
    r"outage begins|(?:incident|outage) (?:begins|began|starts|started)|impact (?:begins|began|starts|started)"
    rf"|(?:outage|incident|impact) start\b|\b(?:start|beginning|onset) {_OF_IT}|{russian_turkish.ONSET}"
    # "Problem starts: the queue stopped taking jobs", "Issues begin": an entry led by it names the moment; "we found
    # where the problem started" inside an entry tells of the search, so these words count only opening it.
    r"|^[ \t]*(?:the[ \t]+)?(?:problems?|issues?|trouble|errors?|failures?|disruption|degradation|downtime)[ \t]+"
    r"(?:start|starts|started|begin|begins|began)\b",
    re.IGNORECASE,
)
# The document's own end marker wins; failing that, the last entry that says the incident was over.
END_MARKER = re.compile(
    rf"(?:outage|incident|impact) (?:ends|ended|end|stops|stopped|stop|over)\b|\bend {_OF_IT}|{russian_turkish.END}",
    re.IGNORECASE,
)
# "OUTAGE MITIGATED" ends the incident only where no marker says it ended.
MITIGATED_MARKER = re.compile(r"(?:outage|incident|impact) mitigated", re.IGNORECASE)
RESOLVED = re.compile(
    r"\bresolved\b(?! to (?:the |an? |its |their )?(?:[\w-]+ )?(?:ip|address|host|record|cname|server|\d{1,3}\.))"
    r"|fully (?:restored|recovered|operational)|all[- ]clear|incident (?:closed|over)|\brestored\b"
    r"|\brecover(?:ed|s)\b|back (?:to|at|under|below) (?:normal|baseline|zero)"
    r"|(?:succeed(?:s|ed)?|correct|correctly|healthy|working|searchable|reachable|available|accepted|flowing|serving"
    r"|delivering|responding|created|produced|processed|processing) again"
    r"|\byanked\b|caught up|\bdrained\b(?![ \t]+(?:for|from|of|out)\b)|no more (?:errors|failures|duplicates)"
    r"|\b(?:errors|failures|duplicates|drops|crashes|timeouts) (?:stop|stopped|ceased)\b"
    r"|\bresumed\b|\b(?:is|are|was|were) back (?:in|on|online|up|for (?:everyone|all|every))\b"
    r"|\bclosing (?:this|the incident)\b"
    # "Things seem to return to normal", "the issue is closed": said of the service, and of the ticket that tracked it
    r"|\breturn(?:s|ed|ing)? to (?:normal|baseline)\b|\b(?:issue|ticket|incident) (?:is|was|has been|gets|got) closed\b"
    # "deployed, bringing the outage to an end", "the rollback ended the incident": what ended it, said so
    r"|\b(?:outage|incident|downtime|disruption) to an end\b"
    r"|\bend(?:ed|ing|s)? the (?:outage|incident|downtime|disruption)\b",
    re.IGNORECASE,
)


def settle_guessed_kinds(events: list[EventDraft], start: datetime | None, stated_end: datetime | None) -> None:
    """Guessed kinds read again against the incident's window, as a careful reader does once it is known.

    Before the incident began nothing was resolved: "the nightly job finishes and reports success" at 03:40,
    three hours before the dashboards went empty, is what happened before, a note. And when nothing within
    the window was read as its resolution, the entry at the end the document states is what ended it
    ("aggregates complete; dashboards show the day again"); an end worked out from the entries says nothing new.
    """
    if start is not None:
        # An entry after the timeline's own detection answers it, though the stated start comes later: the
        # prose's clock and the timeline's disagree ("between 09:30 and 10:20" over entries from 5:10 to 5:20),
        # and nothing is detected before the incident begins.
        detected = next((event.time for event in events if event.kind is EventKind.DETECTION), None)
        before = start if detected is None else min(start, detected)
        for event in events:
            if event.kind_guessed and event.kind in (EventKind.RESOLUTION, EventKind.ACTION) and event.time < before:
                event.kind = EventKind.NOTE  # "09:05 Deploy of v3.14", before the incident: what happened, no response
    _step_then_no_change(events)
    _first_symptom_as_detection(events)
    first_check_as_detection(events)
    _findings_after_the_detection(events)
    _fix_then_recovery(events, start, stated_end)
    if stated_end is None or any(
        event.kind is EventKind.RESOLUTION and (start is None or event.time >= start) for event in events
    ):
        return
    ending = (EventKind.NOTE, EventKind.ACTION)
    at_end = [event for event in events if event.time == stated_end and event.kind in ending]
    if at_end and at_end[-1].kind_guessed:
        at_end[-1].kind = EventKind.RESOLUTION


def told_resolutions_as_notes(events: list[EventDraft]) -> None:
    """ "Status page updated to resolved", "ticket marked resolved" after an entry that resolved the incident:
    telling the resolution, not it (the incident ended at the recovery, not at the announcement)."""
    recovered = False
    for event in events:
        if event.kind is EventKind.RESOLUTION:
            if recovered and event.kind_guessed and _TOLD_RESOLVED.search(event.text[:300]):
                event.kind = EventKind.NOTE
            recovered = True
        elif event.kind in _STILL_AT_WORK:
            # "Frontend back up", then fixes deployed and the status page set to monitoring, then "set to resolved":
            # the work went on after that recovery, so it was a part brought back; the announcement ends the incident.
            recovered = False


_STILL_AT_WORK = frozenset((EventKind.ACTION, EventKind.ESCALATION, EventKind.MISLEADING))


def _step_then_no_change(events: list[EventDraft]) -> None:
    """A step whose next entry only tells that nothing got better ("purging the CDN cache" then "purge done, no
    change in the 500s"; "Restarted the pods" then "No change.") was a wrong path, as that entry is; an entry
    with a step of its own ("restarts the proxy; no change") speaks of its own step. An entry opening on the
    step before ("That was a reasonable guess, and it was wrong: …", "It did not help") judges that step."""
    for step, after in pairwise(events):
        if not (step.kind_guessed and after.kind_guessed and step.kind is EventKind.ACTION):
            continue
        told = after.text[:400]
        if after.kind is EventKind.MISLEADING and (
            _BACK_TO_THE_STEP.match(told)
            or (NO_BETTER.search(told) and guess_kind(NO_BETTER.sub(" ", told)) is EventKind.NOTE)
        ):
            step.kind = EventKind.MISLEADING


# "That was a guess", "It did not help", "This wasn't it", "Which changed nothing": words about the step before.
_BACK_TO_THE_STEP = re.compile(
    r"^\W*(?:that|this|it|which)(?: step| move| rollback| restart| change)? (?:was|wasn['’]t|did|didn['’]t|changed"
    r"|made|had|helped|turned out|proved)\b",
    re.IGNORECASE,
)


# A person seeing something: the incident's detection when it is the first sign, a finding after it.
_SEEING = re.compile(r"\b(?:notices?|noticed|sees|saw|spot(?:s|ted)|observe[sd]?)\b", re.IGNORECASE)
_AFFECTED = re.compile(
    r"\b(?:customers?|users?|merchants?|clients?|players?|visitors?|shoppers?|readers?|subscribers?)\b", re.IGNORECASE
)
_TOLD = re.compile(r"\b(?:alert|alarm|pag(?:ed|es|ing)|pagerduty|opsgenie|monitor\w*)\b", re.IGNORECASE)


# "… nobody noticed during Sunday", "users complained in the group, but the messages were not read": the sign
# went unseen, so this is not when the incident became known (not "nobody noticed until Ana saw the alert").
_UNNOTICED = re.compile(
    r"(?:\b(?:nobody|no one|no-one) (?:noticed|saw|read|looked|checked|knew|realised|realized)"
    r"|\bwent (?:unnoticed|unseen|unread)|\b(?:was|were|went|remained|stayed) (?:still )?unnoticed"
    r"|\b(?:was|were|got)(?:n['’]t| not| never) (?:read|seen|noticed)"
    r"|\b(?:we|I|they|the team) (?:did not|didn['’]t|never) (?:notice|see|read)(?: them| it)?)\b"
    r"(?![^.;]{0,60}\b(?:until|till|before|when)\b)",
    re.IGNORECASE,
)


def _first_symptom_as_detection(events: list[EventDraft]) -> None:
    """ "12:00 550 errors for anyone sending mail", then the checks: a timeline opening on the symptom, with no alert
    or report right after it, opens on how the incident became known (not when an alert follows: then the
    symptom is the incident's course, and the alert its detection)."""
    if len(events) < 2 or any(event.kind is EventKind.DETECTION for event in events[:1]):
        return
    first, after = events[0], events[1]
    if (
        not first.kind_guessed
        or first.kind is not EventKind.NOTE
        or after.kind
        in (
            EventKind.DETECTION,
            EventKind.ESCALATION,
        )
    ):
        return
    text = first.text[:200]
    if _SYMPTOM.search(text) and not _COURSE.search(text) and not _UNNOTICED.search(first.text[:400]):
        first.kind = EventKind.DETECTION


# What the people affected meet: an error, by its code or its word (not the incident's course: "writes start
# failing", "disk reaches 100%", which an alert or a report then tells).
_SYMPTOM = re.compile(r"\b(?:[45]\d\d|errors?)\b(?![^.;]{0,40}\b(?:start|began|begin))", re.IGNORECASE)
_COURSE = re.compile(r"\b(?:starts?|started|begins?|began|reach(?:es|ed)|trigger)\b", re.IGNORECASE)


# The response set going in the same entry as the news: "acknowledged the alert and began initial investigation",
# "were alerted and begin investigating the logs".
_WORK_BEGUN = re.compile(
    r"\b(?:and|then|,)[ \t]+(?:immediately[ \t]+)?(?:began|begins|begin|started|starts|start|commenced|initiated)"
    r"[ \t]+(?:(?:an?|the|initial|their|his|her)[ \t]+){0,2}(?:investigat\w*|troubleshoot\w*|to[ \t]+investigate"
    r"|to[ \t]+troubleshoot|looking[ \t]+into|to[ \t]+look[ \t]+into|diagnos\w*)",
    re.IGNORECASE,
)
# Another party's own failure seen: "noticed that the CDN has an incident", "sees that the provider is down".
_OTHER_INCIDENT = re.compile(
    r"\b(?:has|had|is having|was having|declared|reports?|reported)[ \t]+(?:an?|its[ \t]+own|a[ \t]+new)[ \t]+"
    r"(?:[\w-]+[ \t]+)?(?:incident|outage)\b",
    re.IGNORECASE,
)


def _findings_after_the_detection(events: list[EventDraft]) -> None:
    """After the first detection, "Priya notices the pool has 20 connections", "Ananya runs `dig` and sees
    the old nameservers" are what the response found: actions (a later alert is still a detection). An escalation
    says as much: nobody is paged about an incident not yet known ("engineer paged by the help desk lead", then
    "Marcus sees no run of the export")."""
    known = (EventKind.DETECTION, EventKind.ESCALATION)
    for event in events:
        if event.kind_guessed and event.kind is EventKind.DETECTION and _UNNOTICED.search(event.text[:1000]):
            event.kind = guess_kind(event.text, besides=EventKind.DETECTION)  # see ``_UNNOTICED``
    first = next((index for index, event in enumerate(events) if event.kind in known), None)
    if first is None:
        return
    for event in events[first + 1 :]:
        if not event.kind_guessed or event.kind is not EventKind.DETECTION:
            continue
        if _WORK_BEGUN.search(event.text[:400]):
            # "On-call engineer received the alert and began investigating", once the incident is known: the
            # response starting, whatever alert it answers.
            event.kind = EventKind.ACTION
            continue
        if _TOLD.search(event.text[:400]) or _OTHER_INCIDENT.search(event.text[:400]):
            continue  # ("It is noticed that the storage provider has an incident": news of a second failure)
        if _AFFECTED.search(event.text[:60]):
            continue  # "Customers notice the checkout fails": the people affected telling, a detection still
        if _SEEING.search(event.text[:400]):
            event.kind = EventKind.ACTION


def _fix_then_recovery(events: list[EventDraft], start: datetime | None, stated_end: datetime | None) -> None:
    """ "Fixed the listen directive and restarted Nginx" then "Monitoring confirmed the site was back": the
    recovery is the resolution and the fix a deed; "Replay finished" after the stated end, once something
    within the window resolved it, is what followed."""
    resolutions = [event for event in events if event.kind is EventKind.RESOLUTION]
    # (Not a fix alone: "8:45 the typo was fixed" at the stated end, then "8:47 operating at 100% again": the
    # recovery told after it is the resolution, the fix its deed; see below.)
    if stated_end is not None and any(
        event.time <= stated_end and (start is None or event.time >= start) and not _only_a_fix(event)
        for event in resolutions
    ):
        for event in resolutions:
            # (Not the incident declared over: "Calling it resolved" is the resolution, whenever the impact ended.)
            # (Nor the service said whole: "Validator fully operational" after the window confirms its end.)
            if (
                event.kind_guessed
                and event.time > stated_end
                and not _CALLED_RESOLVED.search(event.text[:400])
                and not _WHOLE_AGAIN.search(event.text[:400])
            ):
                event.kind = EventKind.NOTE
    resolutions = [event for event in events if event.kind is EventKind.RESOLUTION]
    for event in resolutions[:-1]:
        if _only_a_fix(event):
            event.kind = EventKind.ACTION


def _only_a_fix(event: EventDraft) -> bool:
    """Only a fix said as done ("Fixed the typo", "was fixed and restarted") is the deed before a recovery: an entry
    that tells the recovery ("confirmed working", "OUTAGE ENDS", "traffic healthy") stays a resolution."""
    return (
        event.kind_guessed
        and _FIXED.search(event.text[:400]) is not None
        and guess_kind(_FIXED.sub(" ", event.text)) is not EventKind.RESOLUTION
        and guess_kind(event.text, besides=EventKind.RESOLUTION) is EventKind.ACTION
    )


# (Or the power put back: "powers the server back on", then "Server is live".)
_FIXED = re.compile(r"\bfix(?:ed|es)?\b|\bpower(?:s|ed)? (?:[\w-]+ ){0,3}?back on\b", re.IGNORECASE)
_WHOLE_AGAIN = re.compile(r"\bfully operational\b", re.IGNORECASE)
# "Calling it resolved", "declaring the incident over": the one in charge closing the incident.
_CALLED_RESOLVED = re.compile(
    r"\b(?:call(?:s|ed|ing)?|declar(?:e|es|ed|ing))[ \t]+(?:it|this|the[ \t]+incident)[ \t]+(?:as[ \t]+)?"
    r"(?:resolved|over|mitigated|closed)\b",
    re.IGNORECASE,
)
# The resolution told or recorded: a status page's, a ticket's or a channel's update.
_TOLD_RESOLVED = re.compile(
    r"\b(?:status ?page|status post|ticket|incident record|jira|channel)\b[^.;]{0,40}?"
    r"\b(?:updated|set|moved|changed|switched|marked|flipped|posted)\b[^.;]{0,20}?\b(?:to|as)\b[ \t]+(?:\W{0,2})"
    r"(?:resolved|closed|operational|all clear)\b"
    r"|\b(?:marked|set|posted|flipped)[ \t]+(?:as[ \t]+)?(?:\W{0,2})resolved\b[^.;]{0,20}?\bon the status ?page\b"
    # The formal close after the recovery: "The incident was formally closed", "officially declared resolved"
    r"|\b(?:formally|officially)[ \t]+(?:closed|declared[ \t]+(?:resolved|closed|over))\b",
    re.IGNORECASE,
)


# Words of an entry that describes impact beginning ("errors rose", "latency started to climb").
_IMPACT = re.compile(
    r"\b(?:errors?|5\d\d|latency|timeouts?|timing out|slow(?:ness|ed| down)?|fail(?:s|ed|ing|ures?)?\b|outage|down\b"
    r"|unavailable|unreachable|degraded|stalled|stuck|empty|broken|los(?:t|es?|ing)|dropp(?:ed|ing)|missing"
    r"|reject(?:s|ed|ing)|[45]\d\d\b|spik(?:e|es|ed|ing)|elevated|saturat|exhaust|overload|(?:rises|rising|climb)"
    r"|impact (?:begins|began|starts|started)|duplicat\w*|\blag\b|begins? to grow|\bexpired\b"
    r"|\bstop(?:s|ped)? (?:making progress|responding|working)|\bno progress\b|out of memory|\bcrash"
    r"|unschedulable|could not be scheduled|unresponsive|stopped answering"
    # "first truncated response served", "corrupted thumbnails", "stale positions": bad data served is impact.
    r"|truncat(?:ed|es|ing|ion)|corrupt(?:ed|s|ing|ion)?\b|malformed|garbled|stale\b"
    # An intruder in: "unauthorized access to the runners was gained", "the build host was compromised"
    r"|unauthori[sz]ed access|\bcompromised\b|\bbreach(?:ed)?\b|\bintrusion\b|\bexfiltrat"
    # "Launch success metric reaches 0%": what should succeed no longer does.
    r"|\b(?:success|availability|uptime)\b[^.\n]{0,40}?\b(?:reach(?:es|ed)?|drops?|dropped|f[ae]ll|falls|goes|went|hits?)"
    r"(?:[ \t]+to)?[ \t]+0[ \t]?%)",
    re.IGNORECASE,
)


def first_onset(events: list[EventDraft]) -> datetime | None:
    """The earlier of the first entry describing impact and the first detection (or escalation, which only a known
    incident gets: "engineer paged by the help desk lead"): the incident is at least that old."""
    kinds = (EventKind.NOTE, EventKind.DETECTION, EventKind.ACTION)
    impact = next((event.time for event in events if event.kind in kinds and _IMPACT.search(event.text[:300])), None)
    known = (EventKind.DETECTION, EventKind.ESCALATION)
    detection = next((event.time for event in events if event.kind in known), None)
    found = [moment for moment in (impact, detection) if moment is not None]
    return min(found) if found else None
