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

# Someone handed a warning: "The on-call engineer receives a warning about disk usage", "we got an alert that the
# queue was full" (not "received a warning from the auditor last year": a word, not a monitor's).
WARNING_RECEIVED = (
    r"\b(?:receiv(?:es|ed|e|ing)|gets?|got|getting)[ \t]+(?:an?[ \t]+|the[ \t]+|several[ \t]+|multiple[ \t]+)?"
    r"(?:[\w-]+[ \t]+)?(?:warnings?|alerts?|alarms?|pages?|notifications?)[ \t]+(?:about|that|of|for|on|saying)\b"
)

# The trouble handed on to others to deal with: "The issue is forwarded to the database team", "Support forwarded
# this ticket to the SRE team", "the case was passed on to the vendor" (not "traffic forwarded to the backup").
HANDED_ON = (
    r"\b(?:issue|ticket|case|problem|incident|bug|report|matter|complaint)s?[ \t]+(?:was[ \t]+|is[ \t]+|were[ \t]+"
    r"|are[ \t]+|has[ \t]+been[ \t]+|got[ \t]+|gets[ \t]+)?(?:forwarded|handed[ \t]+(?:over|off|on)|passed[ \t]+on"
    r"|referred|reassigned|transferred)[ \t]+to\b"
    r"|\b(?:forward(?:s|ed)?|hand(?:s|ed)[ \t]+(?:over|off|on)|pass(?:es|ed)[ \t]+on|refer(?:s|red)|reassign(?:s|ed)"
    r"|transfer(?:s|red)?)[ \t]+(?:the|this|that|our|an?|his|her|their)[ \t]+(?:[\w-]+[ \t]+)?(?:issue|ticket|case"
    r"|problem|incident|bug|report|matter|complaint)s?[ \t]+(?:over[ \t]+|on[ \t]+)?to\b"
)

# More hands brought in, in the words stories use: "The DevOps team entered the fray", "The pool is tasked with
# accepting it", "Support ticket was opened with the host", "The report was sent to the IT support team",
# "Dana assigned to investigate", "Assigned the ticket to the network team".
BROUGHT_IN = (
    r"\b(?:entered|enters|joined|joins)[ \t]+the[ \t]+fray\b"
    r"|\b(?:is|was|were|are|gets?|got)[ \t]+tasked[ \t]+with\b"
    r"|\b(?:support[ \t]+)?tickets?[ \t]+(?:was[ \t]+|were[ \t]+|is[ \t]+)?(?:opened|raised|filed|logged)[ \t]+with\b"
    r"|\b(?:issue|ticket|case|problem|incident|report|matter)s?[ \t]+(?:was[ \t]+|is[ \t]+|were[ \t]+)?sent[ \t]+to"
    r"[ \t]+(?:the[ \t]+|our[ \t]+)?(?:[\w-]+[ \t]+){0,2}?(?:team|support|engineers?|admins?|department|desk)\b"
    # (a person's name or title, two words at most, is all that comes before: "Dana assigned to investigate")
    r"|^\W*(?:(?:mr|ms|mrs|dr)\.?[ \t]+)?[\w'-]+(?:[ \t]+[\w'-]+)?[ \t]+(?:was[ \t]+|is[ \t]+)?assigned[ \t]+to"
    r"[ \t]+(?:investigate|look[ \t]+into|fix|work[ \t]+on|the[ \t]+(?:issue|incident|case|ticket))\b"
    r"|\bassign(?:s|ed)[ \t]+(?:the|this|that)[ \t]+(?:issue|ticket|case|problem|incident|bug)[ \t]+to\b"
)

# Another party asked for more: "Team reaches out to the cloud vendor to request a quota increase", "reached out to
# Acme for help" (not "reached out to affected customers": telling them).
ASKED_OUTSIDE = (
    r"\breach(?:es|ed|ing)?[ \t]+out[ \t]+to[ \t]+(?!(?:affected[ \t]+|our[ \t]+|the[ \t]+|all[ \t]+)?(?:customers"
    r"|users|clients|merchants|subscribers|players|members)\b)[^.;]{1,60}?[ \t]+"
    r"(?:to[ \t]+(?:request|ask|increase|raise|add|provision)"
    r"|for[ \t]+(?:help|support|assistance|more)|asking[ \t]+for)\b"
    # Another party's support desk asked, by those answering the incident: "Instructors reached out to the
    # platform's support" (not "a user reached out to support": the people affected telling, a report)
    r"|^(?![^.;]{0,60}\b(?:customers?|users?|clients?|visitors?|members?|players?|merchants?|subscribers?|shoppers?"
    r"|students?|learners?|people|someone|somebody)\b)[^.;]{0,80}?\breach(?:es|ed|ing)?[ \t]+out[ \t]+to[ \t]+"
    r"(?:the[ \t]+|their[ \t]+|our[ \t]+)?(?:[\w'’-]+[ \t]+){1,2}?support\b"
)

