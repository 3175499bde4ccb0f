"""An explain-why session, in the manner of AutoTutor's expectation dialogue.

The tutor asks a why-question; after each student turn it credits the points
newly made, corrects a misconception or reversal at once, then works on one
missing point at a time: a pump ("What else?"), the point's hint, its prompt,
and last the point itself with its source. The session ends with a summary:
what the student said unaided, what needed help, what the tutor supplied, and
the model answer with sources.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from tutor.coaching.grading import Grade, Grader
from tutor.notes.model import Fragment, KnowledgeBase, WhyPoint, WhyQuestion
from tutor.text.normalise import raw_tokens

PUMP, HINT, PROMPT, TELL = 1, 2, 3, 4
PUMPS = ("What else could explain it?", "Can you think of another reason?", "What other reason is there?")
PRAISED_PUMP = "Good - what else?"   # only after a point the student made this turn
GAP_WORDS = 4   # an answer this short to a prompt with a gap fills the gap, or does not
VERDICTS = {"student": ("✓", "made"), "helped": ("~", "made with help"), "reversed": ("✗", "said the wrong way round"),
            "tutor": ("·", "missing (given)")}
_CONTROL = {
    "hint": re.compile(r"^\s*(hint|clue|help|give me a (hint|clue)|can i have a hint)\W*$", re.I),
    "dont_know": re.compile(r"^\s*(i\s*(do\s*n[o']?t|dont|dunno)\s*know|idk|dunno|no idea|not sure|"
                            r"i\s*(don'?t|do not) remember|no clue|pass)\W*$", re.I),
    "skip": re.compile(r"^\s*(skip( it| this)?|next( one)?|tell me|just tell me|give up|i give up)\W*$", re.I),
    "why": re.compile(r"^\s*(why\??|why is that\??|how come\??|where does it say that\??)\s*$", re.I),
    "stop": re.compile(r"^\s*(stop|end|finish|done|i'?m done|enough|leave|stop (the )?(test|quiz))\W*$", re.I),
}


@dataclass
class PointState:
    stage: int = 0          # how far the tutor has gone to draw it out: pump, hint, prompt, tell
    made_by: str = ""       # "student" (unaided), "helped" (after a hint or prompt), "tutor"


@dataclass
class ExplainSession:
    question: WhyQuestion
    points: dict[str, PointState] = field(default_factory=dict)
    answers: list[str] = field(default_factory=list)
    corrected: set[str] = field(default_factory=set)
    doubted: set[str] = field(default_factory=set)    # claims already met with "your notes don't say that"
    finished: bool = False
    pumps: int = 0
    engaged: bool = False    # the student has answered, or asked for help, at least once
    recorded: bool = False   # progress holds this session as an attempt

    def __post_init__(self):
        if not self.points:
            self.points = {p.id: PointState() for p in self.question.points}

    def missing(self) -> list[WhyPoint]:
        return [p for p in self.question.points if not self.points[p.id].made_by]

    def count(self, who: str) -> int:
        return sum(1 for s in self.points.values() if s.made_by == who)


@dataclass(frozen=True)
class Turn:
    text: str
    finished: bool
    credited: tuple[str, ...] = ()   # point ids the student made this turn


def control_of(text: str) -> str:
    """'hint', 'skip', 'I don't know', 'why?', 'stop': the word steering the session
    (a key of _CONTROL), or '' when the line is an answer."""
    return next((name for name, pattern in _CONTROL.items() if pattern.match(text or "")), "")


def opening(session: ExplainSession) -> str:
    n = len(session.question.points)
    return (f"Let's practise explaining. {session.question.question}\n"
            f"Answer in your own words; a full answer makes {n} points. "
            "Say 'hint' if you're stuck, 'skip' to hear a point, 'stop' to finish.")


def point_notes(kb: KnowledgeBase, point: WhyPoint) -> list[Fragment]:
    """The notes a point rests on (any the knowledge base no longer holds left out)."""
    found = []
    for frag_id in point.fragments:
        try:
            found.append(kb.fragment(frag_id))
        except KeyError:
            continue
    return found


def source_label(kb: KnowledgeBase, point: WhyPoint) -> str:
    return "; ".join(f"notes {frag.line_label}" for frag in point_notes(kb, point))


def source_text(kb: KnowledgeBase, point: WhyPoint) -> str:
    """The notes a point rests on, in their words, with where they are."""
    return "; ".join(f'{frag.line_label}: "{frag.text}"' for frag in point_notes(kb, point)) or point.text


def _fills_prompt(point: WhyPoint, words: tuple[str, ...]) -> bool:
    """A word or two that fills the prompt's gap ("enough", "bases"), spelling forgiven."""
    said = " ".join(words)
    for answer in point.answers:
        wanted = " ".join(raw_tokens(answer))
        if wanted and (wanted in said or fuzz.partial_ratio(wanted, said) >= 85 and len(wanted) >= 4):
            return True
    return False


def _credit(session: ExplainSession, grade: Grade) -> list[WhyPoint]:
    newly = []
    for point in grade.covered:
        state = session.points[point.id]
        if not state.made_by:
            state.made_by = "helped" if state.stage >= HINT else "student"
            newly.append(point)
    return newly


def verdict_of(session: ExplainSession, point: WhyPoint) -> str:
    """One verdict per point: made, made with help, said the wrong way round, or missing."""
    made_by = session.points[point.id].made_by
    if made_by in ("student", "helped"):
        return made_by
    return "reversed" if point.id in session.corrected else "tutor"


