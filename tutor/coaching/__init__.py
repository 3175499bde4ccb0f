"""Practising explanations: grading a student's why-explanation against its
points, the coach's pump-hint-prompt-assertion ladder, progress kept on disk,
and how grades and progress are shown.

May import tutor.text, tutor.storage, tutor.notes, tutor.search and tutor.settings.
"""
