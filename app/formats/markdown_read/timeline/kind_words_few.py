"""Kinds said in few words, as calls and terse logs write them: "Okay, we have OOM kills on the new deployment"
(the first word of the trouble, whatever "deployment" says), "Notice that the deployment failed" (a log of
instructions to oneself), "Update the needed packages" (a step), "We raised the matter with our backend squad"
(another team brought in), "Suggestion that it might be related to …" (a guess aired), "Storage broker function
is restored", "operating at 100% again", "OBS is back." (the service working again).

Each is one alternative for a kind's pattern in ``kind_words`` (resolution, action) or ``kind_words_resolution``
/ ``kind_words_action``, tried in that table's order. All bounded: no two quantifiers over the same characters.
"""

from __future__ import annotations

# Someone telling the call what they see: "Okay, we have OOM kills on …", "heads up, we've got 502s on checkout"
# (not "we have rolled back", "we have a fix": a deed; the words after "have" name the trouble).
WE_HAVE_TROUBLE = (
    r"(?:^|[:?!.][ \t]+)\W{0,3}(?:(?:okay|ok|right|so|well|heads[ -]up|folks|guys|everyone|all)\W{0,2}[ \t]+){0,3}"
    r"(?:we|i)(?:[ \t]+have(?:[ \t]+got)?|[ \t]+got|['’]ve[ \t]+got)[ \t]+"
    r"(?!(?:\w+ed|been|done|seen|no|not|to|nothing|a[ \t]+fix|the[ \t]+fix)\b)(?:[\w'-]+[ \t]+){0,3}?"
    r"(?:oom(?:[ -]?kill(?:s|ed|ing)?)?|errors?|[45]\d\ds?|5xx|crash(?:es|ing)?|crash[ -]?loops?|timeouts?"
    r"|failures?|exceptions?|an? outage|packet loss)\b"
)

# A log written as instructions to oneself: "Notice that the deployment failed", "Notice the rollout stalled".
NOTICE_THAT = r"^\W{0,3}(?:notice|realise|realize|discover)[ \t]+(?:that|the|how)\b"

# The trouble taken to another team: "We raised the matter with our backend development squad", "raised the
# issue with the vendor's support".
RAISED_WITH = (
    r"\brais(?:e|es|ed|ing)[ \t]+(?:the|this|that|our|an?)?[ \t]?(?:matter|issue|problem|concern|incident|case"
    r"|outage|bug|it)[ \t]+(?:with|to)[ \t]+(?:the|our|their|an?|its)?[ \t]?(?:[\w'’-]+[ \t]+){0,3}?"
    r"(?:team|squad|group|department|lead|manager|vendor|provider|support|engineers?|developers?|devs|on-?call|sre"
    r"|dba|supervisor|boss|experts?|colleagues?|admins?|administrators?|host)\b"
)

# A guess aired: "Suggestion that it might be related to the storage incident", "may be caused by the update"
# (not one the same sentence confirms).
MIGHT_BE_RELATED = (
    r"\b(?:might|may|could)[ \t]+(?:also[ \t]+)?be[ \t]+(?:related[ \t]+to|caused[ \t]+by|linked[ \t]+to"
    r"|connected[ \t]+to|due[ \t]+to|because[ \t]+of)\b(?![^.;]{0,200}\bconfirm)"
)

# A part of the service working again: "Storage broker function is restored", "operating at 100% again", "OBS is
# back." (not "the errors are back.": the trouble back).
WORKING_AGAIN = (
    r"\bfunction(?:s|ality)?[ \t]+(?:is|are|was|were|has[ \t]+been|have[ \t]+been)[ \t]+(?:fully[ \t]+)?restored\b"
    r"|\b(?:operat|function|perform)\w*[ \t]+at[ \t]+(?:100[ \t]?%|full[ \t]+(?:capacity|strength|speed))[ \t]+again\b"
    r"|(?<![\w-])(?!(?:errors?|alerts?|problems?|issues?|failures?|timeouts?|bugs?|outages?|symptoms?|crash\w*|it"
    r"|they|he|she|we|i|trouble|latency|spikes?)\b)[\w-]+[ \t]+(?:is|are)[ \t]+(?:fully[ \t]+)?back"
    r"(?:[ \t]+(?:up|online))?[ \t]*(?:[.!]|$)"
)

# Steps written as instructions: "Update the needed packages in the system", "Install the missing module".
INSTRUCTED_STEP = (
    r"^\W{0,3}(?:update|install|reinstall|apply|reload|rebuild|replace|remove|delete|edit|bump|pin|downgrade"
    r"|reconfigure|reboot|restart)[ \t]+(?:the|all|our|a|an|needed|new|required|missing|affected|stale|old|broken)\b"
)
