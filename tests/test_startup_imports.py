"""What the window's start imports, and in which order: what it does not show, it does not load.

Each check starts a fresh Python the way ``postmortem-editor FILE`` does
(the steps ``bench window`` times) and looks at the modules it imported by
the time the window is shown with its document open.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.formats import json_format
from bench.common import without_qt_noise
from tests.test_window_fixtures import sample_document

ROOT = Path(__file__).resolve().parent.parent

# The steps of bench_window.EDITOR_WINDOW, with every module recorded in the order it is first imported.
START_AND_LIST_IMPORTS = """
import json, sys
order = []

class Recorder:
    def find_spec(self, name, path=None, target=None):
        order.append(name)
        return None

sys.meta_path.insert(0, Recorder())
from pathlib import Path
from app.cli import configure_process, prepare_editor_start
configure_process()
prepare_editor_start()
from widgets.application import create_application, show_editor
app = create_application([])
window = show_editor(Path(sys.argv[1]))
app.processEvents()
assert window.document.model.metadata.title, "the document did not open"
import tokenize
from PySide6 import QtGui
print(json.dumps({
    "order": order,
    "loaded": sorted(sys.modules),
    "qt_gui_types": sorted(name for name, value in vars(QtGui).items() if isinstance(value, type)),
    "tokenize_patterns": tokenize._compile.cache_info().currsize,
}))
"""


def _run(code: str, *args: str, **env: str) -> str:
    environment = {key: value for key, value in os.environ.items() if key != "PYDANTIC_DISABLE_PLUGINS"}  # unset
    environment.update(QT_QPA_PLATFORM="offscreen", POSTMORTEM_EDITOR_TESTING="1", PYTHONPATH=str(ROOT), **env)
    result = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=environment, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, without_qt_noise(result.stderr)
    return result.stdout


@pytest.fixture(scope="module")
def window_start(tmp_path_factory) -> dict[str, list[str]]:
    folder = tmp_path_factory.mktemp("start")
    path = folder / "outage.json"
    path.write_text(json_format.dumps(sample_document()), encoding="utf-8")
    return json.loads(_run(START_AND_LIST_IMPORTS, str(path), POSTMORTEM_EDITOR_DATA_DIR=str(folder)))


def test_the_window_imports_its_qt_free_modules_before_qt(window_start):
    # After PySide6, every import runs through its hook, which reads each new module's whole source.
    order = window_start["order"]
    qt = order.index("PySide6.QtCore")
    late = [name for name in order[qt:] if name == "pydantic" or name.startswith(("app.", "pydantic."))]
    assert late == [], f"imported after Qt (add them to app.process_start.WINDOW_START_MODULES): {late}"


@pytest.mark.parametrize(
    "module",
    [
        "importlib.metadata",  # pydantic's plugin lookup, with plugins off
        "app.timeparse",  # reading times: the window only shows them at start
        "app.timezones",
        "widgets.printing",  # File › Print and Export › PDF
        "PySide6.QtPrintSupport",
        "app.formats.html_export",
        "app.formats.markdown_read",  # the document is JSON
        "widgets.library.window",
        "app.flowchart.render",  # the chart: on the Humor page, not shown
        "widgets.flowchart.pane",
        "PySide6.QtSvgWidgets",
        "widgets.panes.timeline_page",  # pages not on screen
        "widgets.timeline.pane",
        "widgets.panes.summary",
        "widgets.panes.humor",
        "spellchecker",  # the dictionary loads in the background after the window shows
        "widgets.spelling",  # the Overview has no prose field to check
        "app.spelling",
        "widgets.flowchart.chart_font",  # registered when a chart is first drawn
        "html",  # escaping for Help › Keyboard Shortcuts; html.entities is a table of 2,000 names
        "importlib.resources",  # the user guide's text
        "widgets.preview_render",  # the preview's first render starts after the window's first paint
        "widgets.preview_window",
        "widgets.file_writing",  # the first save or export (the warm-up imports it after the first paint)
    ],
)
def test_the_window_shows_without_loading_what_is_not_on_screen(window_start, module):
    assert module not in window_start["loaded"]


def test_the_window_shows_without_making_qt_types_it_does_not_use(window_start):
    # PySide makes a Qt class's Python type when first named, with its enums: QGradient's 169 presets
    # cost 1.5 % of the start. Naming QBrush(colour) or fillRect(rect, colour) is enough to make it.
    assert "QGradient" not in window_start["qt_gui_types"]


def test_the_model_is_built_without_reading_a_builtins_signature(window_start):
    # pydantic asks each default factory for its signature; for ``list`` inspect parses its text
    # signature with tokenize, whose patterns are compiled for that alone (1 % of the start).
    assert window_start["tokenize_patterns"] == 0


def test_with_plugins_off_the_model_is_built_and_checks_without_importlib_metadata():
    code = """
import json, sys
from app.cli import configure_process
configure_process()
from pydantic import ValidationError
from app.model import PostMortem
document = PostMortem.model_validate({"metadata": {"title": " DNS "}, "timeline": [{"kind": "action"}]})
try:
    PostMortem.model_validate({"metadata": {"titel": "typo"}})
    refused = False
except ValidationError:
    refused = True
print(json.dumps([document.metadata.title, refused, "importlib.metadata" in sys.modules]))
"""
    assert json.loads(_run(code)) == ["DNS", True, False]


def test_a_user_who_turns_plugins_on_gets_pydantics_own_plugin_loader():
    code = """
import sys
from app.cli import configure_process
configure_process()
from app.model import PostMortem
PostMortem()
print("importlib.metadata" in sys.modules)
"""
    assert _run(code, PYDANTIC_DISABLE_PLUGINS="").strip() == "True"


def test_showing_a_time_does_not_load_the_parser_and_reading_one_does():
    code = """
import sys
from datetime import UTC, datetime
from app.timefmt import format_timestamp
shown = format_timestamp(datetime(2025, 3, 3, 11, 12, tzinfo=UTC))
before = "app.timeparse" in sys.modules or "app.timezones" in sys.modules
from app.timefmt import Reading, parse_timestamp, zone_named
read = parse_timestamp("March 3, 2025, 11:12 PST")
print(shown, before, read.isoformat(), zone_named("CET").key, Reading.__name__)
"""
    assert _run(code).split() == [
        "March",
        "3,",
        "2025,",
        "11:12",
        "UTC",
        "False",
        "2025-03-03T11:12:00-08:00",
        "Europe/Berlin",
        "Reading",
    ]
