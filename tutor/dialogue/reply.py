"""What the engine says back: one dataclass every front end renders its own way."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace

from tutor.dialogue.trace import Trace

STATUSES = ("answered", "out_of_scope", "clarify", "intent", "not_understood")


@dataclass(frozen=True)
class Source:
    """Where a piece of an answer came from: a note fragment or a glossary entry."""

    id: str
    kind: str  # "note" or "glossary"
    trail: tuple[str, ...]
    file: str
    lines: tuple[int, ...]
    text: str

    def label(self) -> str:
        """One dim line for the terminal: Notes › CHINA · line 17."""
        if self.kind == "glossary":
            return f"Glossary › {self.trail[-1] if self.trail else self.id} (background, not your notes)"
        first, last = self.lines[0], self.lines[-1]
        where = f"line {first}" if first == last else f"lines {first}-{last}"
        return "Notes › " + " › ".join(t.rstrip(": ") for t in self.trail) + f" · {where}"


@dataclass(frozen=True)
class Reply:
    status: str
    answer: str
    intent: str = "question"
    sources: tuple[Source, ...] = ()
    followups: tuple[str, ...] = ()
    confidence: float = 0.0
    options: tuple[str, ...] = ()
    corrections: tuple[tuple[str, str], ...] = ()
    ends_session: bool = False
    trace: Trace | None = field(default=None, compare=False, repr=False)
    parts: tuple[Reply, ...] = ()   # one reply for each question of a line that asked several

    def to_dict(self, trace: bool = False) -> dict:
        """The reply as JSON-able data; with `trace`, why it is what it is."""
        data = asdict(replace(self, trace=None, parts=()))
        data.pop("trace")
        data["parts"] = [part.to_dict(trace) for part in self.parts]
        if trace and self.trace is not None:
            data["trace"] = self.trace.to_dict()
        data["sources"] = [
            {**asdict(s), "trail": list(s.trail), "lines": list(s.lines)} for s in self.sources
        ]
        data["followups"] = list(self.followups)
        data["options"] = list(self.options)
        data["corrections"] = [{"typed": a, "read_as": b} for a, b in self.corrections]
        data["confidence"] = round(float(self.confidence), 3)
        return data
