"""The student's notes: the knowledge model, loading and validating a knowledge
folder, the importers that make one from notes files, and the library of
imported notes.

May import tutor.text and tutor.storage; never search, coaching, dialogue or
terminal.
"""
