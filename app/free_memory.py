"""Memory a big job freed, handed back to the system rather than kept by the C allocator.

glibc keeps what a thread frees in that thread's own heap, for its next
allocations. Parsing a 10,000-event file on a runner's thread left 4 MB there
that nothing else used again: the editor's resident memory stayed that much
higher for as long as it ran. ``malloc_trim`` returns the free pages of every
heap at once; elsewhere (another C library) there is nothing to do.
"""

from __future__ import annotations

from collections.abc import Callable

_trim: Callable[[int], int] | None = None
_looked_up = False


def _malloc_trim() -> Callable[[int], int] | None:
    global _trim, _looked_up
    if not _looked_up:
        import ctypes  # here: only a window that reads a file needs it

        try:
            # The program's own symbols, the C library's among them. ctypes lets go of Python's
            # lock during the call: other threads run meanwhile.
            _trim = ctypes.CDLL(None).malloc_trim
        except (OSError, AttributeError, TypeError):
            _trim = None
        _looked_up = True  # after ``_trim`` is set: another reading thread never sees it looked up but unset
    return _trim


def give_back_free_memory() -> bool:
    """Return the pages the C allocator holds free to the system; False where that cannot be done."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
