"""The first report of the problem, with the incident opened on it in the same entry: "Support reports blank
invoices from two customers; incident opened".

The news is the report: a careful reader takes the entry as the detection, the incident opened on it being the
report's consequence (no one more was brought in), as a service desk's call is the detection whoever the desk
calls next. Bounded: the report's words and the clause before the incident are short.
"""

from __future__ import annotations

# Support, customers or users telling of the problem, then "; incident opened" (or declared, raised, created).
FIRST_REPORT_OPENS_THE_INCIDENT = (
    r"^\W*(?:the |our |a |an |two |several |some |many |\d{1,4} )?(?:[\w-]+ ){0,2}?"
    r"(?:support|customers?|users?|clients?|merchants?|members?|service ?desk|help ?desk)(?: team| desk| agents?)?"
    r" (?:reports?|reported|flags?|flagged|notices?|noticed|complains?|complained)\b[^;\n]{0,160}?"
    r"[;,][ \t]*(?:an? |the )?incident (?:was |is )?(?:opened|declared|raised|created|logged)\b"
)
