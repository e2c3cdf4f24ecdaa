"""Sections named by the question they answer: which part of the report a reader would fill with the answer.

A learning review or an FAQ asks its way through the incident ("What was the customer-facing impact?",
"How did it end?", "What are we going to change?"): each question, however the team words it, asks for
one part of the report, which its answer then gives. Only a heading that ends in a question mark is read
so ("Impact on merchants" is ``names.section_key``'s); a question asking for none of them ("Why did the
job run on a Saturday?", "When did we first know?") stays a section of its own.
"""

from __future__ import annotations

import re

# "Q: What happened next?", "Question 3: …": the asker's mark before the question, not part of its words.
_ASKED = re.compile(r"^(?:q|question)(?:[ \t]*\d{1,2})?[ \t]*[:.)][ \t]*")

_LONGEST_QUESTION = 160

# In this order: "What will we change to reduce the impact?" asks for measures, not for the impact.
_QUESTIONS = tuple(
    (re.compile(pattern), key)
    for pattern, key in (
        # What the team will do about it: "What are we going to change?", "What will we do differently?".
        (
            r"\b(?:what (?:are|will|should|do|can|must) we (?:going to |need to |have to )?"
            r"(?:change|do differently|do next|do about it|improve|fix going forward)"
            r"|what (?:is|'s) next|what now|next steps|follow[- ]?ups?|action items?"
            r"|how (?:do|will|can|could|should) we (?:prevent|stop|avoid|make sure)"
            r"|what (?:are|will) we (?:changing|doing about))\b",
            "measures",
        ),
        # The answer in time order: "What happened after the page, in order?", "…, step by step?".
        (
            r"\b(?:in order|step by step|sequence of events|in what order"
            r"|what happened (?:next|after|then|from there|during)"
            r"|how did (?:it|this|the (?:incident|outage|response)|things|events) (?:unfold|play out|progress))\b",
            "timeline",
        ),
        # "What was the root cause, in one or two sentences?", "What was the underlying cause?".
        (
            r"\b(?:root cause|underlying cause|real cause|actual cause|what caused|what triggered"
            r"|why did (?:it|this|the (?:incident|outage|failure)) (?:happen|occur|fail|break)"
            r"|what was the cause|what (?:actually |really )?broke"
            # Dutch: "Wat was er aan de hand?" (what was the matter), "Wat ging er mis?", "Hoe kon dit gebeuren?".
            r"|wat was er (?:aan de hand|mis)|wat ging er mis|hoe kon (?:dit|dat|het) gebeuren)\b",
            "cause",
        ),
        # "How did it end?", "What fixed it?", "How did we recover?".
        (
            r"\b(?:how (?:did|was) (?:it|this|the (?:incident|outage|problem|issue)) (?:end|get fixed|fixed"
            r"|resolved|mitigated|stopped|contained)"
            r"|how did we (?:fix|resolve|mitigate|recover|stop|end|contain)"
            r"|what (?:fixed|ended|stopped|resolved|mitigated) (?:it|this|the)"
            r"|what brought (?:it|the service|us) back)\b",
            "resolution",
        ),
        # "What was the customer-facing impact?", "Who was affected, and how badly?".
        (
            r"\b(?:impact|who (?:was|were) (?:affected|hit|impacted)|how (?:bad|badly|many)"
            r"|what did (?:customers|users|merchants|clients) (?:see|experience|notice|lose)"
            # Dutch: "Hoe groot was de schade?" (how great was the damage), "Wat waren de gevolgen?".
            r"|hoe (?:groot|erg) was de schade|wat (?:was|waren) de (?:schade|gevolgen))\b",
            "impact",
        ),
        # What the team took from it: "Where did we get lucky?", "What made it harder than it needed to be?".
        (
            r"\b(?:lucky|luck|went (?:well|badly|right)|harder than|what made it (?:hard|harder|worse|easier)"
            r"|what did we learn|take ?aways?|lessons?|what surprised)\b",
            "closing_notes",
        ),
    )
)


def question_key(heading: str) -> str | None:
    """The part of the report a question heading asks for (``"impact"``, ``"timeline"``, …), or ``None``.

    ``heading`` is the plain name (lower case, its question mark gone) of a heading written as a question."""
    if len(heading) > _LONGEST_QUESTION:
        return None
    bare = _ASKED.sub("", heading)
    for pattern, key in _QUESTIONS:
        if pattern.search(bare):
            return key
    return None


def without_asker(heading: str) -> str:
    """The question without its "Q:" mark ("Q: How did it end" reads "How did it end")."""
    return _ASKED.sub("", heading)
