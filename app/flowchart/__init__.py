"""The investigation flowchart without Qt: DOT text, renderers, export, generation from the timeline."""
