"""The words that say an incident's entry is a step of the response: "rolled back", "Laura cancels the query",
"ok, restarting the workers now", "`df -h` shows / at 100%". Tried last (``kind_words.GUESSES``): an entry holding
the words of an earlier kind (a resolution, an escalation, a wrong turn) is that kind, however much was done.
"""

from __future__ import annotations

from app.formats.markdown_read.timeline.kind_firsts_sure import PLAIN_DEEDS

ACTION_WORDS = (
    r"\broll(?:s|ed)? out\b|\brolling back\b|\b(?:dis|en)abl(?:e|es|ed)\b|\bswitched\b|\brebuilt\b"
    # "flag turned off", "routed the hub through store 9's line", "requested a new certificate", "talked us
    # through restoring the old profile"
    r"|\b(?:turn|switch|flipp?)(?:s|ed)? (?:[\w-]+ ){0,3}?(?:off|on)\b|\bturned (?:off|on)\b"
    r"|\b(?:re)?rout(?:es|ed)\b|\brequest(?:s|ed) (?:an?|the|new|more|access|\d)"
    r"|\btalk(?:s|ed) (?:us|me|them|him|her) through\b|\brestor(?:es|ing)\b"
    # A finding ("Dev confirmed that the certificate had expired") and a repair starting ("Replay of the
    # cart write-ahead log starts")
    r"|\b(?:confirm(?:s|ed)|determin(?:es|ed)|establish(?:es|ed)) that\b"
    r"|^\W*(?:the )?(?:replay|restore|rebuild|reindex|backfill|resync|rollback|failover|migration)\b"
    r"[^.;]{0,60}?\bstart(?:s|ed)\b"
    r"|\bruns? (?:the |a |an |our )?(?:[\w-]+ ){0,3}?(?:runbook|playbook|script|procedure)\b"
    r"|\bfinds\b|\bthrottl(?:es|ed)\b|\broll(?:s|ed)? (?:[\w.-]+ ){1,3}?back (?:to|from)\b|^\W*manual(?:ly)?\b"
    # "Formal recall request sent to the bank", "notice sent to all stores"
    r"|\b(?:request|notice|letter|notification|instruction)s? (?:was |were )?sent\b|"
    r"roll(?:ed)?[- ]?back|\brevert|\brestart|\brebooted|\bdeploy|\bscaled|\bfail(?:ed)? ?over|\bdisabled\b"
    r"|\benabled\b|\bapplied\b|\bpushed\b|\bpatch|\bmigrat|\bflush|\bdrain|\bblocked\b|\bincreased\b"
    r"|\bremoved\b"
    # Work done with others: "Collaborated with the network team to swap the switch", "worked with the vendor"
    r"|\b(?:collaborat|coordinat)(?:es|ed|ing) with\b|\b(?:worked|teamed up|partnered) with\b"
    r"|\bupgrad|\bbegan\b|\bbegins\b|\bstarted\b|\binvestigat|\bran\b|\bexecuted\b|\bupdated\b|\bchanged\b"
    # Looking into the fault, as "investigating" is: "Debugging apache configuration files."
    r"|\bdebugg(?:ed|ing)\b"
    # Power put back by hand: "Engineering powers the server back on", "powered the rack up"; a redeploy set off:
    # "Redeploy triggered via the CLI"
    # A decision to act: "a decision is made to discard the queued data", "we decided to fail over" (not one to
    # hold back: "decided to wait for the vendor")
    r"|\b(?:decision (?:is|was) (?:made|taken)|decid(?:es|ed)) to "
    r"(?!wait\b|not\b|leave\b|ignore\b|monitor\b|watch\b|keep\b|do nothing\b)"
    r"|\bpower(?:s|ed|ing)? (?:[\w-]+ ){0,3}?(?:back )?(?:on|up)\b"
    r"|\bre-?deploy(?:ment)? (?:was )?(?:triggered|started)\b"
    # Deeds written in the past tense: "repack cancelled", "old chain restored", "mailer redeployed".
    r"|\brestored\b|\bcancell?ed\b|\bredeployed\b|\bstopped (?:the|all|a|an|our|their|it)\b|\bpaused\b"
    # The same deeds told in the present: "Laura cancels the query", "Elif stops the second job",
    # "Tomás generates a new API key", "power-cycles the access points"
    r"|\b(?:cancels|stops|kills|terminates|reboots|power[- ]?cycles|regenerates|recreates|replaces|removes"
    r"|deletes|purges|rotates|reconfigures|rebuilds|reinstalls|resets|reruns|unblocks|revokes|resends)"
    r" (?:the|a|an|all|our|their|it|them|both|every|each|two|three|\d)\b"
    r"|\b(?:generat|creat|issu|provision)(?:es|ed) (?:a |an )?(?:new|fresh|replacement)\b"
    r"|\bpurged\b|\bhalted\b|\breplayed\b|\bkilled\b|\bterminated\b|\brotated\b|\breconfigured\b"
    r"|\bincreases\b|\braise[sd]\b|\blower(?:s|ed)\b|\breduc(?:es|ed)\b"
    r"|\badded\b|\breplaced\b|\bmoved\b|\binstructed\b|\bsuspended\b|\bhotfix"
    r"|\bcheck(?:s|ed|ing)\b|\bby hand\b|\bmanually\b|\bpauses\b"
    # "On-call engineers sprang into action", "a better fix is being developed": work under way
    r"|\b(?:sprang|sprung|springs|jumped|jumps|swung|swings|leapt|leaped|went|goes) into action\b"
    r"|\b(?:fix|patch|workaround|hotfix|solution)(?:es)? (?:is|was|are|were) being"
    r" (?:developed|prepared|written|worked on|tested|built|deployed|rolled out)\b"
    # A check named by its noun, a finding by the work that made it, a cache cleaned, work begun, a slip seen in
    # the code: "Second check of the proxy logs", "Trace analysis revealed …", "Confirmation that the worker is
    # down", "Priya cleaned the build cache", "Cleanup script begun", "We see a typo in the hostname"
    r"|(?:^|:[ \t])\W*(?:(?:first|initial|second|quick|manual|further|another|final) )?check (?:of|for|on|in|into)\b"
    r"|\b(?:analysis|investigation|review|inspection|examination|diagnostics?|debugging|troubleshooting|audit)"
    r" (?:revealed|reveals|showed|shows|uncovered|uncovers|pointed to|points to|indicated|indicates)\b"
    r"|^\W*confirmation (?:that|of)\b|\bclean(?:s|ed)? (?:up |out )?(?:the|a|an|his|her|their|our|my|its)\b"
    r"|\b(?:scripts?|work|testing|tests?|investigation|troubleshooting|debugging|fix|repairs?|rollback|migration"
    r"|deployment|analysis|cleanup|rebuild) (?:was |were |has |have |had )?(?:been )?begun\b"
    r"|\b(?:i|we|he|she|they) (?:see|spot) (?:a|an|the) (?:[\w-]+ )?(?:mistake|typo|misspelling|misconfiguration)\b"
    # A chat's deed under way: "dana: purging the CDN", "ok, restarting the workers now"
    r"|(?:^|: )\W*(?:ok(?:ay)?,? |now |so )?(?:purging|restarting|rebooting|reverting|rolling back|scaling"
    r"|draining|flushing|clearing|bouncing|failing over|disabling|enabling|redeploying|deploying|retagging"
    r"|killing|removing|deleting|raising|lowering|switching|re-?running|retrying|replaying|backfilling"
    r"|restoring|rebuilding|reindexing)\b"
    # "Starting replay of the failed events", "kicking off the backfill": a repair begun, said in a chat
    r"|(?:^|: )\W*(?:starting|kicking off) (?:the |a |an )?(?:[\w-]+ ){0,2}?(?:replay|backfill|restore|rebuild"
    r"|reindex|resync|rollback|roll-back|failover|migration|re-?run|redeploy)\b"
    # "Flag percentage set to 0 %", "focus shifted to the web tier", "configuration adjusted to
    # rectify", "a fix implemented", "Applying priority classes", "evaluated the repositories",
    # "looked for the package", "verified that the nodes joined", "changes the load balancing",
    # "balances 10% of traffic", "starts replicating the index", "starts 2x instance count increase"
    r"|\bset (?:to|back to)\b|\bshift(?:s|ed)\b|\badjust(?:s|ed|ing)?\b|\brectif(?:y|ies|ied)\b"
    r"|\bimplement(?:s|ed)\b|\bapplying\b|\bevaluat(?:es|ed)\b|\blook(?:s|ed) (?:for|into|at|through)\b"
    r"|\btrack(?:s|ed) down\b"
    r"|\bverif(?:y|ies|ied)\b|\bchanges\b|\b(?:re)?balanc(?:es|ed)\b|\breinstat(?:es|ed)\b"
    r"|\bstarts (?:an?|the|\d\S*|second|another) \w|\bstarts (?!to\b)\w+ing\b"
    # "Digest re-sent to the 298,000 subscribers", "All 1,940 blank invoices re-issued"
    r"|\bre-?(?:sent|issued|delivered)\b"
    # Finding the cause is a step of the response: "DBA identified the query holding locks".
    r"|\b(?:identified|pinpointed|diagnosed|traced)\b"
    # Steps of an investigation: "I curl the homepage", "opened the site", "Jonas reads the ticket", "Used
    # strace", "Tried to SSH into web-01", "Mariana compares v3.13 and v3.14", "Root cause found",
    # "the domain was renewed", "New certificate issued and uploaded", "Fixed the typo"
    # (not the system's own course: "the circuit breaker opened", "running out of disk", "used memory
    # at 95%", "404 Not Found", "latency compared with last week", "uploads fail")
    r"|\bcurl(?:s|ed)?\b|\bopen(?:s|ed)\b (?:the|a|an|our|my|his|her|their|it|up)\b"
    r"|\b(?:i|we|you) (?:open|run|ran|use|try|read|check|test|compare)\b"
    r"|\breads? (?:the |through the )?(?:[\w-]+ ){0,2}?(?:logs?|tickets?|errors?|output|config"
    r"|traces?|alerts?|dashboards?|metrics|code)\b"
    r"|^\W*(?:running|ran|using|tried|trying|opened|ssh(?:ed|'d)?)\b(?! (?:out|low|slow|hot)\b)"
    r"|^\W*used\b(?! (?:memory|disk|space|cpu|swap|ram|storage|capacity|bandwidth|connections?)\b)"
    r"|^\W*logged (?:in|into|on)\b|\b(?:i|we|he|she|they) tri(?:es|ed) to\b"
    r"|\bcompar(?:es|ed)\b(?! (?:to|with)\b)|\binspect(?:s|ed|ing)?\b|\bexamin(?:es|ed|ing)\b"
    r"|\bgrep(?:s|ped)?\b"
    # A command with its arguments leading the entry: "`strace -p 1234` while curling shows …", "`nginx -t`
    # then `systemctl reload nginx`" (someone ran it; not "`web-02` goes down")
    r"|^\W*`(?:sudo )?[a-z][\w.-]*(?: +[\w./<>@:=*'\"{}$|&-]+)+ *`"
    r"|\b(?:wrote|deleted|created|dropped) (?:a|an|the|all|our|my|it|them|both|every|each|\d)\b"
    r"|\blogg(?:ed|ing) (?:in|on|into|onto)\b|\bssh(?:es|ed|'d)? (?:in)?to\b|(?<!\bnot )(?<!\bnever )\bfound\b"
    r"|\brenew(?:s|ed)\b|\bissued\b|\buploaded\b|\bfix(?:es|ed)? (?:the|a|an|our|it|its)\b|\bwas fixed\b"
    # Deeds in the passive, often without their doer: "New certificate installed on the gateway", "3.2.1
    # released with the fix", "The rule was corrected", "Maintenance job stopped by the DBA"
    r"|(?<!\bnothing )(?<!\bnot )(?<!\bnever )(?<!\bno )(?<!n't )"
    r"\b(?:re-?)?(?:installed|released|corrected|reverted|amended|repaired|reloaded"
    r"|swapped|repointed|re-?imaged|resized|truncated|compressed|recompiled|re-?enabled|re-?applied"
    r"|re-?created|re-?indexed)\b"
    r"|\b(?:installs|corrects|publishes|repairs|reloads|swaps|resizes|truncates|compresses|re-?images)\b"
    # "New PSK and tunnel IPs entered on the firewall": values put in by hand
    r"|(?<!\bnot )\b(?:entered|keyed in|typed in|pasted) (?:on|into|in) (?:the|a|an|our|both|each|every)\b"
    # A step named by its noun: "Partial fix: re-ingest the last 48h", "Full rebuild of the index"
    r"|^\W*(?:(?:partial|temporary|interim|quick|first|second|full|complete|manual|emergency|permanent) )?"
    r"(?:fix|rebuild|re-?index|rollback|failover|restore|workaround|mitigation|backfill|re-?ingest(?:ion)?)\b"
    r"(?:\s*:| of\b| for\b| started\b| begins\b| under ?way\b| in progress\b)"
    r"|\b(?:stopped|killed|halted|paused) (?:by|manually)\b"
    r"|\bruns? (?:[`'\"]|(?:df|dig|curl|openssl|strace|tcpdump|netstat|ps|top|htop|grep|kubectl|docker"
    r"|systemctl|journalctl|mysql|psql|nslookup|ping|traceroute|telnet|lsof|du|free|iostat|vmstat|dmesg|whois)\b)"
    # "Console shows fork: retry", "`df -h` shows / at 100%": what someone's command or screen shows them
    r"|\b(?:console|output|strace|netstat|dmesg|journalctl|syslog)\b (?:shows?|showed|says|said"
    r"|reveals?|revealed|prints?|printed|indicates?|indicated)\b|^\W*`[^`]{1,80}`\s+(?:shows?|showed|returns?|returned|says|said"
    r"|reveals?|revealed|prints?|printed|lists?|listed)\b"
    # Looking into the fault in the words people write it: "we start to debug the site", "took a second look at
    # the output", "I dove deep into the queries", "delved into the schema", "correcting the suffix"
    r"|\b(?:to|we|i|they|he|she) debug\b|\b(?:tak(?:e|es|ing)|took) (?:a|another) (?:[\w-]+ )?look (?:at|into)\b"
    r"|\b(?:dove|dived|dives|diving|delved|delves|delving|dug|digs|digging) (?:deep |deeper |further )?into\b"
    r"|\b(?:locating|correcting|modifying)\b|\b(?:i|we|he|she|they|then|and) modif(?:ied|ies)\b"
    r"|^\W*(?:modif(?:ied|ies)|request(?:s|ed))\b"
    # Watching after a change, by someone: "I monitored the app's performance", "stability was monitored"
    # (not the standing "the site is monitored by Pingdom")
    r"|\b(?:i|we|he|she|they|was|were|been|being)(?: \w+ly)? monitored\b(?! (?:by|via|with|through)\b)"
    # A tool put on the fault: "strace was attached to the running process", "runs git blame", "tested it out"
    r"|\b(?:strace|ltrace|gdb|debugger|profiler)\b[^.;]{0,20}?\battach(?:es|ed)?\b"
    r"|\battach(?:es|ed|ing) (?:strace|ltrace|gdb|an? (?:debugger|profiler)|the (?:debugger|profiler))\b"
    r"|\b(?:runs?|ran|running) git\b|\btested (?:it|the|a|an|our|their|this|that)\b"
    # A finding said in the passive: "It was discovered that a routing rule ..." (as "found" is a step)
    r"|\bit was (?:then |later |eventually |finally |soon )?(?:discovered|found|determined|established) that\b"
    r"|" + PLAIN_DEEDS
)
