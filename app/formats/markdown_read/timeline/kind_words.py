"""The words that give an event its kind when nothing names it: "paged the DBA", "rolled back", "back to normal".

Each kind's words are one pattern, tried in the order below (``kinds.guess_kind``): an entry that "resolved the
alert" is a resolution, not a detection. The longest patterns live in modules of their own, one kind's words
each (``kind_words_resolution``, ``kind_words_action``; ``kind_words_paged`` for someone paged or brought in).
"""

from __future__ import annotations

import re

from app.formats.markdown_read.timeline import kind_words_few as few
from app.formats.markdown_read.timeline import kind_words_states as states
from app.formats.markdown_read.timeline.kind_first_reports import FIRST_REPORT_OPENS_THE_INCIDENT
from app.formats.markdown_read.timeline.kind_overrides import NO_BETTER
from app.formats.markdown_read.timeline.kind_words_action import ACTION_WORDS
from app.formats.markdown_read.timeline.kind_words_course import INCIDENT_COURSE
from app.formats.markdown_read.timeline.kind_words_paged import (
    ASSIGNED_TO_SOMEONE,
    FINDS_THEN_BRINGS_IN,
    PAGED_BY_A_MACHINE,
    PAGED_TO_HELP,
    SOMEONE_BROUGHT_IN,
    SOMEONE_JOINS,
)
from app.formats.markdown_read.timeline.kind_words_resolution import RESOLUTION_WORDS
from app.formats.markdown_read.word_gate import WordGate
from app.model import EventKind

