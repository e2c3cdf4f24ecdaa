"""A line that announces the list under it ("We will take the following steps.", "次の項目を検討している。").

A measures' section often opens with a sentence telling what comes next, written as a sentence rather than as a
label with a colon: "After the review, the following changes were agreed." over the changes, or, in Japanese,
"再発防止策として、次の項目を検討している。" ("as measures against a repeat, we are weighing the following items")
over its bullets. A careful reader takes it as the list's lead, not as one of its items.
"""

from __future__ import annotations

import re

# "… the following steps.", "… the following preventive measures were put in place.", "… as follows:": the
# announcement closes the sentence, a few words at most after it. Those words name what follows and say it was
# done; none joins another phrase ("Add the following alerts to the dashboard." is a measure, not a lead).
_FOLLOWING = re.compile(
    r"\b(?:the[ \t]+following|as[ \t]+follows)(?P<after>(?:[ \t]+[\w'’-]{1,30}){0,4})[ \t]*[.:]?$", re.IGNORECASE
)
_JOINING = frozenset(
    [
        *("to", "for", "in", "on", "into", "onto", "at", "from", "with", "by", "of", "when", "if", "before"),
        *("after", "the", "a", "an", "our", "each", "every", "and", "or", "so", "that", "which", "where", "until"),
    ]
)
# Japanese: "次の項目", "以下の点", "次のとおり", "以下に示す": "the following items / points", "as follows", "shown
# below" ("次の" alone is also "next": "次のリリースで…" is a measure about the next release).
_FOLLOWING_JA = re.compile(r"(?:次|以下)の(?:項目|点|事項|とおり|通り|内容|もの|対策|施策)|以下に(?:示す|挙げる|記す)")
_LONGEST = 300  # a lead is one sentence; a longer line is a paragraph that happens to say "the following"


def announces_a_list(line: str) -> bool:
    """Whether ``line`` is a sentence announcing the list that follows it, not an item of that list."""
    text = line.strip()
    if not text or len(text) > _LONGEST:
        return False
    if text.endswith(("。", "：", ":")) and _FOLLOWING_JA.search(text):
        return True
    found = _FOLLOWING.search(text)
    return found is not None and not any(word.lower() in _JOINING for word in found["after"].split())


# "Over the past week we carried out an internal review of the outage.": a widely copied template opens its measures
# telling the review they came out of, then announces them. The sentence is the list's lead, no measure of it.
_REVIEW_HELD = re.compile(
    r"\b(?:conducted|made|carried[ \t]+out|performed|held|did|done|completed)[ \t]+(?:an?|the|our)[ \t]+"
    r"(?:internal[ \t]+(?:review|analysis|investigation)"
    r"|(?:review|analysis|investigation)(?:[ \t]+and[ \t]+analysis)?[ \t]+(?:of|on|into)[ \t]+(?:the|this|our)[ \t]+"
    r"(?:outage|incident|issue|event|failure))\b",
    re.IGNORECASE,
)


def tells_the_review(line: str) -> bool:
    """Whether ``line`` opens with a sentence telling of the review the measures came out of."""
    first = re.split(r"(?<=[.!?])\s", line.strip()[:_LONGEST], maxsplit=1)[0]
    return _REVIEW_HELD.search(first) is not None


# "Specific tasks to address these measures include:", "The action items we agreed on:": a sentence closing with a
# colon over a list, saying the list is the tasks.
_NAMES_TASKS = re.compile(r"\b(?:tasks?|to-?dos?|action items?|next steps)\b", re.IGNORECASE)
_LONGEST_TASKS_LEAD = 160


def announces_tasks(line: str) -> bool:
    """Whether ``line`` is a sentence ending with a colon that names the list under it as the tasks."""
    lead = line.strip().strip("*_").rstrip()
    return len(lead) <= _LONGEST_TASKS_LEAD and lead.endswith(":") and _NAMES_TASKS.search(lead) is not None
