"""An entry that opens with a deed of the response, in words no list of deeds holds: "Initiated a review of the
error logs", "Check the logs being written", "Verification of Apache and MySQL", "Load testing with ab".

Tried last, when no word of any kind was found (``kinds.guess_kind``): a careful reader sees a step taken, where
the program would otherwise say "note". Only the entry's opening counts (after a subject such as "We" or "The
team"), and only verbs of looking into or working on something: "Reboot begins", "Database was slow" or "Elevated
error rates" open with no deed and stay notes.
"""

from __future__ import annotations

import re

# Who did it, when the entry names them first: "We", "I", "The SRE team", "Engineers", "Ops".
_SUBJECT = r"(?:(?:we|i|the (?:[\w-]+ ){0,2}?(?:team|engineers?|sre|admins?|on-?call)|engineers|ops|devops) )?"
_DEED_VERBS = (
    r"(?:initiat|determin|perform|conduct|verifi|examin|inspect|review|identifi|locat|test|analy[sz]|assess"
    r"|diagnos|implement|configur|install|modifi|correct|adjust|edit|audit|trac|monitor|validat|compar|isolat"
    r"|reproduc|simulat|benchmark|profil|captur|collect|gather|document|confirm)"
)
DEED_OPENING = re.compile(
    r"^\W*"
    + _SUBJECT
    + r"(?:"
    # "Initiated a review", "We verified the config", "Identified the root cause"
    + _DEED_VERBS
    + r"(?:ed|d)\b"
    # "Check the logs", "Verify the vhost", "Run strace on the worker": an instruction the writer carried out
    # (the verb then what it was done to: "Review held", "Test passed" are a noun and what became of it)
    r"|(?:check|verify|review|inspect|examine|test|run|locate|identify|assess|analy[sz]e|diagnose|trace"
    r"|debug|isolate|reproduce|compare|validate|collect|gather|capture)"
    r" (?:the|a|an|all|our|its|their|each|every|both|this|that|these|those|if|whether|for|on|with|in|into)\b"
    # "Verification of …", "Review of the error log", "Load testing with ab", "Checking the proxy"
    r"|(?:verification|review|inspection|examination|exploration|analysis|assessment|diagnosis|audit|investigation"
    r"|(?:load |stress |further )?testing) (?:of|with|on|for|into)\b"
    r"|(?:checking|reviewing|inspecting|examining|testing|debugging|analy[sz]ing|verifying)\b"
    # "Attempted to fix the module", "Tried to reach the host": a step, whether or not it worked
    r"|(?:attempted|tried|attempting|trying) to [a-z]{2,}"
    r")",
    re.IGNORECASE,
)


# "I attempted to connect …", "We looked up the error", "I entered the public key": the writer telling what they
# did, in the past tense; not what they thought, felt or were told, which is no step ("I assumed …", "We received …"),
# nor the change that set it off ("I merged a change to the loader").
_SELF_TOLD_DEED = re.compile(
    r"^\W*(?:i|we)[ \t]+(?:then[ \t]+|also[ \t]+|quickly[ \t]+|immediately[ \t]+|first[ \t]+|next[ \t]+)?"
    r"(?!(?:noticed|realized|realised|received|learned|hoped|wanted|needed|felt|wished|expected|assumed|believed"
    r"|suspected|guessed|figured|loved|liked|hated|panicked|waited|stayed|decided[ \t]+not"
    # a change landing is the incident's trigger, told as the story's start, not a step of the response
    r"|merged|committed)\b)"
    r"(?:[a-z]{2,}ed|ran|took|made|went|wrote|put|set|got|tried|began|used|found|saw|built|sent|gave|fixed)\b",
    re.IGNORECASE,
)
# "Temporary measure put in place to …", "Ana and Li submit a fix to the DNS records": a step, whoever took it.
_PUT_OR_SUBMITTED = re.compile(
    r"^[^.;\n]{0,60}?\b(?:(?:was|were|is|are|been)[ \t]+)?put[ \t]+in[ \t]+place\b"
    r"|^[^.;\n]{0,60}?\bsubmit(?:s|ted)?[ \t]+(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,2}?"
    r"(?:fix|change|patch|pr|pull[ \t]+request|hotfix|revert)\b",
    re.IGNORECASE,
)
# "The load balancer was being tuned", "Config files were being reviewed": work under way, told of what it was done to.
_BEING_DONE = re.compile(r"^[^.;\n]{0,60}?\b(?:was|were|is|are)[ \t]+being[ \t]+[a-z]{3,}ed\b", re.IGNORECASE)


# The deed told in the passive, its doer left out: "The rules were modified", "The root cause was identified as …",
# "Site config is modified to point at the new branch", "Claims page tested on staging" is a step as much as
# "We modified the rules" is. The present tense only with verbs of changing or checking: "The job is configured to
# run nightly", "The host is located in Frankfurt" tell a standing state. Not something watched by a machine ("is
# monitored by Pingdom").
_PAST_PASSIVE = (
    r"(?:was|were|has[ \t]+been|have[ \t]+been|had[ \t]+been)[ \t]+(?:[a-z]+ly[ \t]+|then[ \t]+|also[ \t]+)?"
    r"(?:(?!monitor)" + _DEED_VERBS + r"(?:ed|d)|renamed|re-?configured|re-?tested|re-?checked|checked|freed)\b"
)
_PRESENT_PASSIVE = (
    r"(?:is|are)[ \t]+(?:[a-z]+ly[ \t]+|then[ \t]+|also[ \t]+)?"
    r"(?:modified|tested|renamed|edited|corrected|adjusted|verified|reviewed|examined|inspected|analy[sz]ed"
    r"|diagnosed|validated|re-?configured|checked)\b"
)
_DONE_TO = re.compile(
    r"^[^.;:\n]{0,60}?\b(?:" + _PAST_PASSIVE + "|" + _PRESENT_PASSIVE + r")(?![ \t]+(?:by|via|with|through)[ \t]+"
    r"(?:an?[ \t]+|the[ \t]+)?(?:automat\w*|monitor\w*|alert\w*|scripts?|cron|bots?|system)\b)",
    re.IGNORECASE,
)
# A step named by the writer's label for it: "Diagnosis — booted the older kernel from GRUB", "Remediation: rebuilt
# the initramfs", "Root cause confirmed — the new kernel lacked …" (the cause found is a step of the response).
_STEP_LABEL = re.compile(
    r"^\W*(?:diagnosis|diagnostics|investigation|troubleshooting|triage|analysis|remediation|mitigation|workaround"
    r"|root[ \t]+cause[ \t]+(?:confirmed|identified|found|determined|located|isolated|pinpointed|established))"
    r"(?:\*\*|__)?[ \t]*(?::|[—–]|-[ \t])",
    re.IGNORECASE,
)
# A step named by its noun: "Creation of a new VM", "Installation of the patched package".
_STEP_NOUN = re.compile(
    r"^\W*(?:creation|installation|reinstallation|provisioning|reconfiguration|setup|set-up|deployment|rollout"
    r"|rebuild|replacement|removal|renaming)[ \t]+of\b",
    re.IGNORECASE,
)


def opens_with_a_deed(text: str) -> bool:
    """Whether the entry's first words are a step the responders took."""
    opening = text[:200]
    return any(
        pattern.match(opening)
        for pattern in (
            DEED_OPENING,
            _SELF_TOLD_DEED,
            _BEING_DONE,
            _PUT_OR_SUBMITTED,
            _DONE_TO,
            _STEP_LABEL,
            _STEP_NOUN,
        )
    )