def _summary(kb: KnowledgeBase, session: ExplainSession) -> str:
    session.finished = True
    total = len(session.question.points)
    own, helped, told = session.count("student"), session.count("helped"), session.count("tutor")
    told += len(session.missing())
    lines = [f"Summary: you made {own + helped} of {total} points"
             + (f" ({own} on your own, {helped} with a hint or prompt)" if helped else " on your own")
             + (f"; I gave you {told}." if told else ".")]
    lines.append(f"A full answer to \"{session.question.question}\":")
    for point in session.question.points:
        mark, verdict = VERDICTS[verdict_of(session, point)]
        lines.append(f"  {mark} {point.text}.  ({source_label(kb, point)}) - {verdict}")
    return "\n".join(lines)


def _next_move(kb: KnowledgeBase, session: ExplainSession, said: list[str], praised: bool = False) -> Turn:
    """Work on the first missing point one step further, or finish. A pump praises
    only a point the student made this turn, never the tutor's own answer."""
    missing = session.missing()
    if not missing:
        return Turn("\n".join(said + [_summary(kb, session)]), True)
    point = missing[0]
    state = session.points[point.id]
    state.stage += 1
    if state.stage == PUMP:
        said.append(PRAISED_PUMP if praised else PUMPS[session.pumps % len(PUMPS)])
        session.pumps += 1
    elif state.stage == HINT:
        said.append(f"Hint: {point.hint}")
    elif state.stage == PROMPT:
        said.append(point.prompt)
    else:
        state.made_by = "tutor"
        said.append(f"Here's one: {point.text}. ({source_label(kb, point)})")
        return _next_move(kb, session, said)
    return Turn("\n".join(said), False)


def _gap_answer(kb: KnowledgeBase, session: ExplainSession, current: WhyPoint, text: str,
                words: tuple[str, ...]) -> Turn:
    """A word or two after a prompt with a gap answers that gap and nothing else."""
    if _fills_prompt(current, words):
        session.points[current.id].made_by = "helped"
        turn = _next_move(kb, session, [f"Yes: {current.text}."], praised=True)
        return Turn(turn.text, turn.finished, (current.id,))
    return _next_move(kb, session, [f"Not quite - \"{text.strip()}\" doesn't fill that gap."])


def _restated(session: ExplainSession, grade: Grade) -> list[str]:
    """Points this answer makes that were made already: acknowledged, not counted again."""
    said = []
    for point in grade.covered:
        made_by = session.points[point.id].made_by
        if made_by == "tutor":
            said.append(f"Yes, that's the point I gave you: {point.text}.")
        elif made_by:
            said.append(f"Yes - you made that point already: {point.text}.")
    return said


def _doubts(kb: KnowledgeBase, grader: Grader, session: ExplainSession, grade: Grade) -> list[str]:
    """Claims the notes never make, each met once, with the closest thing they do say."""
    said = []
    for claim in grade.unsupported:
        if claim in session.doubted:
            continue
        session.doubted.add(claim)
        closest = grader.closest_note(claim, [f.text for f in _topic_notes(kb, session.question)])
        said.append(f"Your notes don't say that (\"{claim}\")."
                    + (f" The closest they come: {closest}." if closest else ""))
    return said


def _topic_notes(kb: KnowledgeBase, question: WhyQuestion):
    try:
        return kb.topic(question.topic).fragments
    except KeyError:
        return ()


def take_turn(kb: KnowledgeBase, grader: Grader, session: ExplainSession, text: str, *,
              words: tuple[str, ...], control: str = "") -> Turn:
    """One student turn (its text, its normalised words, its control word if it steers
    the session): credit, correct, then nudge towards what is missing."""
    missing = session.missing()
    current = missing[0] if missing else None
    at_gap = current is not None and session.points[current.id].stage == PROMPT and 0 < len(words) <= GAP_WORDS
    if current and at_gap and _fills_prompt(current, words):
        session.engaged = True
        return _gap_answer(kb, session, current, text, words)  # "enough" fills the gap; it does not stop
    if control == "stop":
        return Turn(_summary(kb, session), True)
    first = not session.engaged
    session.engaged = True
    if control == "why":
        point = current or session.question.points[-1]
        return Turn(f"Your notes, {source_text(kb, point)}. Which of their words explains it?", False)
    if current and control == "hint":
        state = session.points[current.id]
        state.stage = max(state.stage, PUMP)
        return _next_move(kb, session, [])
    if current and control == "skip":
        session.points[current.id].stage = PROMPT
        return _next_move(kb, session, [])
    if control == "dont_know":
        if current and first:  # straight to the first hint: "what else?" means nothing yet
            session.points[current.id].stage = max(session.points[current.id].stage, PUMP)
        return _next_move(kb, session, ["That's fine - let's work it out together."])
    if current and at_gap:
        return _gap_answer(kb, session, current, text, words)

    own = grader.grade(session.question, text)
    said = _restated(session, own)   # before crediting: what was made before this turn
    session.answers.append(text)
    grade = grader.grade(session.question, session.answers)
    newly = _credit(session, grade)
    said = [f"Yes: {p.text}." for p in newly] + said
    for key, message in grade.corrections():
        made = key in session.points and session.points[key].made_by  # a point already made stands
        if key not in session.corrected and not made:
            session.corrected.add(key)
            said.append(message)
    said += _doubts(kb, grader, session, own)
    if not said:
        said.append("That doesn't make any of the points yet, but keep going.")
    turn = _next_move(kb, session, said, praised=bool(newly))
    return Turn(turn.text, turn.finished, tuple(p.id for p in newly))
