"""A text browser for untrusted HTML: it loads nothing, and opens only http(s) links, in the user's browser."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QTextBrowser, QWidget

from widgets.preview_document import refused_resource
from widgets.qt_guard import never_raises


class SafeBrowser(QTextBrowser):
    """A QTextBrowser that loads nothing and follows no link by itself."""

    # None means the desktop's browser; tests put a recorder here.
    external_link_opener: Callable[[QUrl], Any] | None = None

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.refused_resources: list[str] = []
        self.anchorClicked.connect(self._on_anchor)

    @never_raises(fallback=lambda _self, kind, _url: refused_resource(kind))
    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        # Images, style sheets, anything the HTML names: refused, whatever the scheme.
        self.refused_resources.append(url.toString() if isinstance(url, QUrl) else str(url))
        return refused_resource(kind)

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https"):
            opener = type(self).external_link_opener or _open_in_browser
            opener(url)
        elif url.hasFragment() and not url.scheme():
            self.scrollToAnchor(url.fragment())


def _open_in_browser(url: QUrl) -> None:
    # Imported here: looking up QDesktopServices at import time costs ~25 ms of startup.
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(url)
