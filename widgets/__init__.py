"""The editor's window: everything that uses Qt.

PySide's import hook is given a question that keeps no module's source
(``widgets.pyside_source_scan``) here, before any module of the window is
imported: each of them is imported after Qt, through that hook.
"""

from widgets import pyside_source_scan

pyside_source_scan.install()
