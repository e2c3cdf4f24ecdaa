"""How many typing slips apart two words are: a letter missing, added or changed, or two letters swapped.

Shared by the readers that forgive a slip in a known word: a section's name ("## Issue Sumary") and a month's
in a date ("Octuber 1, 2021").
"""

from __future__ import annotations


def typing_slips(left: str, right: str, most: int) -> int:
    """The optimal-string-alignment distance between two strings, stopping once it passes ``most``."""
    previous2: list[int] = []
    previous = list(range(len(right) + 1))
    for i, char in enumerate(left, 1):
        current = [i] + [0] * len(right)
        for j, other in enumerate(right, 1):
            cost = char != other
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char == right[j - 2] and left[i - 2] == other:
                current[j] = min(current[j], previous2[j - 2] + 1)  # two letters swapped: one slip
        if min(current) > most:
            return most + 1
        previous2, previous = previous, current
    return previous[-1]
