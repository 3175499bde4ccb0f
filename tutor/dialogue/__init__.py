"""A conversation's turn, read once and passed one way: the turn's analysis,
its routing (practice session, intent, question), follow-ups resolved against
the conversation so far, the decision (answer, branch, define, clarify,
decline) and the composed reply, with a trace of why.

May import every room below it (text, storage, notes, search, coaching) and
tutor.settings; never tutor.terminal or the top-level tutor.engine.
"""
