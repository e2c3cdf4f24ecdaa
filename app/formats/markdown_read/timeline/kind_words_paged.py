""" "Paged" decides an entry's kind whichever way it points: an alarm paging someone is how the incident was
found (a detection), a person paging another team or person brings them in (an escalation)."""

from __future__ import annotations

# What pages on its own: an alert, a monitor, a check, or a tool that sends them.
_MACHINE = (
    r"(?:alerts?|alarms?|monitor(?:s|ing)?|checks?|probes?|rules?|bots?|watchdogs?|synthetics?|pagerduty|opsgenie"
    r"|alertmanager|victorops|datadog|grafana|prometheus|uptime\w*|pingdom|nagios|zabbix|sentry|splunk|new relic"
    r"|cloudwatch|icinga|statuscake|pagers?)"
)

# "Our monitoring spotted the jump and paged the payments on-call", "the queue-depth monitor paged Ines",
# "Grafana paged the storage on-call", "Ines was paged by the queue-depth alarm". The machine must be the one
# paging: a person named in between ("the alert fired and Ana paged the DB team") is someone paging, so the
# words between may not hold a joining word, unless it stands right before "paged" (the same subject's deed).
PAGED_BY_A_MACHINE = (
    rf"\b{_MACHINE}\b(?:(?!\b(?:and|then|so|who|after|while|before|but|until|when)\b)[^.;!?]){{0,80}}?"
    r"(?:\band )?\b(?:pag(?:es|ed|ing)|wak(?:es|ing)|woke)\b(?! by\b)"
    # "woken up at 03:10 by the disk alarm", "we were paged by the alert"
    rf"|\b(?:paged|woken(?: up)?|woke up|called|phoned|rung)(?: at [\d:.]+(?: ?[ap]\.?m\.?)?)? by "
    rf"(?:the |an? |our |their )?(?:[\w'-]+ ){{0,3}}?{_MACHINE}\b"
)

# "The DBA on call was paged to check replication", "Storage team paged to look at the volumes": paged to do
# something for the incident, which a first alarm does not say.
PAGED_TO_HELP = (
    r"\bpaged (?:in )?to (?:help|check|look|confirm|join|investigate|assist|verify|review|take a look|weigh in"
    r"|advise|dig)\b"
    r"|^\W*(?:the |our )?(?:[\w-]+ ){0,2}?(?:team|dba|vendor|sre|manager|lead)s? on[- ]?call"
    r" (?:was |were |got |gets |is )?paged\b"
)

# Someone named, a team or a specialist on call: whom a person brings in ("Maria", "Maria Lopez", "@sam", "the
# on-call DBA", "the storage team", "our network lead"). Not "the on-call" alone: whoever first hears of the
# incident is its on-call, and a call or page to them is its detection.
_NAME = (
    r"(?!(?:Support|Service|Help|Helpdesk|IT|Ops|The|Our|Their|Us|Me|PagerDuty|Opsgenie|Customers?|Users?"
    r"|Clients?|Merchants?|Someone|Somebody|Everyone|Nobody)\b)(?-i:[A-Z][a-z]+)"
)
_ROLE = (
    r"(?:dba|sre|engineers?|leads?|managers?|heads?|directors?|experts?|specialists?|architects?|owners?"
    r"|maintainers?|developers?|devs|admins?|administrators?|teams?|folks|people|vendors?|commander|ic)"
)
_SOMEONE = (
    rf"(?:{_NAME}(?: {_NAME})?|@[\w.-]+"
    rf"|(?:the |our |their )(?:[\w-]+ ){{0,2}}?(?:on-?call (?:[\w-]+ )?{_ROLE}|{_ROLE})\b"
    rf"|(?:[\w-]+ )?on-?call (?:[\w-]+ )?{_ROLE}\b)"
)
# Who does the bringing in: nobody named ("Paged the DBA"), "we", "I", a person, the on-call or the commander.
# (A few marks before them at most: from each comma of ",,,,…" the rest of the run was tried again.)
_BY_A_PERSON = (
    rf"(?:^|[:;,]|\band |\bthen |\bso )\W{{0,8}}(?:(?:we|i|{_NAME}(?: {_NAME})?|@[\w.-]+"
    r"|(?:the |our )?(?:ic|incident commander|on-?call(?: [\w-]+)?)) )?(?:also |then |finally |immediately |quickly )?"
)
_CALLS = (
    r"(?:pag(?:es|ed|ing)|call(?:s|ed|ing)(?: in)?|phon(?:es|ed|ing)|rang|rings|ringing|wak(?:es|ing)(?: up)?"
    r"|woke(?: up)?|text(?:s|ed|ing)|(?:pull(?:s|ed|ing)?|bring(?:s|ing)?|brought|rop(?:e|es|ed|ing)"
    r"|loop(?:s|ed|ing)?) in)"
)
# What may follow the one called: the end of a clause, where they are from, why, when or how.
_AFTER_SOMEONE = (
    r"(?=\s*(?:[.;,:!)]|$|\(|(?:from|to|at|for|about|and|who|on|in|via|by|over|as|into|with|out of bed)\b"
    r"|[–—-]\s))"
)
# Where the one brought in comes from, which says they are brought in from elsewhere: "Maria from storage",
# "Maria (storage)".
_FROM = r"(?: from (?:the |our )?[\w-]+(?: team)?| \([^()\n]{1,30}\))"
_CALLED = r"(?:paged|called(?: in)?|phoned|woken(?: up)?|woke up|rung|pulled in|brought in|looped in)"