# Checked in this order: an event that "resolved the alert" is a resolution, not a detection. Each behind its
# words (``WordGate``): most entries hold the words of few of the hundreds of phrases below.
GUESSES: tuple[tuple[EventKind, WordGate], ...] = tuple(
    (kind, WordGate(pattern, re.IGNORECASE))
    for kind, pattern in (
        (
            EventKind.RESOLUTION,
            RESOLUTION_WORDS
            + "|"
            + few.WORKING_AGAIN
            + "|"
            + few.EVERYONE_ABLE
            + "|"
            + few.CONFIRMED_WORKING_NOW
            + "|"
            + few.USUAL_RATE_AGAIN
            + "|"
            + states.STATE_RESOLUTION,
        ),
        # Before the alarm's words: "finds the disk alarm on mq-03, pages Meera" names the alarm found.
        (EventKind.ESCALATION, FINDS_THEN_BRINGS_IN),
        (
            # An alert firing is how the incident was found, whatever is done next in the same entry:
            # "Login error alert fires; launch war room notified".
            EventKind.DETECTION,
            # "Monitor `[api] p99 > 2s` triggered", "our latency alarms for zone b fired": the one alarm named,
            # quoted or scoped, or none
            r"^\W*(?:[\w-]+ ){0,4}(?:alerts?|alarms?|monitors?)(?: `[^`\n]{1,80}`| \"[^\"\n]{1,80}\"| '[^'\n]{1,80}'"
            r"| \[[^\]\n]{1,80}\])?(?: (?:for|on|in) [\w-]+(?: [\w-]+){0,3}?)? (?:fires|fired|firing|triggers|triggered"
            r"|tripped|goes off|went off)\b"
            # Someone telling the service desk is the first word of the incident, whoever the desk calls next:
            # "The shift managers in Leeds rang the IT service desk at 06:31, and the desk called the on-call".
            r"|^\W*(?:[\w'-]+ ){0,6}?(?:rang|rings|called|calls|phoned|phones|emailed|emails|contacted|contacts)"
            r" (?:the |our )?(?:[\w-]+ ){0,2}?(?:service ?desk|help ?desk|it desk|help ?line|hot ?line|support line"
            r"|service line)\b(?! (?:lead|manager|supervisor|head|director)s?\b)"
            # "Support reports blank PDFs; incident opened": the report is the news
            r"|" + FIRST_REPORT_OPENS_THE_INCIDENT + r""
            # A channel or incident opened for an alert: "Opening this channel for alert DISK-FULL", whoever then
            # takes command in the same message ("I'm IC")
            r"|^\W*(?:[\w.'-]+(?: [\w.'-]+){0,2}: )?(?:open|start|creat)(?:s|ed|ing)?\b[^.;:]{0,40}?"
            r"\b(?:for|about|on) (?:the |an? )?(?:alert|alarm)\b"
            # The service desk logging the incident is its first report: "Service desk raises a P2 incident",
            # "The IT helpdesk opens major incident INC-4410" (the desk at the front, taking the calls).
            r"|^\W*(?:the |our )?(?:[\w-]+ ){0,2}?(?:service ?desk|help ?desk|it desk|front desk)"
            r" (?:rais|log|open|creat|fil)(?:es|ed|s) (?:an? |the )?(?:new )?(?:(?:p|sev|priority )[- ]?[0-4] )?"
            r"(?:major |critical )?(?:incident|ticket|case)\b"
            # "🔔 Alert: Datadog monitor … paged the on-call", "[ALERT] disk 95%": the entry says it is the alert
            r"|^\W*(?:alert|alarm|page|alerting|monitoring alert)\W*(?::|\]|\s[–—-]\s)"
            # The same noun leading an entry in another language: "Alerte de notre script : HTTP 502", "Alarma de
            # Zabbix", "Warnung vom Monitoring" (whatever English word, "curl", the entry holds after it)
            r"|^\W*(?:alerte|alerta|alarme|alarma|allarme|warnung|alarmierung)\b"
            # An alert named by its rule: "ThumbnailErrorRateHigh pages tbello", "disk_usage_high fires"
            r"|^\W*(?:the )?(?:(?-i:[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*){1,6})|[a-z][a-z0-9]*(?:[_.][a-z0-9]+){1,6})"
            r"(?: alert| rule)? (?:pages|paged|fires|fired|firing|triggers|triggered|goes off|went off)\b"
            # A monitor or a grader telling of a failure: "Uptime monitor (UptimeRobot) sent an email: shop is DOWN",
            # "Pingdom sent an SMS: site down", "the checker on the intranet says task 0 failed"
            r"|^\W*(?:[\w'-]+ ){0,3}?(?:monitors?|checkers?|pingdom|uptime ?robot|statuscake|health ?checks?|probes?)"
            r"(?: \([^()\n]{1,40}\))?(?: [\w-]+){0,4}? (?:sen(?:t|ds)|e-?mail(?:s|ed)|text(?:s|ed)|says|said"
            r"|report(?:s|ed)|show(?:s|ed)|flag(?:s|ged))\b(?:[^.;]|\.(?=\w)){0,80}?"
            r"\b(?:down|fail(?:s|ed|ing|ure)?|errors?|5\d\d|unreachable"
            r"|offline|timeout|timed out|red)\b"
            # A story saying so: "That was our detection.", "This is how we found out."
            r"|\b(?:that|this|which|it) (?:was|is) (?:our|the) (?:first |only |real |actual )?(?:detection|alert|alarm"
            r"|warning|signal|heads-up)\b|\b(?:that|this|which) (?:was|is) (?:how|when) (?:we|i|the team|anyone)"
            r" (?:first )?(?:found out|learned|learnt|heard|knew|noticed|realised|realized|spotted)\b"
            # An alarm paging someone: "the latency monitor paged Ines", "paged by the disk alarm"
            r"|" + PAGED_BY_A_MACHINE + r"|" + few.WARNING_RECEIVED,
        ),
        (
            # "Root cause found", "Cause identified": the response's step, whatever the words after it say.
            EventKind.ACTION,
            # ("The culprit unmasked: a stale DNS record", as a story tells it)
            r"^\W*(?:the )?(?:(?:root )?cause|culprits?) (?:was |were |is |are |has been |have been )?"
            r"(?:found|identified|pinpointed|located|unmasked|exposed|uncovered)\b",
        ),
        (
            # Said outright, an escalation outweighs the words of a failed step beside it:
            # "Still failing; Ruth escalates to Callum", "still failing, paging the infra lead".
            EventKind.ESCALATION,
            # "@mfoley pings @jvanderberg": someone called in by handle, whatever else the entry says
            PAGED_TO_HELP + r"|\bping(?:s|ed)? @[\w-]"
            # "alerted their supervisor about the matter", "informed his manager": the one above brought in
            r"|\b(?:alert|inform|notif|messag|call)(?:s|ed|ied|ies|y)? (?:my|our|the|their|his|her) (?:[\w-]+ ){0,2}?"
            r"(?:supervisors?|managers?|boss|superiors?|team leads?|line managers?)\b"
            r"|\bescalat(?:es|ed|ing)\b|\bto escalate\b|\bopen(?:s|ed)? an? incident\b"
            # "raised a P1", "opens a SEV2": the incident raised for more people to answer it
            r"|\b(?:rais|declar|open|fil|log)(?:e|es|ed|s|ing)? an? (?:p|sev|s)[- ]?[0-4]\b"
            r"|\bpag(?:es|ed|ing) (?:the |our )?(?:[\w-]+ ){0,2}?(?:lead|manager|head|director)\b"
            # A chat's "declaring an incident, I'll be IC", "I'm taking incident command"
            r"|\bdeclar(?:e|es|ed|ing) (?:an? |the )?(?:[\w-]+ )?(?:incident|outage|sev[- ]?\d)\b"
            r"(?! (?:over|closed|resolved))"
            r"|\b(?:i['’]?ll|i will|i['’]?m|i am) (?:be |take |taking |the )*(?:ic|incident commander|incident command"
            r"|incident lead)\b"
            r"|" + few.RAISED_WITH + r"|" + few.HANDED_ON + r"|" + few.ASKED_OUTSIDE + r"|" + few.BROUGHT_IN,
        ),
        (
            EventKind.MISLEADING,
            # "Kofi thinks the replica is just slow", "restarts the importer, thinking it had hung",
            # "clears the cache, believing old data is cached", "probably a bad upstream snapshot again".
            # ("…, probably the cause" names the cause a deed went for, not a wrong path)
            r"\bthink(?:s|ing)\b|\bbeliev(?:es|ing)\b|(?<!\bis )\bbelieved\b"
            # "Tomás thought the DNS change was to blame" (not "thought about adding a cache")
            r"|\bthought (?:the|that|it|this|they|there|an?|we|our)\b"
            r"|\bprobably\b(?! (?:the|our) (?:root )?(?:cause|culprit|trigger)\b)"
            r"|red herring|misleading|turned out (?:to be )?(?:wrong|unrelated|irrelevant|fine|not|a dead end)"
            r"|ruled out|\bfalse (?:lead|alarm|positive)|(?:not|n['’]t) the (?:root )?cause"
            r"|initially (?:thought|suspected|believed|attributed|assumed)|incorrectly|wrongly|\bsuspected\b"
            r"|dead end|no effect"
            r"|did not help|didn't help|\bthought (?:it|that|this) was\b|\bit was not\b|\bit wasn't\b"
            # "restarted the pods, unfortunately without success", "to no avail": a step that did not work
            r"|\bwithout (?:any )?success\b|\bto no avail\b|\bunsuccessful(?:ly)?\b|\bdid not (?:work|resolve|fix)\b"
            r"|was not related|unrelated"
            # "We have thinked it was the operator … Lost 30 minutes with this": English as a second language
            # says the guess and the time the wrong path cost.
            r"|\bthinked (?:it|that|this) was\b"
            r"|\blost (?:about |around |~)?\d+ (?:min(?:ute)?s?|hours?) (?:with|on) this\b"
            # A guess followed, or a step that changed nothing: "suspects the frontends ...; no change".
            r"|\bsuspect(?:s|ing)?\b(?!.*\bconfirm)"
            r"|\bassum(?:e|es|ed|ing)\b(?! (?:the |an? )?(?:[\w-]+ )?(?:role|command|incident command|ic\b|lead|owner"
            r"|responsibility|control))"
            # "Initial assumption: database failure", "First assumption was a network fault": a guess that the
            # timeline then leaves; "Checked the proxy logs, found no issues": a path that led nowhere.
            r"|\b(?:initial|first|early|original|working) (?:assumption|hypothesis|theory|suspicion)\b"
            # ("… but further investigation reveals no network-related issues": the lead followed was wrong.)
            # ("Storage team reports no anomalies on the volumes": a team's search that came back empty)
            r"|\b(?:found|finds|reveal(?:s|ed)|turn(?:s|ed) up|(?<=team )report(?:s|ed)) no(?:thing)? (?:[\w-]+ )?"
            r"(?:wrong|issues?|problems?|errors?|anomal\w+|faults?|evidence)\b"
            r"|\bno (?:issues?|problems?|anomalies) (?:were |was )?found\b"
            r"|\bno (?:change|improvement|difference)\b|nothing (?:improved|changed)|\bmade (?:it|things|\w+) worse\b"
            # A guess asked aloud: "could it be the CDN serving a stale bundle?", "maybe it's the cache"
            r"|\b(?:could|might|may|can) (?:it|this|that) be\b|\bmaybe (?:it['’]?s|it is|this is|the)\b|"
            + NO_BETTER.pattern
            # A step after which nothing changed: "consoles remain frozen", "pods still crash", "errors continue".
            + r"|\b(?:remains?|remained) (?:frozen|down|broken|blank|stuck|unavailable)\b"
            r"|\bstill (?:crash|erroring|failing|blank|dropping|frozen|broken)\w*|\berrors continue\b"
            # A step, then nothing better: "power-cycles the access points. They come back, still nobody can
            # connect", "reinstalled the driver but still no sound" (alone, "still down" is the incident's course)
            # "cleared the cache ..., and it still said $0.00", "re-runs the job. ... again nothing arrives"
            r"|\b(?:restart|reboot|power[- ]?cycl|reset|replac|reinstall|redeploy|roll|retr|tri|clear|flush|purg|swap"
            r"|unplug|reconnect|switch|scal|increas|add|re-?run|re-?send|resent|re-?upload|re-?generat)\w*\b[^.;]{0,200}?"
            r"(?:[.;,]|\bbut\b)[^.;]{0,200}?"
            r"(?:\bstill (?:nobody|no one|no\b|not\b|can(?:no|')t|could(?:n't| not)|unable|down|offline|unreachable"
            r"|fail(?:s|ing)|broken|empty|stuck|hang(?:s|ing)|tim(?:es|ing) out|the same|nothing|\d{3}s|errors"
            r"|(?:says?|said|shows?|showed|reads|displays?|displayed|returns?|returned)\b)|\bagain nothing\b"
            r"|\bnothing (?:arrives|arrived|happens|happened|shows up|showed up|comes through|came through)\b)"
            r"|\bkeeps? (?:erroring|failing|crashing)\b"
            # A step, then the symptom goes on: "restarts the consumers; lag keeps growing" (alone, "the lag
            # keeps growing" is the incident's course).
            r"|\b(?:restart|add|scal|roll|retr|redeploy|reboot|increas|clear|flush|purg)\w*\b[^.;]{0,200}[.;]"
            r"[^.;]{0,200}\bkeeps? (?:growing|rising|climbing)\b"
            r"|\b(?:i|we) think (?:it'?s|it is|this is)\b|\bthink (?:it|this|that)(?:['’]s| is| was)\b"
            # "spent 30 min on it. not it": the student's own verdict on the guess
            r"|(?:^|[.;!]\s*)not it\s*[.!]*\s*$"
            # "Jonas first blames the synonym file", "I was convinced the round-robin setting was broken"
            r"|\bblam(?:es|ed|ing)\b|\b(?:we|i|they) (?:first |initially )?blame\b"
            r"|\b(?:was|were) (?:convinced|sure|certain) (?:that|it)\b"
            # A report taken lightly: "Operations treat the report as an isolated display issue", "dismissed it as
            # a blip", "wrote the alerts off as noise"
            r"|\b(?:treat|dismiss|wr(?:ite|ites|ote|itten|iting) (?:it |them |this |that |the \w+ )?off|brush\w* off"
            r"|shrug\w* off)\w*\b[^.;]{0,40}? as (?:an? |the |just |only )?(?:[\w-]+ ){0,2}?(?:isolated|one-?off|minor"
            r"|cosmetic|transient|harmless|benign|routine|user error|noise|glitch|blip|fluke|flaky|display|known)\b"
            # A step's short denial: "… more pods is the answer. It is not.", "That wasn't it.", "not the fix"
            r"|\b(?:it|that|this) (?:is|was)(?: not|n['’]t)(?: it| the (?:answer|fix|solution|cause|culprit|problem"
            r"|issue))?\s*(?:[.!:;,]|$)|\bnot the (?:answer|fix|solution|culprit)\b"
            # A guess said to be one: "Hugo guesses a DNS outage", "a reasonable guess, and it was wrong"
            r"|\bguess(?:es|ed|ing)\b|\b(?:reasonable|wrong|bad|first|initial|educated|natural|obvious) guess\b"
            r"|\b(?:it|that|this|which|we|he|she|they) (?:was|were|had been) wrong\b"
            r"|" + few.MIGHT_BE_RELATED,
        ),
        (
            EventKind.ESCALATION,
            r"escalat|incident commander|declared (?:an? )?(?:incident|sev|major)|\bsev[- ]?[0-4]\b|war room"
            # "Hana (network) joins", "Priya from storage joined the bridge": someone more brought in
            r"|" + SOMEONE_JOINS + r"|" + ASSIGNED_TO_SOMEONE +
            # "Ana paged the DBA" (not "the monitor … paged the on-call": the tool's page is the detection)
            r"|^(?![^.;]{0,80}\b(?:alerts?|alarms?|monitors?|checks?|probes?|rules?|bots?|pagerduty|opsgenie)\b)"
            r"[^;]{0,200}?\bpaged (?:the |in )"
            r"|\b(?:call|bring|pull|rope|loop)s in\b|called in|brought in|pulled in"
            r"|engaged (?:the )?\w+ team|on-call (?:manager|lead)"
            # "Major Incident declared", "incident opened, Dana assigned as Commander", "Severity changed to Major"
            r"|\bincident (?:was |is )?(?:declared|opened)\b|assigned as (?:the )?(?:incident )?(?:commander|lead|ic)\b"
            r"|\b(?:open|declar)(?:s|es|ed) an? (?:\w+ )?incident\b"
            r"|\bseverity (?:changed|raised|increased|upgraded|bumped)\b|\bpull(?:s|ed)? \w+ into\b"
            # "Supervisor declares CAD down", "analyst contacted by phone", "vendor support engaged"
            r"|\bdeclar(?:es|ed) (?:the )?\w+ down\b|\bcontacted by (?:phone|telephone|pager)\b|\bengaged\b"
            # A person brought in, in any tense: "We pull in Priyanka from the platform team", "bring in @dana",
            # "roping in the storage folks" (not "pull in the latest changes")
            r"|\b(?:call|bring|pull|rope|loop)(?:ing)? in (?:(?-i:[A-Z])[a-z]+\b|@[\w-]+|(?:the|our|their|an?|some|more"
            r"|two|three) (?:[\w-]+ ){0,3}?(?:teams?|leads?|on-?call|engineers?|dba|sre|experts?|vendor|managers?|folks"
            # (and as people say it: "call in the big guns", "bring in the cavalry")
            r"|people|specialists?|developers?|devs|help|backup|reinforcements|guns|cavalry)\b)"
            # A person pinged by handle or name on a chat: "I ping @ruth-k on Matrix", "pinged Omar on Slack"
            r"|\bping(?:s|ed|ing)? @[\w-]|\bping(?:s|ed|ing)? (?-i:[A-Z][a-z]+)(?: (?-i:[A-Z][a-z]+))?"
            r" (?:on|via|over|in dms?|for help|to (?:ask|help|join|look))\b"
            # Someone in charge called, said in the passive: "network team lead Kemi Adeyemi called", "the DBA
            # phoned"; an engineer paged by a person ("paged by the help desk lead"; not "paged by the alert")
            r"|\b(?:lead|manager|head|director|dba|vendor|expert|specialist|supervisor|architect|maintainer"
            r"|administrator)s?(?: (?-i:[A-Z])[\w'-]+){0,3}(?: \([^()]{0,30}\))?,? (?:was |were |is |gets? |got )?"
            r"(?:called|phoned|paged|contacted|summoned|woken(?: up)?|rung|called in|brought in)"
            r"(?=\s*(?:[.;,)]|$|by\b|at\b|in\b|to (?:help|join|assist)\b|for\b|and\b|from\b|around\b|about\b|[–—-]\s))"
            r"|\bpaged by (?:the |a |an |our )?(?:[\w-]+ ){0,3}?(?:lead|manager|head|director|supervisor|desk|colleague"
            r"|team|dba|sre|ic|commander|nurse|staff)\b"
            # A major incident's procedure started, those in charge told: "invokes the Major Incident procedure",
            # "crisis plan activated", "notifies the CTO", "informs the regulator"
            r"|(?<!\bno )\bmajor incident\b(?! (?:review|report|process (?:review|doc))"
            r"|(?: is| was| has been| were)? (?:closed|resolved|over|ended|stood down)\b)"
            r"|\b(?:invok|activat|trigger|initiat|launch)\w* (?:the |our |its |an? )?(?:[\w-]+ ){0,2}?(?:crisis"
            r"|incident response|escalation|emergency response|incident) (?:procedure|process|plan|protocol|playbook"
            r"|team|bridge)\b"
            r"|\b(?:inform|notif|brief)(?:s|ies|ied|ed|y)? (?:the )?(?:head|director|vp|cto|ceo|cio|coo|cfo|ciso"
            r"|leadership|management|executives?|regulator|board)\b"
            # "Datacenter team contacted", "Networking team involved", "summoned the routing team", "hosting
            # provider was informed", "contacts two developers ... to help": others brought to the incident
            r"|\b(?:team|teams|vendor|provider|supplier|support|developers?|engineers?|experts?)"
            r" (?:(?:was|were|got|is|are) (?:contacted|involved|informed|looped in|brought in|called in)\b"
            r"|(?:contacted|involved|looped in|brought in|called in)\b(?! (?:us|me|our|the on-?call)\b))"
            r"|\bsummon(?:s|ed)?\b|\bcontact(?:s|ed)? (?!by\b)(?:[^.;]{0,80}?)\bto help\b"
            # "Payments team paged", "The DBA was paged": another team called to help, not the first alarm
            # (which "the alert fired and the on-call engineer for the voice team was paged" is).
            r"|^(?:the |our )?(?:[\w-]+ ){0,2}?(?:team|dba|vendor|sre|manager|lead)s?"
            r" (?:was |were |got |gets |is )?paged\b"
            # "Support opens a ticket for the search team", "I message my teammate", "asked our mentor for help",
            # "Support pages the identity on-call": people bringing others in (a tool paging is a detection)
            r"|\bopen(?:s|ed)? an? (?:ticket|issue|case) (?:for|with) (?:the )?(?:[\w-]+ ){0,2}?"
            r"(?:team|vendor|provider)\b"
            # "reached out to Team Platform about the problem", "reaches out to the DBA team": another team
            # asked to help (not "reached out to customers": telling those affected)
            r"|\breach(?:es|ed|ing)? out to (?:the |our |their |an? )?(?:teams?\b|(?:[\w-]+ ){0,2}?(?:teams?|on-?call"
            r"|sre|dba)\b)"
            r"|\b(?:messag(?:es|ed|e)|ask(?:s|ed)|ping(?:s|ed)|text(?:s|ed)|dm(?:s|ed)|reach(?:es|ed) out to"
            r"|call(?:s|ed)|tell(?:s)?|told|inform(?:s|ed)?|notif(?:y|ies|ied)|alert(?:s|ed)?)"
            r" (?:my|our|the|a) (?:[\w-]+ ){0,2}?(?:teammates?|peers?|mentors?|colleagues?|leads?|managers?|seniors?"
            r"|instructors?|supervisors?|boss|experts?)\b"
            r"|\bask(?:s|ed)? (?:[^.;]{0,40}?)\bfor help\b|\bask(?:s|ed)? (?:for help )?(?:in|on) (?:the |our |my )?"
            # (a "#channel" is gone from the text by then: it names no event's kind; see kinds.NOT_WORDS_OF_THE_EVENT)
            r"(?:[\w-]+)?\s*(?:slack|discord|channel|group chat|chat|forum|whatsapp group|telegram group)\b"
            r"|^\W*(?:support|(?:[\w-]+ )?team|we|i) pag(?:es|ed)\b"
            # "Head of Finance informed", "the CTO was briefed": those above told, to decide
            r"|\b(?:head|director|vp|cto|ceo|cio|coo|cfo|leadership|management|executives?)(?: of [\w-]+(?: [\w-]+)?)?"
            r" (?:was |were |is |are |gets? |got )?(?:informed|notified|briefed|told)\b"
            # "asked Ana from the payments team to join", "@dmitri can you join?", "could someone hop on the call"
            r"|\b(?:ask(?:s|ed|ing)?|invit(?:es|ed|ing)|call(?:s|ed)) (?:[^.;?!]{0,60}?)\bto (?:join|dial in|jump on"
            r"|hop on|jump in|hop in|come online|help)\b(?! (?:the )?(?:cluster|pool|rotation|quorum|ring|domain)\b)"
            r"|\b(?:can|could|would) (?:you|someone|somebody|anyone) (?:please )?(?:join|jump on|hop on|jump in|hop in"
            r"|dial in|help|take a look|have a look|come online)\b"
            # A person paging, phoning, waking or looping in another team or its on-call ("paging
            # @payments-oncall", "phoned the network on-call, Ravi", "looped in the identity team", "woke up the
            # platform lead"); not a tool paging the on-call ("PagerDuty pages the on-call": the detection), nor
            # "the on-call" alone (the first call to it is the detection).
            r"|^(?!\W*(?:pagerduty|opsgenie|alertmanager|victorops|datadog|grafana|prometheus|uptime\w*|pingdom"
            r"|nagios|zabbix|sentry|splunk|new relic)\b).{0,200}?"
            r"(?:\bpag(?:es|ed|ing) @[\w.-]+|(?:^|: )\W*paging\b(?! (?:the )?on-?call\b)"
            r"|\b(?:pag(?:es|ed|ing)|phon(?:es|ed|ing)|rang|rings|call(?:s|ed|ing)|wak(?:es|ing)|woke|text(?:s|ed|ing))"
            r"(?: up)? (?:the |our |their |an? )?(?!(?:on-?call|the|our|their|an?)\b)[\w-]+ (?:[\w-]+ )?"
            r"(?:on-?call|team|lead|manager|head|director|engineers?|sre|dba|experts?|specialists?)\b)"
            r"|\bloop(?:s|ed|ing)? in (?:@|the |our |their )?(?:[\w-]+ ){0,2}?(?:teams?|on-?call|leads?|managers?"
            r"|sre|dba|vendor|engineers?|experts?|support|security|legal|comms)\b|\bloop(?:ed|ing)? in @"
            r"|\blooped (?:[\w@.-]+ ){1,3}?in\b|\b(?:woke|wakes|waking) (?:up )?(?-i:[A-Z])"
            # "Kenji sees the replica is empty and pages Dana": a person paging a person (not "the alert pages Ruth")
            r"|^(?!\W*(?:pagerduty|opsgenie|alertmanager|victorops|datadog|uptime\w*|pingdom|sentry)\b)"
            r"(?![^.;]{0,80}\b(?:alerts?|alarms?|checks?|monitors?|probes?|rules?|bots?)\b)"
            r"[^;]{0,200}?\bpag(?:es|ed) (?-i:[A-Z][a-z]+)\b"
            # A call to an outside party's support: "contacted the vendor's support", "called the ISP's line".
            r"|\b(?:contact|call|phon|rang|ring|e-?mail|messag|reach)\w* (?:out to )?(?:the |our |their )?"
            r"(?:[\w-]+ ){0,2}?(?:vendor|isp|provider|supplier|carrier|manufacturer|hosting|registrar|partner)\b"
            # "Paged the on-call DBA", "Paged Maria from storage", "Maria (storage) woken up by phone"
            r"|" + SOMEONE_BROUGHT_IN,
        ),
        (
            EventKind.DETECTION,
            r"\balert(?:s|ed|ing)?\b|\bpaged\b|\bpage fired|\bdetected\b|\bnoticed\b|\breport(?:s|ed)\b"
            # (not "we had no external monitoring": the lack of it, told beside the trigger)
            r"|(?<!\bno )(?<!\bno external )(?<!\bwithout )(?<!\bany )\bmonitoring\b(?! (?:staff|team|people|crew)\b)"
            r"|\bfirst report|\breports?\b|\backnowledged\b|\bobserved\b|\bspotted\b|\bcomplain|\bnotified\b"
            # "Helpdesk receives the first wave of tickets": the first word from people
            r"|\bfirst (?:wave|batch|flurry|burst|round) of\b"
            r"|\b(?:receiv(?:es|ed|ing)|gets?|getting) [^.;]{0,40}?\b(?:tickets|calls|complaints)\b"
            r"|\bfired\b|pagerduty|\bfiring\b|\b(?:alert|alarm|monitor|check|rule)s? (?:\S+ ){0,3}?fires\b"
            r"|\bnotices\b|\bpages (?:the )?on-?call\b"
            # "Alertmanager page: …", "receives pager storm", "Automated warning from the provider"
            r"|\balertmanager\b|\bopsgenie\b|\bpager\b|\b(?:automated|automatic) warning\b|\bwarning from\b"
            r"|\binform(?:s|ed) (?:us|me)\b"
            # A terse first entry: "Outage notification", "Incident report received"
            r"|\b(?:outage|incident|downtime) (?:notification|notice)s?(?: (?:received|came in))?\W*$"
            # "Team Billing was made aware of the problem", "we became aware of errors": how the team first knew
            r"|\b(?:made|became|become|becomes|becoming) aware\b"
            # The first word from people: "Service Desk receives first call", "First support conversation", "First
            # seller ticket" (who it came from between).
            r"|\bfirst (?:[a-z-]{2,20} )?(?:call|ticket|support|customer|complaint|email|message|tweet|post|report"
            r"|mention|user|bug"
            r"|people|staff|employee|patient|guest|attendee|student|visitor|member|caller|arrival"
            r"|sign)|\bflag(?:s|ged) (?!(?:is|was) |(?:team|service|cache|again)\b)"
            # "Store manager calls the service desk": someone telling of the problem.
            r"|\b(?:call(?:s|ed)?|phon(?:es|ed)|rang|rings) (?:the |our )?(?:[\w-]+ ){0,2}?"
            r"(?:service desk|help ?desk|it desk|support|on-call|help ?line|hot ?line|support line|service line)"
            # A place where people talk lighting up: "Discord lights up", "the phones start ringing", "support
            # inbox explodes" (not "lights up the dashboard")
            r"|\b(?:lights?|lit|lighting) up\b(?! (?:the|a|an|our|their|his|her|my)\b)"
            r"|\b(?:phones?|lines?|switchboard)\b[^.;]{0,20}?\b(?:start(?:s|ed)? |began |begin )?ring(?:s|ing)?\b"
            r"|\b(?:inbox|mailbox|queue|channel|discord|slack|forums?|twitter|reddit)\b[^.;]{0,20}?"
            r"\b(?:explod(?:es|ed)|blow(?:s|ing)? up|blew up|goes wild|went wild|fill(?:s|ed)? up|flood(?:s|ed)?)\b"
            # Someone asking why something is broken: "Marketing asks in #search why the conversion graph fell
            # off a cliff" (a question about a symptom is its first report)
            r"|\bask(?:s|ed)\b[^.;?]{0,40}?\bwhy\b[^.;?]{0,80}?\b(?:fell|falls?|dropped|drops?|down|broken|empty|missing"
            r"|zero|blank|fail\w*|errors?|stopped|wrong|slow\w*|cliff|spiked?|dead|gone|disappeared|vanished|stuck|late"
            r"|flat ?lined?)\b"
            # An alert bot's "Triggered: apns.queue.age > 300s"; "Anyone else seeing the VPN drop?"
            r"|\btriggered:|\banyone else\b"
            # A chat's first question: "did anyone just push to prod?", "has somebody changed the DNS?"
            r"|\b(?:did|has|have) (?:anyone|anybody|someone|somebody) (?:just |else |here )?(?:push|deploy|chang|touch"
            r"|merg|restart|delet|ship|releas|modif|updat|rotat|run|ran|see|saw|seen|notic)\w*"
            # "Marisol from Accounts posted a screenshot in the channel": someone showing what they see
            r"|\b(?:post(?:s|ed)?|send(?:s)?|sent|shar(?:es|ed)|forward(?:s|ed)?) (?:us |me )?(?:an? |the )?"
            r"(?:screenshots?|screen ?grabs?|photos?|pictures?|screen recording)\b"
            # A call telling of a symptom: "The bank's manager phones Finance: no payroll file received"
            r"|\b(?:phon|call|rang|ring|e-?mail|messag|text|writ|wrote|tell|told)\w*(?: up)? (?:us|me"
            # (a dot inside a word, "shop.example.tech times out", does not end what they said)
            r"|(?-i:[A-Z])[\w-]*(?: (?-i:[A-Z])[\w-]*)?) ?: (?:[^.;]|\.(?=\w)){0,80}?"
            r"(?:\bno\b|\bnot\b|n't\b|\bnever\b|\bmissing\b|\bdown\b|\bbroken\b|\bfail|\berror|\bblank\b|\bempty\b|\bwrong\b|\blate\b|\bstuck\b|\bcannot\b"
            r"|\btim(?:es|ed|ing) out\b|\bunreachable\b|\boffline\b|\bslow\b|\b50[0-4]s?\b|\bdead\b|\?\?)"
            # A chat's first word of a symptom: "seeing a lot of 502s on checkout", "getting timeouts on login".
            r"|(?:^|: )\W*(?:(?:i'?m|we'?re|i am|we are|also|now) )?(?:seeing|getting|noticing)\b[^.;]{0,40}?"
            r"\b(?:errors?|\d{3}s?|timeouts?|timing out|failures?|failing|slow\w*|latency|drops?|complaints?"
            r"|reports?|spikes?|exceptions?|crash\w*)\b"
            # A bug's first comment (its description) is the report that opened it.
            r"|\((?:comment 0|description)\):"
            # "A merchant emails support", "a reader tweets at us", "my friend messaged me", "users begin
            # reporting": the people affected telling (not "users were emailed": then they were told)
            r"|\b(?:customers?|users?|merchants?|readers?|clients?|visitors?|players?|shoppers?|subscribers?|someone|friend|colleague"
            r"|students?|patients?|staff|members?|employees?|people|guests?|attendees?|callers?|residents?|passengers?"
            r"|parents?|teachers?|tenants?|buyers?|riders?|viewers?|listeners?|nurses?|doctors?|cashiers?|drivers?"
            r"|agents?|operators?|dispatchers?)\b"
            r"(?:(?!\b(?:were|was|been|be|are|is)\b)[^.;]){0,40}?"
            r"\b(?:e-?mail(?:s|ed)|messag(?:es|ed)|tweet(?:s|ed)?|text(?:s|ed)|wr(?:ote|ites)|complain(?:s|ed)?"
            r"|ask(?:s|ed)|call(?:s|ed)|phon(?:es|ed)|post(?:s|ed)"
            r"|dm(?:s|ed)|notice|say|says|said)\b"
            r"|\b(?:begin|began|start(?:s|ed)?|are|were|kept|keep) reporting\b|\bsupport tickets?\b"
            # "A patient phones reception to say the site is blank", "Support opens an urgent ticket": a report
            r"|\b(?:call(?:s|ed)?|phon(?:es|ed)|rang|rings) (?:the )?"
            r"(?:reception|front desk|switchboard|hotline|office)\b"
            r"|\b(?:call|phon|rang|ring|e-?mail|messag|writ|wrote|text)\w* [^.;]{0,40}?"
            r"\bto (?:say|report|complain)\b"
            r"|\bopen(?:s|ed)? an? (?:urgent |new |support |high-priority |p[1-4] )?(?:ticket|bug report)\b"
            # "tickets about duplicate notifications are piling up", "complaints pouring in"
            r"|\b(?:tickets|complaints|reports|calls|emails|messages)\b[^.;]{0,60}?"
            r"\b(?:pil(?:e|es|ed|ing) up|pour(?:s|ed|ing)? in|flood(?:s|ed|ing)? in|com(?:e|es|ing) in)\b"
            # "Sentry shows a flood of errors": a monitoring tool showing the problem
            r"|\b(?:sentry|grafana|datadog|kibana|new relic|cloudwatch|uptime ?robot|pingdom|prometheus|nagios|zabbix)"
            r"\b[^.;]{0,30}?\b(?:shows?|showed|lights? up|flags?|flagged)\b"
            # Someone seeing it: the first sign (a later one is a finding of the response, see settle_guessed_kinds)
            r"|\b(?:sees|saw)\b|\b(?:i|we|they|you) notice\b"
            r"|"
            + few.WE_HAVE_TROUBLE
            + "|"
            + few.NOTICE_THAT
            + "|"
            + few.TOLD_US
            + "|"
            + few.FEEDBACK_RECEIVED
            + "|"
            + states.REALIZED_TROUBLE,
        ),
        # "Joins started to fail", "the page started timing out": the incident's own course, not a deed.
        (EventKind.NOTE, INCIDENT_COURSE),
        (
            EventKind.ACTION,
            ACTION_WORDS + "|" + few.INSTRUCTED_STEP,
        ),
    )
)
