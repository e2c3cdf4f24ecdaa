"""Kinds told as a state rather than a deed: the service said to work ("Server is now running as the web user",
"control plane operational", "our status page is active again"), the trouble said to be seen ("we realized that
the checkers are not working"), and another company's word on its own service ("the CDN reports to be fully
operational"), which tells the reader about them, not about the incident's end.

The first two are alternatives of ``kind_words`` patterns (resolution, detection); all bounded.
"""

from __future__ import annotations

import re

# What works again, said as its state: "is now running as the web user", "is active again", "everything was
# working fine", "control plane operational (nodes waiting)" (the whole entry a subject and the word), "back to
# business as usual", "the checkers were resurrected".
STATE_RESOLUTION = (
    # (not "is now running out of memory", "is now up 40%", "is now running at 100% CPU")
    r"(?<!\bnot )\b(?:is|are|was|were) now (?:up|running|online|live|working|serving|reachable|accessible|available"
    r"|operational|functional|responsive)\b(?! (?:out|low|hot|slow|into|at|to|by|from)\b| [~+]?\d)"
    r"|\b(?:is|are|was|were) (?:now )?(?:active|live|running|responsive|functional|operational|up and running) again\b"
    # (a check of one part while the trouble went on says "the server was working properly": not the whole)
    r"|\b(?:everything|all (?:[\w-]+ )?(?:systems?|services?|sites?))"
    r" (?:is|was|are|were) (?:now )?(?:working|running|functioning) (?:fine|properly|correctly|normally|well"
    r"|as (?:expected|intended|usual))\b(?! (?:until|till|before|when|but|up to)\b)"
    r"|^\W*(?:(?!(?:no|not|non|never|in|partially|partly)\b)[\w-]+ ){1,4}?(?:(?:is|are|now|back|fully) )*operational"
    r"(?=[ \t]*(?:[(.;,!–—]|$))"
    r"|\bback to (?:[\w-]+ ){0,2}?(?:as )?business as usual\b"
    r"|\b(?:was|were|is|are|got|gets) (?:resurrected|ressurected|resurected|revived)\b"
    # "Tested SSH again, able to connect", "now able to log in": the check that works (not "still unable to")
    r"|\b(?:again,?|now)(?: [\w-]+){0,2}? able to (?:connect|log ?in|sign in|ssh|access|reach|load)\b"
)

# The trouble realised: "we realized that checkers is not working", "realize that the server was downed",
# "we realized the mistake" (not "realized the fix worked": a recovery's words are tried first).
REALIZED_TROUBLE = (
    r"\breali[sz](?:e|es|ed|ing)\b(?: that)?[^.;]{0,60}?\b(?:down|downed|not (?:working|running|responding|loading)"
    r"|(?:is|was|are|were)n['’]t (?:working|running|responding|loading)|broken|failing|unresponsive|offline"
    r"|unreachable|mistake|outage|crash(?:ed|ing)?)\b"
)

# Another company's status word on its own service: "CloudFlare reports to be fully operational", "Google
# states that services have recovered". A capitalised name leads, not a pronoun, an article or a team of the
# writer's own, nor a monitoring tool (whose word on the service is the writer's check).
_OWN_SIDE = (
    r"(?:we|our|us|i|my|the|a|an|this|that|it|its|they|their|team|teams|engineering|engineers?|support|ops"
    r"|operations|sre|devops|on-?call|monitoring|status|customers?|users?|qa|infra\w*|platform|backend|frontend"
    r"|security|networking|management|everyone|everything|all|grafana|datadog|prometheus|pingdom|uptime\w*"
    r"|nagios|zabbix|sentry|cloudwatch|statuscake|pagerduty|opsgenie|alertmanager|new relic)"
)
THIRD_PARTY_STATUS = re.compile(
    rf"^\W{{0,3}}(?!{_OWN_SIDE}\b)(?-i:[A-Z][\w.&-]{{1,30}})(?: (?-i:[A-Z][\w.&-]{{1,30}})){{0,2}}"
    r"(?:['’]s status ?page)? (?:states?|stated|reports?|reported|announces?|announced|declares?|declared)"
    r"\b[^.;]{0,80}?\b(?:recover(?:s|ed|ing|y)|operational|restored|resolved|mitigated|healthy)\b",
    re.IGNORECASE,
)
