"""A turn's path, in one direction:

1. read      the line, once, into a Turn (tutor.dialogue.turn)
2. route     a practice session takes it (practice); a reply to "which do you
             mean?" picks an option (followon.resolve_option); a command is an
             intent (route, intent_replies); a request to practise starts a
             session (practice); anything else is a question
3. retrieve  the candidate notes (retrieve)
4. resolve   "why?", "what next?", "he", a turn that points back (followon)
5. decide    define, decline, branch, clarify or answer (decide)
6. compose   the reply in the notes' words, remembered for the next turn (compose)

Every step notes itself in the reply's Trace.
"""

from __future__ import annotations

from dataclasses import replace

from tutor.dialogue import compose, followon, intent_replies, practice, retrieve, route, swap
from tutor.dialogue.decide import decide
from tutor.dialogue.followon import NEGATION_STEMS
from tutor.dialogue.forms import asks_who, split_questions
from tutor.dialogue.reply import Reply
from tutor.dialogue.resources import Resources, asked_stems
from tutor.dialogue.state import ConversationState
from tutor.dialogue.trace import Trace
from tutor.dialogue.turn import Turn, read_turn, wordlike
from tutor.text.normalise import stem


def clean(text: str | None, limit: int) -> str:
    """The line as the engine reads it: NULs gone, at most `limit` characters, trimmed."""
    return (text or "").replace("\x00", " ")[:limit].strip()


UNKNOWN_WORD = ("I don't know the word '{word}', and your notes don't use it. Ask me a question about your "
                "notes, or say 'topics' to see what they cover.")
LONE_WORD = ("Your notes don't use the word{s} '{word}'. Ask me a question about them, or say 'topics' to see "
             "what they cover.")
NOT_UNDERSTOOD = ("I didn't understand that. Ask me a question about your notes in your own words, "
                  "or say 'help' to see what I can do.")


def respond(res: Resources, text: str, state: ConversationState) -> Reply:
    """Answer one line of the student's, updating the conversation state in place.
    A line asking several questions gets an answer to each, in turn."""
    text = clean(text, res.settings.max_input)
    state.turns += 1
    if not text:
        trace = Trace()
        trace.decided("intent", "an empty line gets the short help")
        return _traced(intent_replies.reply_for(res, "help", state, short=True), trace)
    questions = split_questions(text) if state.session is None else [text]
    if len(questions) > 1:
        replies: list[Reply] = []
        for question in questions:
            reply = respond_one(res, question, state, one_of_several=True)
            replies.append(reply if asks_who(question) else no_more_than_before(res, reply, replies))
        return combine(replies)
    return respond_one(res, text, state)


NO_MORE = "Your notes say no more on that than the answer above."


def no_more_than_before(res: Resources, reply: Reply, before: list[Reply]) -> Reply:
    """A later question of a line answered by a note an earlier one was answered by
    ("when did Stresemann die and who took over after him"): that note was found
    for the first question, and the words the second adds are what it asks, so the
    note must hold them surely (`Settings.repeat_confidence`), or the notes say no
    more. Not for "who": "when was the Kapp Putsch, also who led it" is answered
    by the note that names Kapp, whatever verb it uses."""
    shown = {s.id for r in before for s in r.sources}
    if (reply.status == "answered" and shown & {s.id for s in reply.sources}
            and reply.confidence < res.settings.repeat_confidence):
        if reply.trace is not None:
            reply.trace.decided("decline", f"the same notes as an earlier question, at confidence "
                                           f"{reply.confidence:.2f} under {res.settings.repeat_confidence}")
        return Reply("out_of_scope", NO_MORE, reply.intent, trace=reply.trace)
    return reply


def respond_one(res: Resources, text: str, state: ConversationState, one_of_several: bool = False) -> Reply:
    """`one_of_several`: the line asks more questions than this one; a "which do you
    mean?" amid their answers would leave the rest waiting on it, so it is answered."""
    trace = Trace()
    turn = read_turn(text, res.corpus.analyzer)
    if one_of_several:
        turn = replace(turn, one_of_several=True)
    if not turn.is_understood:  # never read as a follow-up of the last answer, nor an answer to practise
        trace.decided("not understood", "no word of it is English, the notes' or a number")
        word = turn.words[0] if len(turn.words) == 1 and wordlike(turn.words[0]) else ""
        text = UNKNOWN_WORD.format(word=word) if word else NOT_UNDERSTOOD
        return _traced(Reply("not_understood", text, "question"), trace)
    if state.session is not None:
        trace.step("a practice session is under way: the coach reads the line")
        trace.decided("practice", f"control word '{turn.control}'" if turn.control else "read as an answer")
        return _traced(practice.session_turn(res, turn, state, ask=lambda t, s: outside_session(res, t, s, Trace())),
                       trace)
    return _traced(outside_session(res, turn, state, trace), trace)


