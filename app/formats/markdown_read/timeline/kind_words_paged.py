""" "Paged" decides an entry's kind whichever way it points: an alarm paging someone is how the incident was
found (a detection), a person paging another team or person brings them in (an escalation)."""

from __future__ import annotations

# What pages on its own: an alert, a monitor, a check, or a tool that sends them.
_MACHINE = (
    r"(?:alerts?|alarms?|monitor(?:s|ing)?|checks?|probes?|rules?|bots?|watchdogs?|synthetics?|pagerduty|opsgenie"
    r"|alertmanager|victorops|datadog|grafana|prometheus|uptime\w*|pingdom|nagios|zabbix|sentry|splunk|new relic"
    r"|cloudwatch|icinga|statuscake)"
)

# "Our monitoring spotted the jump and paged the payments on-call", "the queue-depth monitor paged Ines",
# "Grafana paged the storage on-call", "Ines was paged by the queue-depth alarm". The machine must be the one
# paging: a person named in between ("the alert fired and Ana paged the DB team") is someone paging, so the
# words between may not hold a joining word, unless it stands right before "paged" (the same subject's deed).
PAGED_BY_A_MACHINE = (
    rf"\b{_MACHINE}\b(?:(?!\b(?:and|then|so|who|after|while|before|but|until|when)\b)[^.;!?]){{0,80}}?"
    r"(?:\band )?\bpag(?:es|ed|ing)\b(?! by\b)"
    rf"|\bpaged by (?:the |an? |our |their )?(?:[\w'-]+ ){{0,3}}?{_MACHINE}\b"
)

# "The DBA on call was paged to check replication", "Storage team paged to look at the volumes": paged to do
# something for the incident, which a first alarm does not say.
PAGED_TO_HELP = (
    r"\bpaged (?:in )?to (?:help|check|look|confirm|join|investigate|assist|verify|review|take a look|weigh in"
    r"|advise|dig)\b"
    r"|^\W*(?:the |our )?(?:[\w-]+ ){0,2}?(?:team|dba|vendor|sre|manager|lead)s? on[- ]?call"
    r" (?:was |were |got |gets |is )?paged\b"
)
