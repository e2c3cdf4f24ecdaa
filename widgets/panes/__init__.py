"""One form page per section of the post-mortem; each follows the document's signals."""