# Told by someone, as the first word of the trouble: "We are informed that the booking system is down", "I was
# notified that the site is unreachable".
TOLD_US = (
    r"\b(?:we|i)[ \t]+(?:are|were|was|am|get|got|have[ \t]+been|had[ \t]+been)[ \t]+(?:informed|notified|told)"
    r"[ \t]+that\b"
)

# Everyone able to use the service, said of them all: "100% of the users could access their sites", "all customers
# are able to log in" (not "could not", nor "all users could access it until 09:00": the time before).
EVERYONE_ABLE = (
    r"\b(?:100[ \t]?%|all|every(?:one)?|each)[ \t]+(?:of[ \t]+)?(?:the[ \t]+|our[ \t]+|its[ \t]+)?"
    r"(?:[\w-]+[ \t]+)?(?:users|customers|clients|visitors|members|players|merchants|subscribers|stores|sites)?[ \t]*"
    r"(?:could|can|were[ \t]+able[ \t]+to|are[ \t]+able[ \t]+to)[ \t]+(?!not\b)"
    r"(?:access|log[ \t]?in|connect|sign[ \t]+in|reach|use|pay|check[ \t]?out|load|open|visit|browse)\b"
    r"(?![^.;]{0,60}\b(?:until|till|before)\b)"
)

# Those affected, or the team, confirming it works now: "Users confirmed that they were able to reach the shop",
# "the team confirmed the page was now serving the new banner" (not "was still serving the old one").
CONFIRMED_WORKING_NOW = (
    r"\bconfirm(?:s|ed)?[ \t]+(?:that[ \t]+)?(?:[\w'-]+[ \t]+){0,4}?(?:were|was|are|is)[ \t]+(?:now[ \t]+)?able[ \t]+to"
    r"[ \t]+(?:access|log[ \t]?in|connect|sign[ \t]+in|reach|use|pay|check[ \t]?out|load|open|visit|browse)\b"
    r"|\bconfirm(?:s|ed)?[ \t]+(?:that[ \t]+)?(?:[\w'-]+[ \t]+){0,4}?(?:were|was|are|is)[ \t]+now[ \t]+(?:serving"
    r"|working|loading|responding|showing|displaying|running|reachable|accessible|available|up|online)\b"
    r"(?![ \t]+(?:errors?|5\d\d|the[ \t]+(?:old|error|wrong)))"
)

# The system at its usual work again: "the merge queue is once again merging at its usual rate", "orders are back
# to their normal pace".
USUAL_RATE_AGAIN = (
    r"\b(?:again|back)\b[^.;]{0,40}?\b(?:at|to)[ \t]+(?:its|their|the|our|a)[ \t]+(?:usual|normal|regular|typical"
    r"|expected)[ \t]+(?:rate|pace|speed|levels?|volume|throughput)\b"
)

# Word from the people affected reaching the team: "We recieve customers feedback by mail", "received complaints from
# several users" (the spelling slip kept: "recieve" is how many write it).
FEEDBACK_RECEIVED = (
    r"\b(?:receiv|reciev)(?:e|es|ed|ing)[ \t]+(?:some[ \t]+|the[ \t]+first[ \t]+|many[ \t]+|several[ \t]+)?"
    r"(?:(?:users?|customers?|clients?|visitors?)['’]?[ \t]+(?:feedback|complaints?|reports?)\b"
    r"|(?:feedback|complaints?|reports?)[ \t]+from[ \t]+(?:the[ \t]+|our[ \t]+|some[ \t]+|several[ \t]+|many[ \t]+)?"
    r"(?:users?|customers?|clients?|visitors?)\b)"
)
