"""Test configuration shared by the whole suite.

Qt runs offscreen here so the suite needs no display; it is set before any
test imports Qt.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep QSettings and recovery files of the tests away from the user's own.
os.environ.setdefault("POSTMORTEM_EDITOR_TESTING", "1")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile("default", deadline=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("ci", deadline=None, max_examples=300, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci" if os.environ.get("CI") else "default")

EXAMPLES = ROOT / "resources" / "examples"
SHARED_EXAMPLE = ROOT.parent / "shared" / "examples" / "dns-outage.md"
