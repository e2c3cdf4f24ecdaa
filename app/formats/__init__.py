"""Reading and writing post-mortems: JSON (native), Markdown, HTML, flowchart images."""
