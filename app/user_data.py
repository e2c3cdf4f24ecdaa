"""Where the editor keeps what it learns about its user: recovery copies, added words, library indexes.

``POSTMORTEM_EDITOR_DATA_DIR`` puts it all in one chosen folder; under
``POSTMORTEM_EDITOR_TESTING`` (the test suite, the benchmarks) it is a folder of
the temporary directory named by the process, so that no test ever touches the
user's own; otherwise it is the platform's folder for application data.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

TESTING_PREFIX = "postmortem-editor-tests-"


def testing_folder(pid: int | None = None) -> Path:
    """The data folder a process under ``POSTMORTEM_EDITOR_TESTING`` uses (this one's by default)."""
    return Path(tempfile.gettempdir()) / f"{TESTING_PREFIX}{os.getpid() if pid is None else pid}"


def testing() -> bool:
    return bool(os.environ.get("POSTMORTEM_EDITOR_TESTING"))


def data_folder() -> Path:
    """The user's data folder for this application (kept away from it by the tests)."""
    override = os.environ.get("POSTMORTEM_EDITOR_DATA_DIR")
    if override:
        return Path(override)
    if testing():
        return testing_folder()
    import platformdirs

    return Path(platformdirs.user_data_dir("postmortem-editor", appauthor=False))
