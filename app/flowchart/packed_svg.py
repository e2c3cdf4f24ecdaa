"""A chart's SVG kept compressed: a 1,400-node chain's 1.6 MB is 0.24 MB so."""

from __future__ import annotations

import zlib
from dataclasses import dataclass


@dataclass(frozen=True)
class PackedSvg:
    """An SVG kept compressed, with its length (so that unpacking it allocates it once, at its size)."""

    packed: bytes
    size: int

    @classmethod
    def of(cls, svg: bytes) -> PackedSvg:
        return cls(zlib.compress(svg, 1), len(svg))

    def unpacked(self) -> bytes:
        # At its size: left to grow, zlib's output buffer took 5.3 MB in steps (its last one 4 MB)
        # and a copy on top for a 1.6 MB SVG, a peak the window's memory kept the mark of.
        return zlib.decompress(self.packed, bufsize=max(1, self.size))

    def head(self, length: int = 4096) -> bytes:
        """The first ``length`` bytes, unpacked alone (the ``<svg>`` tag, with the picture's size)."""
        return zlib.decompressobj().decompress(self.packed, length)