def outside_session(res: Resources, turn: Turn, state: ConversationState, trace: Trace) -> Reply:
    """Everything after the practice session's turn: options, intents, questions."""
    if state.pending_options:
        chosen = followon.resolve_option(res, turn, state)
        state.pending_options = ()
        if chosen:
            trace.decided("answer", "picks one of the options offered")
            return compose.answer(res, [chosen], turn.query, state, confidence=1.0)
    if state.has_answer and state.last_list and state.last_doc_ids == state.last_list[state.last_item:][:1]:
        # walking a list one item at a time: "and the next" is its next item, not 'more'
        reply = followon.item_of_list(res, turn, state, trace)
        if reply:
            return reply
    def kind(word: str) -> str:
        return followon.word_kind(res, word)

    line = (swap.swapped(state.last_question, turn.text, kind)
            or swap.swapped_term(state.last_question, turn.text, res.branches.siblings_of)
            or swap.parallel(state.last_question, turn.text, kind)
            ) if state.has_answer or state.last_declined else ""
    if line:  # "what about Stalin?" after "who did Trotsky support": asked again about Stalin, afresh
        trace.step(f"the last question asked again: '{line}'")
        turn = read_turn(line, res.corpus.analyzer)
    ranked = retrieve.rank(res, turn.query, turn.wanted)
    trace.weighed(ranked)
    if line:
        return answer_question(res, turn, ranked, state, trace, follows=False)
    intent, why = route.intent_of(res, turn)
    trace.step(why)
    if intent == "explain":
        trace.decided("practice", "starts a practice session")
        return practice.start_session(res, turn, state)
    if intent != "question":
        trace.decided("intent", intent)
        return intent_replies.reply_for(res, intent, state)
    if asks_nothing(turn):  # "whatever", "dunno": no word to ask about, nothing pointed back at
        trace.decided("not understood", "no word but 'not' and words that ask, and no kind of fact asked for")
        return Reply("not_understood", NOT_UNDERSTOOD, "question")
    reply = answer_question(res, turn, ranked, state, trace)
    word = lone_word(res, turn)
    if reply.status == "out_of_scope" and word:  # "banana" after an answer: no question, and no word of theirs
        trace.decided("not understood", f"one word, '{word}', that the notes never use")
        return Reply("not_understood", LONE_WORD.format(word=word, s="s" if "'" in word else ""), "question")
    return reply


def asks_nothing(turn: Turn) -> bool:
    """A line with no word to look up but "not" ("dunno", "whatever", a bare "what"; "the
    causes?" asks for causes): it asks for no kind of fact ("when?" does), points back
    at nothing ("and that one?"), and asks neither why nor what next."""
    return (all(s in NEGATION_STEMS for s in asked_stems(turn.query)) and not turn.wanted and not turn.points_back
            and not turn.person_pronoun and not turn.asks_why and not turn.asks_what_next
            and not turn.query.entities)


def lone_word(res: Resources, turn: Turn) -> str:
    """The words of a short line that asks nothing ("banana", "blah blah", "c'est la
    vie mon ami"), when they are words (not numbers) that no note uses, as the reply
    names them (three at most); else ''."""
    words = list(dict.fromkeys(w for w in turn.words if stem(w) in turn.query.stems
                               and stem(w) not in NEGATION_STEMS))[:3]
    if (not words or not 1 <= len(turn.words) <= 6 or turn.is_question or turn.query.entities
            or not all(w.isalpha() for w in words)):
        return ""
    if any(res.corpus.index.idf(s) is not None for s in turn.query.stems if s not in NEGATION_STEMS):
        return ""
    return "' or '".join(words)


def answer_question(res: Resources, turn: Turn, ranked, state: ConversationState, trace: Trace,
                    follows: bool = True) -> Reply:
    """`follows`: the line may lean on the last answer ("the second one?", "why?");
    a question asked again about something else stands alone."""
    leaned = False
    if follows:
        reply = _follow_on(res, turn, state, trace)
        if reply:
            return reply
        if state.has_answer or state.last_declined:
            turn, ranked, leaned = followon.with_context(res, turn, ranked, state, trace)
            trace.weighed(ranked)
    decision = decide(res, turn, ranked, state, leaned)
    trace.decided(decision.outcome, decision.reason)
    return compose.render(res, decision, turn.query, state)


def _follow_on(res: Resources, turn: Turn, state: ConversationState, trace: Trace) -> Reply | None:
    """The answer to a line that is about the last answer: an item of its list, its
    reasons, what came next; None for a line to be read as a question."""
    if state.has_answer and state.last_list:
        reply = followon.item_of_list(res, turn, state, trace)
        if reply:
            return reply
    reply = followon.item_of_named_list(res, turn, state, trace)
    if reply:
        return reply
    if state.has_answer and turn.asks_why:
        reply = followon.why_of_last(res, turn, state, trace)
        if reply:
            return reply
    if state.has_answer and turn.asks_what_next:
        return followon.next_in_story(res, turn, state, trace)
    return None


def _traced(reply: Reply, trace: Trace) -> Reply:
    return replace(reply, trace=trace)


def combine(replies: list[Reply]) -> Reply:
    """One reply holding the answers to each question of a line, in order."""
    answered = [r for r in replies if r.status == "answered"]
    status = "answered" if answered else replies[0].status
    text = "\n\n".join(f"{n}. {r.answer}" for n, r in enumerate(replies, 1))
    followups = answered[-1].followups if answered else ()
    return Reply(status, text, replies[0].intent, tuple(s for r in replies for s in r.sources), followups,
                 min(r.confidence for r in replies), corrections=tuple(c for r in replies for c in r.corrections),
                 trace=replies[-1].trace, parts=tuple(replies))
