"""Why a reply is what it is: the steps a turn took, the candidate notes weighed
(similarity, coverage, rank, confidence) and the outcome that fired, with its
reason. `tutor ask --trace` prints it; the JSON reply carries it under "trace".
"""

from __future__ import annotations

from dataclasses import dataclass, field

SHOWN_CANDIDATES = 5


@dataclass
class Trace:
    steps: list[str] = field(default_factory=list)
    candidates: list[dict] = field(default_factory=list)
    outcome: str = ""       # answer, branch, define, clarify, decline, followup, intent, practice
    reason: str = ""

    def step(self, text: str) -> None:
        self.steps.append(text)

    def weighed(self, ranked) -> None:
        """The candidates as they stand after this step (the last call wins)."""
        self.candidates = [c.describe() for c in ranked[:SHOWN_CANDIDATES]]

    def decided(self, outcome: str, reason: str) -> None:
        self.outcome, self.reason = outcome, reason

    def to_dict(self) -> dict:
        return {"steps": list(self.steps), "candidates": list(self.candidates), "outcome": self.outcome,
                "reason": self.reason}

    def lines(self) -> list[str]:
        """The trace for a terminal: steps, then each candidate, then the outcome."""
        out = [f"step: {s}" for s in self.steps]
        for n, c in enumerate(self.candidates, 1):
            out.append(f"candidate {n}: {c['note']} ({c['topic']}) score {c['score']:.3f} coverage {c['coverage']:.3f}"
                       f" rank {c['rank']:.3f} confidence {c['confidence']:.3f}")
        out.append(f"outcome: {self.outcome or 'none'}" + (f" ({self.reason})" if self.reason else ""))
        return out
