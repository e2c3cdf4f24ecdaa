"""More sentences whose kind a reader is sure of before any single word counts (``kind_firsts`` tries them
last): who did what to whom settles it, whatever hedge or later word the entry holds.

"Monitoring system alerted us, at first dismissed as a glitch" is still how the incident was found; "The DBA
team was notified" is someone brought in, not the first word of the trouble; "Manual investigation begins.
He probably checked the disks" is a step of the response, the narrator's "probably" no wrong turn. Every
pattern is bounded: none can split one run of text two ways.
"""

from __future__ import annotations

from app.model import EventKind

# A machine whose job is to tell: "Pagers informed the on-call crew", "The monitoring system alerted us".
_TELLER = (
    r"(?:monitoring(?: system| tool| service| stack| agent)?|monitors?|pagers?|pagerduty|opsgenie|alerting(?: system)?"
    r"|alert system|uptime ?robot|pingdom|nagios|zabbix|datadog|grafana|prometheus|health ?checks?|watchdog)"
)
# People who answer a call for help: "The DevOps team", "our database admins", "senior engineers".
_HELPERS = (
    r"(?:teams?|leads?|managers?|management|engineers?|admins?|administrators?|dbas?|sres?|devops|supervisors?"
    r"|experts?|specialists?|on-?call(?: engineers?| crew| team)?)"
)
# The same, less the on-call, whose first page is the detection ("On-call engineer paged").
_CALLED_HELPERS = (
    r"(?<!on-call )(?<!on call )(?<!oncall )(?:teams?|leads?|managers?|management|engineers?|admins?|administrators?"
    r"|dbas?|sres?|devops|supervisors?|experts?|specialists?)"
)

# An entry's start, past a label or a clock left in its words: "Initial Investigation: ", "**15:XX (approx):** ".
# (``guess_kind`` reads at most 400 characters: the few ways to split them cost nothing.)
_START = r"^\W*(?:(?:\*\*|__)[^*_\n]{1,60}(?:\*\*|__)\W*|[A-Za-z][\w -]{1,30}:\s+)?"

# Tried before ``kind_firsts``' later sentences: "PagerDuty notified the platform team" is the alert, not
# someone telling a team.
MACHINE_TELLS: tuple[tuple[EventKind, str], ...] = (
    # "Pagers informed the on-call crew", "Monitoring system alerted us about …, initially dismissed as noise"
    (
        EventKind.DETECTION,
        _START
        + r"(?:the |our |an? )?(?:[\w-]+ ){0,2}?(?:(?:agent|tool|system|service|bot), )?"
        + _TELLER
        + r"(?: \([^()\n]{1,40}\)|, [\w.-]+(?: [\w.-]+)?,?)?"
        r" (?:alerted|informed|notified|warned|paged|woke|pinged|alerts|informs|notifies|warns|pages|wakes|pings"
        # "Our uptime agent, Pingdom sent an alert to the channel …, so the problem went up to the leads"
        r"|sen(?:t|ds) (?:an? |the )?(?:[\w-]+ )?(?:alerts?|alarms?|notifications?|pages?|warnings?))\b",
    ),
)

