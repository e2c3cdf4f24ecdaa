"""Sentences whose kind a reader knows before any single word in them counts (``kinds.guess_kind`` asks
these first): the word tables below would be misled by a word inside them.

"escalated to the platform team for resolution" is an escalation, though it says "resolution"; "Misleading
lead: we looked at DNS" run into a line is a wrong turn, whatever was fixed before it; "Problem noticed while
fixing an unrelated bug" is the detection, not a wrong turn; "reported the account to the host's abuse desk"
is a deed, not someone telling us. Every pattern is bounded: none can split one run of text two ways.
"""

from __future__ import annotations

import re

from app.formats.markdown_read.timeline.kind_firsts_sure import MACHINE_TELLS, SURE
from app.formats.markdown_read.timeline.kind_verdicts import VERDICTS
from app.formats.markdown_read.word_gate import Folded, WordGate
from app.model import EventKind

_SUBJECT = r"(?:the |our |a |an |this |that )?"
_FIRSTS: tuple[tuple[EventKind, str], ...] = (
    # A wrong turn named in a run-in label inside the line: "… fixed, but still down. Misleading path: focused on …"
    (EventKind.MISLEADING, r"\b(?:misleading (?:paths?|leads?|trails?)|red herrings?|dead ends?|wrong turns?)[ \t]*:"),
    # The writer's own label for a step, whatever recovery its words tell: "Corrective action taken: the pool size
    # is put back and the API slowly comes online" (the writer's "Full resolution:" entry comes after it)
    (
        EventKind.ACTION,
        r"^\W*(?:corrective|remedial|remediation|mitigating|mitigation) actions?(?: (?:taken|applied|performed))?"
        r"[ \t]*(?:\*\*|__)?[ \t]*:",
    ),
    # Handed to another team to fix: "escalated to the SRE team for further investigation and resolution"
    (
        EventKind.ESCALATION,
        r"\bescalated (?:it )?to " + _SUBJECT + r"(?:[\w/&'-]+ ){0,5}?(?:for|to help with|to assist with) "
        r"(?:(?:further|more|a|an|the|deeper|immediate) )?(?:investigation|analysis|resolution|remediation|review"
        r"|help|assistance|support|fixing|triage|debugging)\b",
    ),
    # Found while doing something else: "Issue discovered while debugging an unrelated login problem" (after the
    # day the entry may open on: "03/11 - the issue was detected by curling the server")
    (
        EventKind.DETECTION,
        r"^\W*(?:\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?[ \t]*[-–—:,][ \t]*)?"
        + _SUBJECT
        + r"(?:issue|problem|incident|outage|bug|failure|error)s? (?:was |were |is |got )?"
        r"(?:first )?"
        r"(?:detected|discovered|noticed|spotted|found|caught)\b",
    ),
    # The trouble already known, checked by hand: "An engineer confirmed the issue by opening the site and getting a
    # 500", "Issue confirmed to affect production only" (a step of the response, whatever it met)
    (
        EventKind.ACTION,
        r"\bconfirm(?:s|ed|ing) (?:the |this )?(?:issue|problem|outage|error|bug|report)s?"
        r" (?:by|with|using|through|via)\b"
        r"|^\W*(?:the )?(?:issue|problem|outage|bug|impact)s? (?:was |were |is )?confirmed (?:to|as)\b",
    ),
    # The symptom seen by hand: "sent a GET request to the server, receiving status code 500 Internal Server Error"
    (
        EventKind.DETECTION,
        r"\b(?:receiv|gett|return)(?:ing|ed|s)? (?:an? |the )?(?:http )?(?:status )?(?:code )?[`'\"]?5\d\d\b(?! ok\b)",
    ),
    # A guess owned up to as wrong: "The assumption was made that …", "we mistakenly chased …"
    (
        EventKind.MISLEADING,
        r"\b(?:the |an |our )?(?:initial |first )?assumption (?:was|had been) (?:made\b|that\b)"
        # "Initially, there were assumptions of a network issue"
        r"|\bassumptions (?:of|that|were)\b"
        r"|\b(?:mistakenly|wrongly|erroneously|incorrectly) (?:\w+ ){0,2}?(?:chased|assumed|believed|thought|suspected"
        r"|blamed|focused|looked|pursued|went|investigated|attributed|concluded)\b",
    ),
    # Someone reporting an abuser to a third party is a deed: "reported the GitHub user to GitHub support"
    (
        EventKind.ACTION,
        r"\breported " + _SUBJECT + r"(?:[\w-]+ ){0,2}?(?:user|account|attacker|actor|abuser|spammer|bot|repository"
        r"|repo|domain|address|ip|package)s? to\b",
    ),
    # The last step said as a state: "the website was updated and running efficiently", "services were restored to
    # normal operation", "the problem solved", "**Site restored**"
    (
        EventKind.RESOLUTION,
        r"\b(?:was|were|is|are|got) (?:\w+ ){0,2}?(?:updated|fixed|redeployed|patched|restarted) and (?:is |are |was "
        r"|were )?(?:now )?(?:running|working|functioning|operating|serving) (?:\w+ly|normally|fine|again|properly)\b"
        r"|\brestored to (?:normal|full|regular) (?:operations?|service|functionality|working order|state)\b"
        r"|^\W*" + _SUBJECT + r"(?:problem|issue|incident|outage|bug) (?:was |is |got |has been )?(?:finally )?"
        r"(?:solved|fixed|resolved)\W*$"
        # (also as someone tells it: "Provider reports service has been restored", "Vendor confirms the API is back up")
        r"|^\W*(?:(?:[\w-]+ ){0,2}?(?:reports?|reported|confirms?|confirmed|announces?|announced|says|said)"
        r"(?: that)? )?" + _SUBJECT + r"(?:site|website|service|services|app|application|api|system|platform|shop"
        r"|store) (?:(?:is|are|was|were|has been|have been)(?: fully| now)? |fully |now )?"
        r"(?:restored|recovered|back online|back up)\W*$",
    ),
    # Deeds said in a few words: "changed the setting from … to …", "replica on db2 promoted"
    (
        EventKind.ACTION,
        r"\bchang(?:ed|es|ing) " + _SUBJECT + r"(?:[\w-]+ ){0,3}?(?:setting|settings|config|configuration|option"
        r"|flag|parameter|value|policy|permissions?)\b"
        r"|\b(?:replica|standby|secondary|follower)\b[^.;\n]{0,60}?\bpromoted\b"
        r"|\bpromot(?:ed|es|ing) " + _SUBJECT + r"(?:[\w-]+ ){0,2}?(?:replica|standby|secondary|follower)\b",
    ),
)
# (Tried after the sentences above.)
_FIRSTS_MORE: tuple[tuple[EventKind, str], ...] = (
    # A path that found nothing, or a cause weighed: "focus shifted to the database, but everything looked normal",
    # "considering a bug in the latest update as the root cause", "a possible network issue was considered",
    # "initial suspicions pointed at the CDN"
    (
        EventKind.MISLEADING,
        r"\bbut (?:everything|all|it|things|nothing|they|that) (?:\w+ )?(?:looked|seemed|appeared|was|were"
        r"|came back|checked out) (?:completely |perfectly |entirely )?"
        r"(?:normal|fine|ok|okay|healthy|clean|unremarkable|as expected)\b"
        r"|\bconsider(?:s|ed|ing)? (?:an? |the )?(?:possible|potential|likely|suspected) (?:[\w-]+ ){0,3}?"
        r"(?:issues?|problems?|bugs?|faults?|causes?|culprits?|failures?|errors?|outages?|attacks?|leaks?)\b"
        r"|\bconsider(?:s|ed|ing)? (?:[\w-]+ ){1,8}?as (?:the |a |an )?(?:likely |possible |probable |potential )?"
        r"(?:root )?cause\b"
        r"|\b(?:possible|potential|suspected|hypothetical) (?:[\w-]+ ){0,3}?(?:was|were) (?:considered|suspected"
        r"|explored|examined)\b"
        r"|\b(?:suspicions?|suspects?|theories|hypothes[ie]s|guesses|assumptions?) (?:first |initially |all )?"
        r"(?:pointed|pointing|points|leaned|fell) (?:at|to|toward|towards|on)\b"
        # "Initial investigation suggested a traffic spike as a potential cause" (a hedge: a finding names no
        # "potential" cause)
        r"|\bsuggest(?:s|ed|ing)? (?:[\w-]+ ){1,8}?as (?:the |a |an )?(?:likely|possible|probable|potential) (?:root )?"
        r"cause\b"
        # "Initial investigations focused on a potential Nginx bug", "Initial investigation pointed to the database":
        # where the search went first, which the entries after it leave (not one that found it there)
        r"|\b(?:initial|first|early|original) (?:investigations?|focus|attention|suspicions?|troubleshooting)"
        r" (?:was |were )?(?:focused|focussed|centred|centered|concentrated|pointed|turned|went)"
        r" (?:on|to|toward|towards|at)\b"
        r"(?![^.;]{0,150}\b(?:confirm\w*|identified|found the|revealed the|pinpointed)\b)"
        # A sentence of its own owning up to the guess: "Engineers began investigating the logs. It was initially
        # suspected that the deploy was at fault" (the guess outweighs the investigation begun)
        r"|(?:^|[.;!][ \t]+)(?:it was|we|they|the team|engineers) (?:initially|first|originally)"
        r" (?:suspected|thought|believed|assumed)\b",
    ),
    # The people affected doing again what failed: "users can send out mails successfully", "customers were able to
    # log in again"
    (
        EventKind.RESOLUTION,
        r"\b(?:users?|customers?|clients?|everyone|people|visitors?|members?|staff|employees?) (?:can"
        r"|were able to|are able to|are now able to|can now) (?:now )?(?!not\b|no\b|never\b)[\w-]+ (?:[\w-]+ ){0,4}?"
        r"(?:successfully|again|normally|as usual)\b",
    ),
    # Someone telling a team: "notified both the frontend and backend teams" (the teams brought in)
    (
        EventKind.ESCALATION,
        # (and "Murphy alerted the engineers"; not a machine's "Monitoring alert notifies the SRE": the alert)
        r"^(?!\W*(?:[\w-]+ ){0,2}?(?:monitor\w*|alerts?|alerting|alarms?|pager\w*|opsgenie|bots?|automat\w*|scripts?"
        r"|checks?|probes?|system)\b)"
        r"\W*(?:[\w-]+ ){0,2}?(?:notif(?:y|ies|ied|yed|ying)|alerted|informed) (?:both |all |the |our ){0,3}"
        r"(?:[\w-]+ ){0,4}?(?:teams?|engineers?|on-?call|developers?|devs|dbas?|leads?|managers?|sre)\b",
    ),
    # Someone coming upon the trouble: "Betty found the issue while checking the server uptime" ("found the
    # issue with ps" is the cause found, and is not this).
    (
        EventKind.DETECTION,
        r"^\W*(?:[\w'-]+ ){1,2}?(?:first )?(?:found|noticed|spotted|discovered) "
        + _SUBJECT
        + r"(?:issue|problem|outage|error|bug)s?\b(?! with\b)",
    ),
    # The work beginning on a sign seen: "Investigation starts after noticing grafana looks weird" (the first sign,
    # whatever the work that follows)
    (
        EventKind.DETECTION,
        r"^\W*(?:the )?(?:investigation|investigating|triage|debugging|troubleshooting) (?:starts|started|begins|began"
        r"|kicks off|kicked off) (?:after|upon|on|when) (?:(?:we|someone|they|[\w'-]+) )?(?:noticing|noticed|notices"
        r"|seeing|saw|sees|spotting|spotted|spots)\b",
    ),
    # Telling someone above: "The engineer alerted their supervisor about the matter" (whatever that one then did)
    (
        EventKind.ESCALATION,
        r"^\W*(?:[\w'-]+ ){0,3}?(?:alerted|notified|informed|called|paged|contacted|escalated to) (?:their |his |her "
        r"|the |our |a |my )?(?:[\w-]+ )?(?:supervisor|manager|boss|superior|team lead|line manager)s?\b",
    ),
    # A service's start said as the step, a noun: "Apache start.", "nginx restart" ("the backup job starts" is the
    # schedule's doing)
    (EventKind.ACTION, r"^\W*(?:[\w.-]+ ){1,2}?(?:start|restart|reboot|reload)\W*$"),
    # A deed decided on, told as the decision: "Decide to delete the hub pod", "Decided to cordon off the node"
    (
        EventKind.ACTION,
        r"^\W*(?:we |i |they |then )?(?:decide[sd]?|decision (?:was )?(?:made|taken)) to "
        r"(?!wait\b|not\b|leave\b|ignore\b|monitor\b|watch\b|keep\b|do nothing\b)[\w-]+",
    ),
    # An issue filed against the service: "Issue #39 raised by the reliability bot", "ticket opened by a user"
    (
        EventKind.DETECTION,
        r"^\W*(?:an? |the )?(?:github |gitlab |jira )?(?:issue|ticket|bug|bug report)s?(?: #?\d+)? (?:was |is )?"
        r"(?:raised|opened|filed|created|logged|submitted|reported) by\b",
    ),
    # Deeds said in a word the tables lack: "Reviewed error logs", "package push was withdrawn", "Backups taken",
    # "Replacement droplet, judge-5, created"
    (
        EventKind.ACTION,
        r"^\W*review(?:ed|s|ing)? (?:the |all |our )?(?:[\w-]+ ){0,3}?(?:logs?|config\w*|code|settings?|metrics"
        r"|dashboards?|changes?|commits?|deploy\w*)\b"
        r"|\b(?:withdrawn|withdrew|withdraws)\b"
        r"|\b(?:backups?|snapshots?|dumps?) (?:was |were |has been |have been )?(?:taken|made|created)\b"
        r"|\btook (?:a |the |fresh |new )*(?:backups?|snapshots?|dumps?)\b"
        r"|\b(?:replacement|new|fresh|spare|standby)\b[^.;\n]{0,60}?\b(?:created|provisioned|spun up|launched)\b",
    ),
)
FIRSTS: tuple[tuple[EventKind, WordGate], ...] = tuple(
    (kind, WordGate(pattern, re.IGNORECASE))
    for kind, pattern in VERDICTS + _FIRSTS + MACHINE_TELLS + _FIRSTS_MORE + SURE
)


def first_kind(probe: str, folded: Folded, *, besides: EventKind | None, no_better: bool) -> EventKind | None:
    """The kind one of these sentences gives ``probe``, if any (``besides`` and a step that did not help, as
    ``guess_kind`` takes them)."""
    for kind, pattern in FIRSTS:
        if kind is besides or (no_better and kind is EventKind.RESOLUTION):
            continue
        if pattern.search(probe, folded):
            return kind
    return None
