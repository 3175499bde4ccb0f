"""The one kind of error a user sees: a problem they can fix, said in one line.

Every front end catches TutorError, prints its message after "tutor: error:"
and exits with status 2; anything else is a bug and may show a traceback.
"""


class TutorError(Exception):
    """A problem with what the user gave (a file, a folder, an option), in one line."""
