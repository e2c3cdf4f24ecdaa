"""Entries whose kind a careful reader is sure of from who did what, whatever hedge or later word they hold.

A monitor or pager telling someone is the detection, even when the alert was shrugged off at first; a team
told in the passive is brought in; an investigation begun is a step of the response, however the narrator
guesses after; a theory named is a wrong turn; a deed with its "re-" apart is still a deed; a service coming
back to life is the recovery; an error reported in Korean or a problem found in Chinese is the detection.
"""

from __future__ import annotations

import pytest

from app.model import EventKind
from tests.import_helpers import kind_of_entry


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # A machine whose job is to tell
        ("The pager informed the weekend crew", EventKind.DETECTION),
        ("The monitoring system alerted us about a slow checkout, at first dismissed as a blip.", EventKind.DETECTION),
        ("PagerDuty notified the platform team", EventKind.DETECTION),
        # The first word reaching someone
        ("I recieved an email with the problem from a shop owner", EventKind.DETECTION),
        ("We got a phone call about the broken login page", EventKind.DETECTION),
        ("Spotted 412 stuck jobs in the queue", EventKind.DETECTION),
        # People brought in, said in the passive or up the ladder
        ("The database team was notified", EventKind.ESCALATION),
        ("The network admins were informed", EventKind.ESCALATION),
        ("Our SOS was sent up to the platform leads", EventKind.ESCALATION),
        ("The alarm went up the chain of command", EventKind.ESCALATION),
        # An investigation begun, however hedged
        ("Troubleshooting begins. Lena probably looked at the router first.", EventKind.ACTION),
        ("The support crew started investigating, at first suspecting the CDN.", EventKind.ACTION),
        ("First look: the web team began troubleshooting, thinking it was DNS.", EventKind.ACTION),
        ("Workers were rebooted. Probably by Lena, from her phone.", EventKind.ACTION),
        # Deeds in other words
        ("Our deploy command restarts the redis service", EventKind.ACTION),
        ("Firewall re-configured", EventKind.ACTION),
        # A guess named as one
        ("Disk corruption theory (another dead-end hunt)", EventKind.MISLEADING),
        ("A wild misdirection: we chased the firewall", EventKind.MISLEADING),
        # A service back to life
        ("Shop website awakens at last", EventKind.RESOLUTION),
        # Korean and Chinese
        ("결제 페이지 500 오류 보고", EventKind.DETECTION),
        ("캐시 설정 복원", EventKind.RESOLUTION),
        ("测试时发现三个问题：登录失败、页面空白", EventKind.DETECTION),
    ],
)
def test_the_entry_gets_the_kind_its_sentence_makes_sure_of(text: str, kind: EventKind) -> None:
    assert kind_of_entry(text) is kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # The words above, where they say something else
        ("It was a bizarre summoning ritual of ping commands", EventKind.NOTE),
        ("Workers were restarted. No change, still failing.", EventKind.MISLEADING),
    ],
)
def test_the_same_words_saying_something_else_keep_their_kind(text: str, kind: EventKind) -> None:
    assert kind_of_entry(text) is kind
