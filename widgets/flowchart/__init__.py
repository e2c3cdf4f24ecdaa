"""The flowchart panel: node and edge editors beside the live-rendered chart."""
