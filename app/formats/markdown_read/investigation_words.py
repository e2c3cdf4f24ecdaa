"""Words that say a heading, a label or a drawing's name is about the investigation's path.

"How we debugged it", "The path we took", "Troubleshooting", "digraph debugging": a flowchart under such
words traces what the responders tried, in order, and a careful reader takes it as the investigation's
flowchart (the Humor Element's), wherever the document put it. Kept apart from the readers that use them
(``joke_humor``, ``investigation_chart``) so that either can be loaded alone.
"""

from __future__ import annotations

import re

INVESTIGATION_WORDS = re.compile(
    r"\b(?:debug\w*|troubleshoot\w*|investigat\w*|adventure|flow[ -]?chart|rabbit[ -]hole|detective|journey"
    r"|how[ \t]+(?:we|to|it)\b|what[ \t]+we[ \t]+tried|wild[ \t]+goose|decision[ \t]+tree|choose"
    # "The path we took", "Path taken", "Our path to the fix", "Steps we took", "Dead ends", "The trail"
    r"|path[ \t]+(?:we|I)[ \t]+(?:took|followed|walked)|path[ \t]+taken|our[ \t]+path"
    r"|path[ \t]+to[ \t]+(?:the[ \t]+)?(?:fix|root|resolution|cause|answer|mitigation)"
    r"|steps[ \t]+we[ \t]+took|dead[ \t]+ends?|trail\b)",
    re.IGNORECASE,
)

_LONGEST_HEADING = 200


def names_the_investigation(text: str) -> bool:
    """Whether a heading, a label or a drawing's name says it is about the investigation's path."""
    return bool(INVESTIGATION_WORDS.search(text[:_LONGEST_HEADING]))
