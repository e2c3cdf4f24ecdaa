"""Words that change an event's guessed kind rather than give one: a step that did not help outranks a
recovery's words beside it, and some words are not of the event at all (a channel's name, "no alert", a
machine's own "reports success")."""

from __future__ import annotations

import re

# A step that did not help, even beside a recovery's words ("Rollback complete; error rate unchanged"): the
# symptom unchanged or worse after it ("scales the web tier to 12. Errors increase."), the step doing nothing
# ("Restarting the spooler did nothing"), or a new harm ("The sync completes, but it now hides the products").
NO_BETTER = re.compile(
    r"\b(?:errors?|error rates?|failures?|failure rates?|timeouts?|\d{3}s|latency|lag|backlog|queue(?: depth)?"
    r"|symptoms?|graphs?|numbers?|behaviou?r|results?|[\w-]+ rates?) (?:is |are |was |were |stays? |stayed "
    r"|remains? |remained |looks? |looked )?(?:unchanged|unaffected|no better|just as bad)\b"
    r"|\b(?:did|does|changed|fixed|achieved|helped) nothing\b|\bmade no difference\b|\bhad no effect\b"
    r"|\b(?:didn['’]t|did not|doesn['’]t|does not) (?:help|change anything|do anything|make (?:a|any) difference)\b"
    # "Restarted the API pods, which didn't fix it", "the rollback did not solve anything"
    r"|\b(?:didn['’]t|did not|doesn['’]t|does not|won['’]t|couldn['’]t|could not|failed to) (?:fix|solve|resolve"
    r"|cure|stop|clear) (?:it|this|that|anything|much|the (?:[\w-]+ ){0,2}?(?:problems?|issues?|errors?|outage|incident"
    r"|symptoms?))\b"
    # "successfully restarts, but error persists": the step done, the trouble not gone
    r"|\bbut (?:the )?(?:[\w-]+ )?(?:errors?|issues?|problems?|symptoms?|failures?|outage)"
    r" (?:still )?persist(?:s|ed)?\b"
    r"|\bno (?:change|improvement|difference|effect)\b|\bmade (?:it|things|matters) worse\b"
    # A step tried that failed: "We attempted to roll the certificates back. This did not work as hoped", "to no
    # avail" ("users say login didn't work" is the symptom, not a step: the trying is asked for).
    r"|\b(?:tried|attempted|attempts?|trying) to\b[^.;]{0,200}?[.;:,][ \t]*(?:this|that|it|which)[ \t]+"
    r"(?:did not|didn['’]t|does not|doesn['’]t) work\b|\bto no avail\b"
    r"|\bnothing (?:changes|changed|improves|improved|gets better|got better)\b"
    # "A rollback was started to restore service, but it failed": the step, not the recovery it aimed at
    r"|\bbut (?:it|this|that|the (?:[\w-]+ )?(?:rollback|restart|fix|attempt|change|deploy\w*)) (?:also )?"
    r"(?:failed|did not work|didn['’]t work|was unsuccessful)\b"
    r"|\b(?:restart|reboot|scal|add|increas|rais|retr|re-?run|clear|flush|purg|redeploy|switch|patch|bump|doubl)"
    r"\w*\b[^.;]{0,200}?[.;,][^.;]{0,120}?\b(?:errors?|failures?|timeouts?|latency|lag|\d{3}s|(?:error|failure) rate"
    r"|queue|backlog) (?:\w+ )?(?:increase[sd]?|ris(?:e|es|ing)|rose|gr(?:ow|ows|ew|owing)|climb(?:s|ed)?"
    r"|doubl(?:e|es|ed)|spik(?:e|es|ed)|worsen(?:s|ed)?|gets? worse|got worse|jump(?:s|ed)?)\b"
    r"|\bbut (?:[\w-]+ ){0,3}?now (?:also )?(?:hid|hide|break|drop|delet|remov|los|block|reject|fail|crash|skip|omit"
    r"|wip|duplicat|doubl)\w*"
    r"|\bbut (?:[\w-]+ ){0,3}?now (?:shows?|returns?|serves?|sends?|gives?) (?:no|nothing|blank|empty|zero|wrong"
    r"|stale|errors?|\d{3})\b"
    # Better only for a while: "Sign-ins work for about four minutes, then fail again", "recovers, but goes
    # down again at 14:20" (alone, "fails again" is the incident's course)
    r"|\b(?:then|but|before|only to|and then)(?: [\w-]+){0,2}? (?:fail|break|drop|crash|die|stop|hang|error|time)"
    r"(?:s|ed|ing)?(?: out)? again\b|\b(?:then|but|before|only to) (?:go|goes|going|went) (?:down|dark) again\b",
    re.IGNORECASE,
)

