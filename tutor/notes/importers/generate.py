"""Follow-ups and why-questions made from the notes' own structure, for notes
that come without authored ones. Nothing is added to the history: a generated
question only points at what the notes already say.

- A note with a cause in it ("so", "because", "as a result", "=") yields a why
  follow-up about that link.
- A heading that asks why or how, or that lists reasons, causes or effects,
  with two or more notes under it, becomes a why-question whose points are
  those notes; each point's prompt blanks its most telling word.
"""

from __future__ import annotations

import re

from tutor.text.lexicon import FRAMING_WORDS, STOPWORDS
from tutor.text.normalise import raw_tokens

_CAUSE = re.compile(r"\s(?:so|because|as a result(?: of)?|therefore|which meant|led to|due to|=)\s", re.I)
_ASKS = re.compile(r"^\s*(why|how)\b|\b(reasons?|causes?|effects?|consequences?|results?|impact)\b", re.I)


def _short(text: str, words: int = 8) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def followups_for(topics) -> dict:
    fragments: dict[str, list[str]] = {}
    for topic in topics:
        for frag in topic.fragments:
            match = _CAUSE.search(frag["text"])
            if match:
                before, after = frag["text"][: match.start()].strip(), frag["text"][match.end():].strip()
                if before and after:
                    fragments[frag["id"]] = [f"Your notes link '{_short(before)}' with '{_short(after)}': "
                                             "can you explain how one leads to the other?"]
    topic_questions = {
        t.id: [f"Which idea under '{t.title}' matters most, and why?",
               f"How do the ideas under '{t.title}' connect to each other?"] for t in topics}
    return {"fragments": fragments, "topics": topic_questions}


def _key_words(text: str) -> list[str]:
    """The words that carry a note, rarest-looking first (longest as a cheap proxy)."""
    words = [w for w in raw_tokens(text) if w not in STOPWORDS and w not in FRAMING_WORDS and len(w) > 2]
    return sorted(dict.fromkeys(words), key=lambda w: (-len(w), words.index(w)))


def _blank(text: str, word: str) -> str:
    return re.sub(rf"\b{re.escape(word)}\b", "___", text, count=1, flags=re.I)


def why_questions_for(topics) -> list[dict]:
    questions: list[dict] = []
    for topic in topics:
        for heading in [h["text"] for h in topic.headings]:
            under = [f for f in topic.fragments if f["trail"] and f["trail"][-1] == heading]
            if len(under) < 2 or not _ASKS.search(heading):
                continue
            points = []
            for n, frag in enumerate(under[:6], 1):
                keys = _key_words(frag["text"])
                if not keys:
                    continue
                gap = next((k for k in keys if re.search(rf"\b{re.escape(k)}\b", frag["text"], re.I)), None)
                if gap is None:
                    continue
                points.append({
                    "id": f"point-{n}",
                    "text": frag["text"],
                    "fragments": [frag["id"]],
                    "terms": [[k] for k in keys[:2]],
                    "hint": f"Look again at your notes under '{heading.rstrip(':?')}': one idea starts "
                            f"'{' '.join(frag['text'].split()[:2])}…'.",
                    "prompt": _blank(frag["text"], gap).rstrip(".") + "?",
                    "answer": gap,
                })
            if len(points) >= 2:
                question = heading if heading.endswith("?") else \
                    f"What does your topic '{topic.title}' say about {heading.rstrip(':').lower()}?"
                questions.append({"id": f"why-{topic.id}-{len(questions) + 1}", "topic": topic.id,
                                  "question": question[0].upper() + question[1:], "points": points})
    return questions
