"""tutor: an offline history tutor that answers from the student's own notes."""

__version__ = "0.1.0"
