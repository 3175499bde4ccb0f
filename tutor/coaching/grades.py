"""What grading an explanation found: a verdict per point, the misconceptions it
holds, and the claims the notes never make."""

from __future__ import annotations

from dataclasses import dataclass

from tutor.notes.model import Misconception, WhyPoint, WhyQuestion


@dataclass(frozen=True)
class PointVerdict:
    point: WhyPoint
    covered: bool
    score: float
    reversed: bool = False
    evidence: str = ""


@dataclass(frozen=True)
class Grade:
    question: WhyQuestion
    verdicts: tuple[PointVerdict, ...]
    misconceptions: tuple[Misconception, ...] = ()
    unsupported: tuple[str, ...] = ()   # claims (in the student's words) the notes never make

    @property
    def covered(self) -> tuple[WhyPoint, ...]:
        return tuple(v.point for v in self.verdicts if v.covered)

    @property
    def reversed(self) -> tuple[WhyPoint, ...]:
        return tuple(v.point for v in self.verdicts if v.reversed)

    def corrections(self) -> list[tuple[str, str]]:
        """(key, what to say) for each misconception, else for each point said the wrong
        way round: a misconception's correction already says what the notes say."""
        said = [(m.text, f"Not quite: {m.correction}") for m in self.misconceptions]
        if not said:
            said = [(p.id, f"Careful - that's the wrong way round. Your notes say: {p.text}.") for p in self.reversed]
        return said
