"""Finding the notes that answer a question: analysing text into the index's
terms, TF-IDF vectors and the inverted index, the packed table of notes,
candidate ranking by coverage, and the branches of the notes' headings.

May import tutor.text, tutor.storage, tutor.notes and tutor.settings.
"""
