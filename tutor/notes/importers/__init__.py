"""Turn a student's own notes (Coggle text, Markdown, OPML, FreeMind, plain text)
into a knowledge folder the tutor answers from, unchanged."""

FORMATS = ("auto", "coggle", "markdown", "opml", "freemind", "text")  # what --format takes
