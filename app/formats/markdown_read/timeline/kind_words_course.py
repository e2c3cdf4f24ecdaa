"""The words that say an entry tells the incident's own course, not a deed of the response: "joins started to
fail", "hit rate drops to zero", "the nightly reindex job starts". Tried just before the deeds' words
(``kind_words.GUESSES``): "errors began" is seen, not done, though "began" alone is a step begun.
"""

from __future__ import annotations

INCIDENT_COURSE = (
    r"\b(?:started|starts|began|begins) (?:to )?(?:fail|time out|timing out|error|return|climb|rise|rising"
    r"|grow|slow|drop|degrad|reject|queue|back up|stall"
    # "Database performance began to stabilize": the measure settling on its own, seen (the deed was before)
    r"|stabili[sz]|normali[sz]|improv|settle)"
    # "hit rate drops to zero", "p99 jumped to 9s": a measure moving is seen, not done.
    r"|\b(?:drops?|dropped|falls?|fell|jumps?|jumped|spikes?|spiked|climbs?|climbed)"
    r" (?:to|by|from|above|below)\b"
    r"|\b(?:impact|outage|degradation|disruption|errors?|failures|duplicates|timeouts)"
    r" (?:began|begins|started|starts)\b"
    r"|\bstart(?:s|ed)? (?:running out|crashing|restarting|erroring)\b"
    # "Nightly reindex job starts", "scheduled backup job started": the schedule's doing, no response
    # "Scheduler starts the same job a second time", "Automated renewal replaces the certificate": the
    # machine's doing, not the response's
    r"|^\W*(?:an? |the )?(?:automated|automatic|scheduled|nightly)\b[^.;]{0,40}?"
    r"\b(?:cancels|stops|kills|terminates|reboots|replaces|removes|deletes|purges|rotates|resets|reruns)\b"
    r"|^\W*(?:the )?(?:scheduler|cron(?:job)?|timer|job runner)\b[^.;]{0,20}?"
    r"\b(?:start(?:s|ed)?|launch(?:es|ed)?|kick(?:s|ed) off|re-?runs?)\b"
    r"|\b(?:nightly|scheduled|daily|hourly|weekly|cron|automated)\b[^.;]{0,40}?\b(?:jobs?|tasks?|backups?|runs?"
    r"|reindex|exports?|imports?|syncs?)\b[^.;]{0,20}?\b(?:start(?:s|ed)?|began|begins|kick(?:s|ed) off)\b"
)