# A person paging, calling, waking or pulling in another: "Paged the on-call DBA", "Paged Maria from storage",
# "Alice paged the on-call DBA to check replication lag", "called Maria", "Paging the on-call network
# engineer", "got Maria out of bed". The machine that pages is read before this (``PAGED_BY_A_MACHINE``, a
# detection), and so is a person calling support to report the problem.
SOMEONE_BROUGHT_IN = (
    rf"{_BY_A_PERSON}(?:{_CALLS} {_SOMEONE}{_AFTER_SOMEONE}|g[eo]ts? {_SOMEONE}{_FROM}? (?:out of bed|up\b"
    r"|on (?:the |a )?(?:call|bridge|phone|line)\b))"
    # The one brought in, said first: "Maria from storage was paged", "Maria (storage) woken up by phone",
    # "Maria paged by Alice", "Maria is woken up and joins" (not "Maria was paged" alone: she may be the on-call)
    rf"|^\W*(?:{_NAME}(?: {_NAME})?|@[\w.-]+)(?:{_FROM},? (?:was |is |gets |got )?{_CALLED}\b"
    rf"|,? (?:was |is |gets |got )?{_CALLED}(?= by (?!(?:the |an? |our |their )?(?:[\w'-]+ ){{0,3}}?{_MACHINE}\b)"
    r"| and (?:join|dial|hop)| to (?:help|join|assist|look|check)\b))"
)

# Someone arriving to help, told as their joining: "Hana (network) joins", "Priya from storage joined the bridge",
# "@dmitri hops on the call", "the on-call DBA dials in". Whoever joins after the start was brought in. Not a
# thing joining what it belongs to ("db-3 joins the cluster", "the node rejoins the ring").
SOMEONE_JOINS = (
    rf"^\W*(?:{_SOMEONE}){_FROM}?,? (?:(?:also |then |finally )?(?:joins|joined|has joined|dials in|dialled in"
    r"|dialed in|hops on|hopped on|jumps on|jumped on|comes online|came online))"
    r"(?= *(?:[.;,:!)]|$|\(|[–—-]\s"
    r"|(?:the |our |an? )?(?:(?:incident|outage|sev\d?|zoom|slack|bridge|war|video)[\w-]* )?"
    r"(?:call|bridge|channel|incident|war room|room|meeting|zoom|meet|huddle|response|investigation|effort|team"
    r"|triage|debugging|session)\b|(?:to|and|at|from|as|with|after|around)\b))"
)


# A person who finds the trouble, then pages someone else: "Josh finds the disk alarm on mq-03, pages Meera",
# "Ana traced it to the proxy and called in Ben". What was found was looked for (the incident was known);
# the alarm named is what they found, not what pages.
FINDS_THEN_BRINGS_IN = (
    rf"^\W*{_NAME}(?: {_NAME})? (?:finds|found|discovers|discovered|traces|traced|identifies|identified|tracks down"
    rf"|tracked down) [^.;!?\n]{{1,80}}?(?:,|\band)[ \t]+(?:then )?{_CALLS} {_SOMEONE}{_AFTER_SOMEONE}"
)

# The incident handed to someone to take on: "The problem was assigned to the server administrator", "ticket
# reassigned to the network team", "handed over to the on-call DBA". Someone more is brought in, as a page does.
# (Not "assigned as commander", read with the commander's words, nor "assigned to me": no one new is brought in.)
ASSIGNED_TO_SOMEONE = (
    rf"\b(?:(?:re)?assigned|handed(?: over| off)?|escalated|passed(?: on| over)?|transferred) to {_SOMEONE}"
    r"(?=\s*(?:[.;,:!)]|$|\(|(?:from|to|at|for|who|on|in|via|by|as|with)\b|[–—-]\s))"
)
