"""The drag-to-order timeline editor (issue 4)."""
