"""Test configuration shared by the whole suite.

Qt runs offscreen here so the suite needs no display; it is set before any
test imports Qt.
"""

from __future__ import annotations

import contextlib
import faulthandler
import os
import shutil
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep QSettings and recovery files of the tests away from the user's own.
os.environ.setdefault("POSTMORTEM_EDITOR_TESTING", "1")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.user_data import TESTING_PREFIX, testing_folder  # noqa: E402

# What stands for the user's data under POSTMORTEM_EDITOR_TESTING (settings.ini, the spelling
# dictionary's added words, recovery files, library indexes) is a folder named by the process id,
# and ids come round again: a run inherited the words an earlier process of its id had added
# ("templat", then no misspelling to suggest for). Each run starts with it empty and removes it.
TESTING_DATA = testing_folder()
shutil.rmtree(TESTING_DATA, ignore_errors=True)


def pytest_sessionfinish(session, exitstatus) -> None:
    shutil.rmtree(TESTING_DATA, ignore_errors=True)
    remove_ended_processes_folders()


def remove_ended_processes_folders() -> None:
    """The data folders of test processes that have ended: the editors and commands tests start as child
    processes have a folder each (named by their own id), which nothing else removes (thousands piled up)."""
    if sys.platform == "win32":
        return  # os.kill(pid, 0) would end the process there, not ask about it
    settled = time.time() - 600  # a child that ended a moment ago may have a parent still reading its folder
    for folder in TESTING_DATA.parent.glob(f"{TESTING_PREFIX}*"):
        pid = folder.name.removeprefix(TESTING_PREFIX)
        with contextlib.suppress(OSError):
            if pid.isdigit() and not _running(int(pid)) and folder.stat().st_mtime < settled:
                shutil.rmtree(folder, ignore_errors=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process: it is there
    return True


import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

# Two Hypothesis profiles. "ci" is the thorough one: every property runs the
# number of examples its test asks for (300 when it asks for none). "dev", for
# everyday runs, runs a fifth of that (at least 10): property tests were two
# thirds of `make test`. .ci/run sets CI=true; HYPOTHESIS_PROFILE=ci picks the
# thorough run anywhere (HYPOTHESIS_PROFILE=dev the quick one on CI).
THOROUGH_EXAMPLES = 300
DEV_SHARE = 5
DEV_LEAST = 10


def dev_examples(thorough: int) -> int:
    """The examples a property runs in the everyday profile when the thorough run gives it ``thorough``."""
    return max(DEV_LEAST, thorough // DEV_SHARE)


settings.register_profile(
    "ci", deadline=None, max_examples=THOROUGH_EXAMPLES, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "dev",
    deadline=None,
    max_examples=dev_examples(THOROUGH_EXAMPLES),
    suppress_health_check=[HealthCheck.too_slow],
)


def hypothesis_profile() -> str:
    chosen = os.environ.get("HYPOTHESIS_PROFILE", "")
    if chosen:
        return chosen
    return "ci" if os.environ.get("CI", "").lower() not in ("", "0", "false", "no") else "dev"


# Tests are collected under the thorough profile, so each one's settings say what it runs on CI;
# the everyday profile then scales them all by one rule (below).
settings.load_profile("ci")


def pytest_collection_modifyitems(items: list) -> None:
    """In the everyday profile, every property runs ``dev_examples`` of its thorough count.

    Hypothesis has no public way to scale a test's own ``@settings(max_examples=...)``,
    so this replaces the settings @given keeps on each test;
    tests/test_hypothesis_profiles.py fails if a Hypothesis release moves them.
    """
    profile = hypothesis_profile()
    if profile == "dev":
        seen: set[int] = set()
        for item in items:
            test = getattr(item, "obj", None)
            own = getattr(test, "_hypothesis_internal_use_settings", None)
            if own is None or id(test) in seen or not getattr(test, "is_hypothesis_test", False):
                continue
            seen.add(id(test))
            test._hypothesis_internal_use_settings = settings(own, max_examples=dev_examples(own.max_examples))
    settings.load_profile(profile)


EXAMPLES = ROOT / "resources" / "examples"
SHARED_EXAMPLE = ROOT.parent / "shared" / "examples" / "dns-outage.md"


@pytest.fixture(autouse=True)
def _no_test_hangs_forever():
    """A test stuck past 10 minutes ends the run with every thread's traceback.

    pytest-timeout needs the interpreter lock to act; a deadlock between Qt and Python
    holds it. ``faulthandler``'s watchdog is a C thread that does not.
    """
    faulthandler.dump_traceback_later(HANG_SECONDS, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


HANG_SECONDS = 600


@pytest.fixture(autouse=True)
def _collect_on_the_ui_thread():
    """Cycles are collected on the UI thread only, as in the editor (``widgets/collector.py``).

    A test's leftover windows freed by a collection that ran in a worker (the spelling
    dictionary's loader) left a timer registered with freed memory: a segfault a few tests later.
    """
    from PySide6.QtCore import QCoreApplication

    application = QCoreApplication.instance()
    collector = None
    if application is not None:
        from widgets.collector import collect_on_ui_thread

        collector = collect_on_ui_thread(application)
    yield
    if collector is not None:
        collector.collect_due()  # tests that run no event loop still collect between them
