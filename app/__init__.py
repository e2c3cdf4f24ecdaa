"""Postmortem Editor: the Qt-free core (model, formats, metrics, DOT, command line)."""

from __future__ import annotations

__version__ = "0.1.0"
