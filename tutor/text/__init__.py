"""English: normalising, tokens, stems, spelling, and the English-only word tables.

The lowest room: it imports nothing else of tutor's (but tutor.errors), and it
knows no subject. Every knowledge folder is read through it the same way.
"""
