"""The Graphviz ``dot`` program, run as a subprocess with a time limit and a clean environment.

The ``graphviz`` package's own ``pipe`` has no timeout, so the program is run
here; the package still reports its version. It writes SVG and PNG.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import threading
import time
from functools import cache

from app.flowchart.renderer import (
    DEFAULT_TIMEOUT,
    INSTALL_HINT,
    POLL_INTERVAL,
    NoRendererError,
    RenderCancelledError,
    Renderer,
    RenderError,
    RenderTimeoutError,
)


def _sandbox_environment() -> dict[str, str]:
    """The environment for ``dot``: with SERVER_NAME set Graphviz refuses to load image files.

    The DOT we generate never names a file; this is a second lock on the same door.
    """
    environment = dict(os.environ)
    environment["SERVER_NAME"] = "postmortem-editor"
    environment.pop("GV_FILE_PATH", None)
    return environment


class DotProgram(Renderer):
    name = "dot"
    formats = ("svg", "png")

    def __init__(self, executable: str | None = None) -> None:
        self._executable = executable

    @property
    def executable(self) -> str | None:
        return self._executable or shutil.which("dot")

    def available(self) -> bool:
        return self.executable is not None

    def version(self) -> str:
        return _dot_version(self.executable or "dot")

    def describe(self) -> str:
        return f"Graphviz {self.version()}, the installed dot program ({self.executable})"

    def render(
        self,
        source: str,
        fmt: str = "svg",
        *,
        timeout: float = DEFAULT_TIMEOUT,
        dpi: float = 96.0,
        cancel: threading.Event | None = None,
    ) -> bytes:
        executable = self.executable
        if executable is None:
            raise NoRendererError(INSTALL_HINT)
        if fmt not in self.formats:
            raise RenderError(f"the dot program cannot write {fmt}")
        command = [executable, f"-T{fmt}"]
        if fmt == "png":
            command.append(f"-Gdpi={dpi:g}")
        try:
            process = subprocess.Popen(
                command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=_sandbox_environment(),
            )
        except OSError as error:
            raise RenderError(f"cannot run Graphviz: {error.strerror or error}") from None
        stdout, stderr = self._communicate(process, source.encode("utf-8"), timeout, cancel)
        if process.returncode != 0 or not stdout:
            raise RenderError(_first_error_line(stderr.decode("utf-8", "replace")))
        return stdout

    @staticmethod
    def _communicate(
        process: subprocess.Popen[bytes], data: bytes | None, timeout: float, cancel: threading.Event | None
    ) -> tuple[bytes, bytes]:
        """Wait for ``dot`` in short steps, so a timeout or a cancel kills it promptly."""
        deadline = time.monotonic() + timeout
        with process:
            while True:
                step = max(0.0, min(POLL_INTERVAL, deadline - time.monotonic()))
                try:
                    return process.communicate(data, timeout=step)
                except subprocess.TimeoutExpired:
                    data = None  # Already handed over: communicate() must not be given it twice.
                    if cancel is not None and cancel.is_set():
                        process.kill()
                        process.communicate()
                        raise RenderCancelledError("the render was no longer needed") from None
                    if time.monotonic() >= deadline:
                        process.kill()
                        process.communicate()
                        raise RenderTimeoutError(f"Graphviz took longer than {timeout:g} s and was stopped") from None


@cache
def _dot_version(executable: str) -> str:
    try:
        import graphviz

        return ".".join(str(part) for part in graphviz.version())
    except Exception:  # The package could not run or parse `dot -V`; ask the program directly.
        try:
            output = subprocess.run([executable, "-V"], capture_output=True, timeout=10, check=False).stderr
        except (OSError, subprocess.TimeoutExpired):
            return "unknown version"
        match = re.search(rb"version\s+([0-9][0-9.]*)", output)
        return match.group(1).decode() if match else "unknown version"


def _first_error_line(stderr: str) -> str:
    for line in stderr.splitlines():
        line = line.strip()
        if line and not line.lower().startswith("warning"):
            return f"Graphviz failed: {line.removeprefix('Error: ')}"
    return "Graphviz failed without a message"