SURE: tuple[tuple[EventKind, str], ...] = (
    # The first word of it reaching someone: "received an email with the issue", "got a call about the outage"
    (
        EventKind.DETECTION,
        r"\b(?:received|recieved|receives|recieves|got) (?:an?|the|some|several|multiple|many|\d+) (?:[\w-]+ ){0,2}?"
        r"(?:e-?mails?|messages?|calls?|phone calls?|reports?|tickets?|complaints?|notifications?|texts?|pages?)"
        r" (?:with|about|of|regarding|reporting|on|concerning|describing|that)\b",
    ),
    # Something found by its count: "Discovered 7,020 zombie pods", "found 312 stuck jobs"
    (
        EventKind.DETECTION,
        _START + r"(?:[\w-]+ )?(?:discovered|discovers|noticed|notices|spotted|spots) (?:\d[\d,.]*|hundreds|thousands"
        r"|dozens|many|multiple|several) (?:[\w-]+ ){0,2}?[\w-]+s\b",
    ),
    # The people brought in, said in the passive: "DevOps team was notified", "the senior engineers were called"
    (
        EventKind.ESCALATION,
        _START
        + r"(?:the |our |all )?(?:[\w-]+ ){0,3}?"
        + _HELPERS
        + r" (?:was|were|has been|have been|got|gets|is|are)"
        r" (?:then |immediately |promptly |also )?(?:notified|informed|contacted|called|summoned|looped in)\b"
        r"(?! by (?:the |an? |our )?(?:[\w-]+ )?(?:monitor|alert|pager|system|automat|bot|probe))",
    ),
    # The same, as a log's terse line with no "was": "Engineering team notified.", "DBA team paged and joining".
    # (Not the on-call: the first page is how the trouble was found; not a team the monitoring told.)
    (
        EventKind.ESCALATION,
        _START
        + r"(?:the |our |all )?(?:[\w-]+ ){0,3}?"
        + _CALLED_HELPERS
        + r" (?:then |immediately |promptly |also )?(?:notified|informed|contacted|summoned|looped in|paged|alerted)\b"
        + r"(?! (?:by|through|via|from) (?:the |an? |our )?(?:[\w-]+ )?(?:monitor|alert|pager|system|automat|bot|probe|"
        + _TELLER
        + r"))(?! (?:the |our |that |of |about )?(?:users?|customers?|clients?|public)\b)",
    ),
    # Help called up the ladder: "the distress signal went up the chain of command", "summoning the senior staff"
    (
        EventKind.ESCALATION,
        r"\bup the (?:chain of command|chain|ladder)\b|\bsummon(?:s|ed|ing) (?:the |our |all |more )?(?:[\w-]+ ){0,3}?"
        r"(?:" + _HELPERS[3:-1] + r"|seniors?|help|reinforcements|backup)\b"
        r"|\b(?:sent|fired|raised|passed|kicked|bumped|flagged|handed) up to (?:the |our )?(?:[\w-]+ ){0,3}?"
        + _HELPERS
        + r"\b",
    ),
    # The alerts looked into: "The SREs investigated the alerts and found the primary refusing writes" (the alert
    # was the detection; not one found empty: "investigated the alert, a false alarm")
    (
        EventKind.ACTION,
        _START + r"(?:[\w-]+ ){0,3}?investigat(?:ed|es|ing) (?:the |these |those |all |incoming |its |their )?"
        r"(?:[\w-]+ )?(?:alerts?|alarms?)\b(?![^.\n]{0,160}\b(?:false|noise|nothing|spurious|flapping)\b)",
    ),
    # An investigation begun, however hedged after: "Manual investigation begins", "Started investigation,
    # checked …", "The team began investigating, at first suspecting a server fault"
    (
        EventKind.ACTION,
        _START + r"(?:[\w-]+ ){0,3}?(?:investigation|troubleshooting|debugging|diagnosis|diagnostics) (?:begins|began"
        r"|starts|started|commences|commenced|initiated|is under ?way|under ?way)\b"
        r"|"
        + _START
        + r"(?:[\w-]+ ){0,3}?(?:began|begins|started|starts|commenced|initiated) (?:an? |the |our |a manual )?"
        r"(?:investigat|troubleshoot|debugg|diagnos)\w*",
    ),
    # A plain deed said first, whatever the narrator guesses after: "Services were restarted. Probably after …"
    (
        EventKind.ACTION,
        _START
        + r"(?:the |all |both )?(?:[\w-]+ ){0,2}?(?:services?|servers?|pods?|containers?|processes|workers?|nodes?"
        r"|instances?|daemons?) (?:was|were|got|have been|has been) (?:restarted|rebooted|redeployed|reloaded"
        r"|bounced|reset)\.\s+(?!(?:no|still|nothing|but|again|however|that|it|this|which)\b)",
    ),
    # A service said to come back to life: "Web app awakens!", "the API woke up", "site springs back to life"
    (
        EventKind.RESOLUTION,
        r"\b(?:app|application|site|website|service|server|api|system|platform|database|db|shop|store|portal)s?"
        r" (?:finally |slowly |then )?(?:awakens?|awakened|awoke|springs back|sprang back"
        r"|comes? back to life|came back to life|returns? to life|returned to life|rises? again|rose again)\b",
    ),
    # A guess named as one: "Memory leak theory", "a wild misdirection", "the DNS hypothesis was a goose chase"
    (
        EventKind.MISLEADING,
        # (not a theory borne out: "confirmed the memory leak theory with a heap dump")
        r"^(?![^.;\n]{0,200}?\b(?:confirm\w*|prove[dns]?|proven|validated|verified)\b)[^\n]{0,200}?"
        r"\b[\w-]+ (?:theory|hypothesis)\b"
        r"(?![^.;\n]{0,60}\b(?:confirmed|proved|proven|held|correct|was right)\b)"
        r"|\bmisdirect(?:ion|ions|ed)\b|\bgoose chase\b",
    ),
)


# Deeds in words the action table lacks, tried after it (``kind_words.GUESSES``), so that a step followed by "still
# nothing arrives" stays a wrong turn: "The shell command starts the apache service", "Balancer re-configured".
PLAIN_DEEDS = (
    # (not the schedule's own doing: "the nightly cron script restarts the worker service")
    r"^(?![^.;\n]{0,60}\b(?:cron\w*|scheduled|nightly|automated|automatic|timer)\b)[^.;\n]{0,40}?"
    r"\b(?:commands?|scripts?|playbooks?|runbooks?|we|i|he|she|they|engineers?|admins?)\b[^.;\n]{0,30}?"
    r"\b(?:starts|started|restarts|restarted|relaunch(?:es|ed)|brings up|brought up)(?: up)? (?:the |our )?"
    r"[\w.-]+(?: [\w.-]+)? (?:services?|servers?|daemons?|process(?:es)?|containers?)\b"
    r"|"
    r"\bre-(?:configur|deploy|start|boot|install|load|build|rout|balanc|creat|appl|enabl|run|provision|sync"
    r"|index|generat|issu|point|sized?\b)\w*"
)