# A name's lookup: "the host resolved to the same IP address", "resolves to 10.0.0.4", "resolved to the old CNAME".
DNS_RESOLVED = (
    r"\bresolv(?:ed|es|ing) to (?:the |an? |its |their )?(?:[\w-]+ )?(?:ip\b|ips\b|address(?:es)?\b|hosts?\b"
    r"|hostnames?\b|records?\b|cnames?\b|servers?\b|\d{1,3}\.\d{1,3}\.)"
)

# "#support-escalations", "#shop-alerts": a channel's name says where, not what happened; and
# "No alert: the notice went to a retired mailbox" says nobody was told, not that someone was; and
# "de-escalated to SEV3" lowers the incident, the opposite of an escalation.
NOT_WORDS_OF_THE_EVENT = re.compile(
    # "the job reports success anyway": a machine's own word on itself, which nobody has read yet
    r"\b(?:job|script|wrapper|task|run|cron\w*|it|export|import|backup|tool|process|pipeline|build|step)s?"
    r" (?:still |also |again |then |just )?(?:reports?|reported|logs|logged|returns|returned|exits|exited)"
    r" (?:a |an )?(?:success\w*|ok|0|zero|done|complet\w*|no errors?|green)\b"
    r"|(?<![\w&])#[A-Za-z][\w-]*|\bde-?escalat\w*(?: (?:\w+ ){0,2}?to (?:an? )?(?:sev|p)[- ]?\d\b)?"
    r"|\b(?:no|without|never|did not|didn't|was not|wasn't|nobody was|no one was) (?:an? |any )?(?:alert|page)\w*"
    r"|\b(?:nobody|no one) (?:notices|noticed|sees|saw)\b"
    # "the resolution remained elusive", "no immediate resolution": no resolution yet; "no task failures observed"
    # "a decision is made to discard the queue in order to get the service back up": the aim, not yet the outcome
    r"|\b(?:in order|so as) to\b[^.;]{0,120}"
    r"|\b(?:no|without an?|without any)(?: [a-z]+)? resolution\b"
    r"|\bresolution (?:remained|remains|was still|still|stayed) \w+"
    # "as the restarts were not leading to a resolution", "hadn't reached any resolution": one not reached
    r"|\b(?:not|never|\w+n't)(?: [\w-]+){0,3}? (?:an? |any )?resolution\b"
    r"|\bresolution (?:strategy|plan|path|options?|ideas?)\b|\bno (?:[\w-]+ ){0,2}?(?:observed|detected|noticed)\b"
    # "to see if the server is up and running": the state asked about, not reached; "temporarily resolved the
    # issue": no end yet; "reached out to support for a resolution", "the urgency of the resolution": the aim
    r"|\bto (?:see|check|verify|confirm|find out|determine|test|make sure) (?:if|whether)\b[^.;]{0,120}"
    r"|\b(?:temporarily|briefly|partially|partly|momentarily) (?:resolv|fix|restor|mitigat|recover)\w*"
    r"|\b(?:for|towards?|seeking|awaiting) (?:a |an |the )?(?:quick |permanent |final |proper )?"
    r"(?:resolution|solution)\b"
    r"|\b(?:urgency|need|pressure|race|search|hunt|quest) (?:of|for) (?:the |a |an )?(?:resolution|fix|solution)\b"
    # "complaints began to escalate the urgency": the pressure rising, no one brought in
    r"|\bescalat\w* (?:the )?(?:urgency|pressure|tension|frustration|concerns?)\b"
    r"(?: (?:of|for) (?:the |a |an )?(?:resolution|fix|solution)\b)?"
    # "nslookup resolved to the same IP address": a name looked up, not the incident resolved
    r"|" + DNS_RESOLVED,
    re.IGNORECASE,
)
