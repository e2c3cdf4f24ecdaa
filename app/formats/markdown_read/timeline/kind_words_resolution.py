"""The words that say an incident's entry is its resolution: "back to normal", "Billing run completes", "all
monitors green". Tried first (``kind_words.GUESSES``): an entry that "resolved the alert" is a resolution, not a
detection."""

from __future__ import annotations

RESOLUTION_WORDS = (
    r"outage (?:ends|mitigated)|\bresolved\b|\bresolution\b"
    r"|fully (?:restored|recovered|operational|functional|repopulated|rebuilt|resynced|reindexed|replicated|caught up"
    r"|reprocessed|drained)|back to normal|all[- ]clear"
    # "Services restored, and tests confirmed stability", "All services were restored"
    r"|service (?:was |is )?restored|\bservices (?:were |are |have been )?(?:all |fully )?restored\b"
    r"|\bmitigated\b|incident (?:closed|ends?)"
    # A deed told with what it brought back: "Disk space manually freed up to restore service", "rolled back to
    # restore access" (not a try or work under way: "attempted to restore service", "worked to restore service")
    r"|(?<![\w-])(?!(?:attempt|tri|try|work|plan|need|want|help|hop|aim)\w*)[a-z]{2,20}(?:ed|up|out|back)"
    r" (?:[\w-]+ ){0,2}?to restore (?:the )?(?:service|services|access|functionality|operations?|availability)\b"
    # "we called the incident over", "the team stood down"
    r"|\bincident (?:was |is )?(?:over|ended)\b|\b(?:stood|stands?|standing) down\b"
    r"|returned to normal|\brecovery complete"
    # A release that mends the broken one: "3.32.4 is published, fixing 3.32.3", "v2.1.1 shipped, fixing the crash"
    r"|\b(?:published|released|shipped|rolled out)[ \t]?[,;–—-][ \t]?fixing\b"
    # "the problem solved", "issue was solved", "we solved the issue" (not "tried to solve it": not done yet)
    r"|\b(?:problem|issue|error|bug|outage|incident)s? (?:was |were |is |are |has been |have been |got )?solved\b"
    r"|\bsolved (?:the |this |our )?(?:problem|issue|error|bug|outage|incident)\b"
    r"|\b(?:lag|backlog|errors?|alerts?|queue) (?:was |were |is |are |has |have |has been |have been )?cleared"
    r"|\bincident (?:is |was |has been )(?:officially |formally |finally )?(?:closed|resolved)\b"
    # "Queue drained", "the backlog has drained" (not "drained node 3": a deed); "we had stood the war room down"
    r"|\b(?:queue|backlog|lag|buffer)s? (?:was |were |is |are |has |have |has been |have been )?drained\b"
    r"|\b(?:stood|stands?|standing) (?:the |our )?(?:[\w-]+ ){0,2}?down\b"
    # (not a part recovered: "an extra collection which recovered some of the backlog")
    r"|\brecover(?:s|ed|y)\b(?![ \t]+(?:some|part|a[ \t]+(?:little|bit|few|fraction|third|quarter)|a[ \t]+small)\b)"
    r"|\b(?:works?|worked|working|finish(?:es)?|running|up|operational) again\b"
    # "both sites were picking normally again", "trading normally again by 10:05"
    r"|\bnormally again\b"
    # "the site was served with a valid certificate again" (not "was down again": only the words of working)
    r"|\b(?:was|were|is|are) (?:served|serving|loading|reachable|available|online|accessible)\b[^.;]{0,50}?\bagain\b"
    r"|\bback (?:up|online|above|to normal)\b|\brollback (?:is |was )?complete|\bfixed\b"
    # "502 rate back at baseline" (even when the status says "Monitoring"), "p95 back under one second"
    # (not a setting put back: "Timeout set back to 600 s" is a deed)
    r"|(?<!\bset )(?<!\bput )(?<!\bturned )(?<!\bchanged )(?<!\bscaled )"
    # (nor a deed's clock time: "rolled it back at 18:11")
    r"\bback (?:at|to|under|below|within) (?:baseline|normal|zero|the slo|\d(?!\d?(?:[:.h]\d\d|\s?[ap]\.?m\b)))"
    # "End of impact.", "impact ended", "the outage was over at 11:30"
    r"|\bend of (?:the )?(?:customer[- ]|user[- ])?(?:impact|outage|incident|disruption|downtime)\b"
    r"|\b(?:impact|outage|disruption|downtime)(?: was| has| had)? (?:ended|ends|over)\b"
    # "SERVFAIL rate at zero", "errors down to 0%" (not "success rate dropped to zero")
    r"|\b(?:errors?|failures?|timeouts?|5xx|5\d\d|servfails?|packet loss)(?: rates?)?"
    r" (?:is |are |was |were |now |back |down |drop(?:s|ped)? |f[ae]ll |falls |went )*(?:at|to)"
    r" (?:zero|0(?:\.0+)?(?: ?%)?)(?![\d.,])"
    r"|\b(?:delivered"
    r"|sent|accepted|processing|flowing|healthy|available|correct|correctly|succeeding|searchable|current"
    r"|reachable|usable|accessible)"
    r" again\b"
    # "CAD restored on all consoles", "logins recover", "stable for 15 minutes", "succeed for every player"
    r"|\brestored (?:on|for|to) (?:all|every)\b"
    r"|\b(?:logins?|requests?|traffic|services?|sites?|apis?) recover\b"
    r"|\bstable (?:for|again|since)\b|\bsucceed(?:s|ed)? (?:for (?:every|all)|again)\b"
    # "Payments succeeding at all 12 stores", "every request returns 200 again"
    r"|\bsucceed(?:s|ed|ing) (?:at|on|for|in|across) (?:all|every)\b|\b(?:200|2xx|ok)s? again\b"
    # "Users confirmed they could connect again", "shoppers can check out again"
    r"|\b(?:could|can|able to) (?:log ?in|connect|sign in|access|reach|pay|check ?out|use|print|stream)\b"
    r"[^.;]{0,30}?\bagain\b"
    # "Verified all systems operational", "login confirmed working", "users regained access", "all
    # regions stable", "traffic is flowing", "restoration of full functionality", "order was restored"
    r"|\b(?:all |every )(?:[\w-]+ )?(?:systems?|services?|regions?|clusters?|nodes?|sites?|pods?|instances?|hosts?"
    r"|servers?|replicas?|shards?|workers?|brokers?|containers?|resolvers?)"
    r" (?:(?:are|were|is|was|now|verified|confirmed) )*(?:operational|stable|healthy)\b"
    # The whole entry says the service works: "Service operational.", "Website is operational again"
    r"|^\W*(?:the |our )?(?:[\w-]+ ){0,2}?(?:services?|site|website|systems?|app|application|platform|api)"
    r" (?:(?:is|are|was|were|now|back|fully) )*operational(?: again)?[ \t.!]*$"
    r"|\b(?:confirmed|verified) (?:as )?working\b|\bregain(?:s|ed)? access\b|\btraffic (?:is |was )?flowing\b"
    # (not the restoring set going: "set the Ansible play to work restoring normal service", "began restoring …")
    r"|(?<!\bto work )(?<!\bbegan )(?<!\bbegins )(?<!\bstarted )(?<!\bstarts )(?<!\bstart )"
    r"\brestor(?:ation of|ing) (?:the )?(?:full |normal )?(?:[\w-]+ )?"
    r"(?:service|functionality|access|operations?)\b"
    # The window's end written as an entry of its own: "End Time: March 4, 2024, 17:30", "**Incident end:** 14:10"
    r"|^\W*(?:(?:incident|outage|impact|downtime|disruption) )?end(?: time)?[ \t]*(?:\*\*|__)?[ \t]*:"
    r"|^\W*restoration\b|\b(?:order|peace|normality|calm) (?:was |is |has been )?restored\b"
    # "Normal running of operations was restored by 04:00", "connectivity has been restored"
    r"|\bnormal\b[^.;]{0,40}?\b(?:was|were|is|are|has been|have been) (?:fully )?restored\b"
    r"|\b(?:operations|services|connectivity|functionality|access|power) (?:was |were |is |are |has been |have been )"
    r"(?:fully )?restored\b"
    # "Server is live", "the site is back live", "Frontend confirmed UP": the service up again, said of it
    r"|\b(?:server|site|website|service|app|application|system|api|frontend|backend|page|store|shop)s?"
    r" (?:is|are|was|were) (?:now )?(?:back )?live\b(?! (?:on|in|at|with|for)\b)"
    r"|\b(?:confirmed|verified) (?:as )?(?:up|back up|online|back online)\b(?! to\b)"
    r"|\b(?:remains?|back|is|are) within (?:the )?slo\b"
    r"|\bcaught up\b|\bno more (?:errors|failures|duplicates|timeouts|5\d\d)"
    # "sales resumed", "arrival times are back in the app", "verified on a clean install, closing this"
    # ("latency is up 300%", "up by half" is a rise)
    r"|\b(?:is|are) up\b(?! to\b| by\b| from\b| over\b| [~+]?\d| (?:sharply|significantly|steeply|slightly)\b)"
    r"|\b(?:visible|available|working) (?:for|to) (?:all|every)\b"
    r"|\b(?:\w+ )?resumed\b|\b(?:is|are|was|were) back (?:in|on|online|up|for (?:everyone|all|every))\b"
    r"|\bclosing (?:this|the incident)\b"
    # "Call drops stop", "errors stopped": the symptom ends
    r"|\b(?:errors|failures|drops|crashes|timeouts|rejects|rejections|bounces|duplicates)"
    r" (?:stop|stopped|cease|ceased)\b"
    # A batch incident ends when the run it held up gets through: "Billing run completes".
    r"|\b(?:run|job|batch|backfill|replay|re-?index|re-?sync|sync|import|upload|transfer|restore|migration)"
    r" (?:completes|completed|finishes|finished|succeeds|succeeded|is done|was done)\b"
    # The outside party confirming the fix ("The bank confirms the file is accepted"), things had again
    # ("all products have prices again"; not "errors again"), a service back by a time ("printing was
    # back by 2pm"; not "the errors were back")
    r"|\bconfirm(?:s|ed)? (?:that )?(?:[\w'-]+ ){0,4}?(?:is|are|was|were|has been|have been) (?:now )?"
    r"(?:accepted|received|processed|delivered|working|fixed|live|restored|resolved|correct)\b"
    r"|\b(?:has|have|had) (?:their |its |the |all |every |our )?(?!(?:errors?|problems?|issues?|failures?"
    r"|timeouts?|outages?|trouble|crash\w*|fail\w*|alerts?|complaints?|reports?|same|to|been|gone|become|hit"
    r"|run|fallen|broken|lost|died|hung|an?|no|\d{3}s?|5xx)\b)[\w-]+(?<!ed)(?: [\w-]+)? again\b"
    r"|(?<![\w-])(?!(?:errors?|alerts?|problems?|issues?|failures?|timeouts?|bugs?|outages?|symptoms?"
    r"|crash\w*)\b)[\w-]+ (?:is|are|was|were) (?:fully )?back (?:by|at|around|before|within|shortly|\d)"
    # "Cluster green; search results normal", "web-01 back in the HAProxy pool, all requests fast again",
    # "Monitoring confirmed the site was back"
    r"|\b(?:cluster|health|status|build|checks?) (?:is |was |turns? |turned |went |back to )?green\b"
    r"|\b(?:results?|traffic|latency|errors?|metrics|everything|responses?|response times?)"
    r" (?:are |is |was |were )?(?:back to )?normal\b"
    r"|\bback in (?:the )?(?:[\w-]+ ){0,2}?(?:pool|rotation|service|cluster)\b|\bfast again\b"
    r"|\b(?:site|service|api|app|website|server|shop|store)s? (?:is |are |was |were )?back\b"
    r"(?! (?:to|down|off))"
    # "All monitors green ✅", "dashboards back to green", "checks green again".
    r"|\ball (?:[\w-]+ )?(?:monitors|checks|dashboards|alerts|graphs|metrics|lights|systems)"
    r"(?: (?:are|were|back|turned|went))?(?: to)? green\b|\b(?:back to|turned|went) green\b|\bgreen again\b"
    # The system doing its work as it should: "screens respond normally at both sites", "orders load normally
    # again" (not "worked normally until 07:40", "not responding normally")
    r"|(?<!\bnot )(?<!n't )\b(?:respond|load|work|run|behave|perform|function|operat|process|print|sync)\w*"
    r"(?: again)? (?:normally|as (?:normal|usual|expected))\b(?! (?:until|till|before|up to)\b)"
    # The service answering quickly again, said of it: "my web app responded promptly" (not "the team responded
    # quickly to the page": people answering)
    r"|\b(?:app|application|site|website|server|service|api|page|system|database|db|backend|frontend)s?"
    r" (?:now |again |finally )?respond(?:s|ed)? (?:again )?(?:promptly|quickly|swiftly|smoothly|instantly|fast)\b"
    # The service said whole and checked: "Full service restoration confirmed", "Full service functionality
    # confirmed" (the check of the state is its end)
    r"|\b(?:full|complete|normal) (?:service |system )?(?:restoration|functionality|operations?|service)"
    r" (?:was |is |has been )?(?:confirmed|verified|achieved)\b"
    # A machine put back to work: "cas-02 returns to the pool", "node goes back into rotation"
    r"|\breturn(?:s|ed)? to (?:the )?(?:[\w-]+ ){0,2}?(?:pool|rotation|service|operation|production)\b"
    r"|\bback into (?:the )?(?:[\w-]+ ){0,2}?(?:pool|rotation|service|cluster)\b"
    # A state reached by a time: "the farm was healthy by 15:50", "all regions stable by noon"
    r"|\b(?:is|are|was|were) (?:fully |all |now )?(?:healthy|operational|stable|green) (?:by|before|within)\b"
    # Those affected confirming it works: "All stores confirm shelf labels match the tills", "users confirm
    # they can connect" (not "confirms the errors match the deploy", "confirms they can see the charges")
    r"|\bconfirm(?:s|ed)? (?:that )?(?!(?:the )?(?:errors?|failures?|problems?|issues?|bugs?|outages?|crash\w*)\b)"
    r"(?:[\w'-]+ ){0,5}?(?:now )?(?:match(?:es)?|line up|agree|reconcile|balance"
    r"|can (?:log ?in|connect|sign in|access|reach|pay|check ?out|use|print|stream|order|book|load))\b(?! not\b)"
    # The stopgap put away: "Downtime procedures ended", "read-only mode lifted", "paper process stood down"
    r"|\b(?:downtime|fallback|contingency|paper|manual|read-only|degraded|emergency)(?: [\w-]+)?"
    r" (?:procedures?|mode|process(?:es)?|operations?|page|banner|plan) (?:is |was |were |are )?(?:ended|ends"
    r"|lifted|withdrawn|deactivated|over|turned off|switched off|taken down)\b"
    r"|\bdowntime (?:is |was )?(?:ended|ends|over)\b"
    # Everything put back: "we restored everything from versioning by 10:35", "all files restored"
    r"|\brestored (?:everything|it all|all of (?:it|them))\b|\b(?:everything|all (?:files|data|records|objects))"
    r" (?:was |were |is |are |has been |have been )?(?:restored|recovered)\b"
    # An entry closed by "Done." (or "All done."): the writer's word that the work, and the incident, are over
    r"|(?:^|[.!;][ \t]+)(?:all )?done[.!]?[ \t]*$"
)
