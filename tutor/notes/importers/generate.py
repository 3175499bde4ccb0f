"""Follow-ups and why-questions made from what the notes say, for notes that
come without authored ones. Nothing is added to the subject: a generated
question only points at the notes' own words and how they hang together.

Follow-ups, by what a note does:
- it links a cause and an effect ("so", "because", "=", "leads to"): how does one lead to the other?
- it sets two things against each other ("but", "whereas", "rather than"): what makes the difference?
- it defines a term ("Term: ...", "Term - ...", "Term is ..."): put it in your own words, with an example
- it heads a list: which of its points matters most, and why?
- it gives a figure or a date: what does it show?
A topic asks how two of its branches connect.

Why-questions come from a heading, or a note heading others, that asks why or
how, or lists reasons, causes, effects, advantages or factors; its points are
the notes under it. A point's key ideas are its rarest words, each with the
everyday words of the same meaning (WordNet), so an explanation in the
student's own words is still recognised.
"""

from __future__ import annotations

import re

from tutor.text.lexicon import FRAMING_WORDS, NEGATIONS, STOPWORDS, ordinary_words
from tutor.text.normalise import raw_tokens
from tutor.text.wordnet import WordNet

_CAUSE = re.compile(r"\s(?:so|because|as a result(?: of)?|therefore|which meant|leads? to|led to|due to|=|->|→)\s",
                    re.I)
_CONTRAST = re.compile(r"\s(?:but|whereas|while|rather than|instead of|however|unlike|although)\s", re.I)
_DEFINITION = re.compile(r"^\s*([^:–—=]{2,40}?)\s*(?::|–|—| - | = | is | are | means )\s*(.+)$")
_FIGURE = re.compile(r"\d")
_ASKS = re.compile(r"^\s*(why|how)\b|\b(reasons?|causes?|effects?|consequences?|results?|impacts?|factors?|"
                   r"advantages?|disadvantages?|benefits?|problems?|features?|importance)\b", re.I)
POINTS = 6        # at most this many points a generated why-question asks for
SYNONYMS = 4      # everyday words of the same meaning added to each key idea


def _short(text: str, words: int = 8) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def _children(topic) -> dict[tuple[str, ...], list[dict]]:
    """The notes directly under each heading or note, by the trail that leads to them."""
    under: dict[tuple[str, ...], list[dict]] = {}
    for frag in topic.fragments:
        under.setdefault(tuple(frag["trail"]), []).append(frag)
    return under


def followups_for_note(frag: dict, children: int) -> list[str]:
    text = frag["text"]
    out = []
    cause = _CAUSE.search(text)
    contrast = _CONTRAST.search(text)
    definition = _DEFINITION.match(text)
    if cause and text[: cause.start()].strip() and text[cause.end():].strip():
        before, after = text[: cause.start()].strip(), text[cause.end():].strip()
        out.append(f"Your notes link '{_short(before)}' with '{_short(after)}': "
                   "can you explain how one leads to the other?")
    if contrast and text[: contrast.start()].strip() and text[contrast.end():].strip():
        out.append(f"Your notes set '{_short(text[: contrast.start()].strip())}' against "
                   f"'{_short(text[contrast.end():].strip())}': what makes the difference?")
    if children >= 2:
        out.append(f"Which of the {children} points under '{_short(text)}' matters most, and why?")
    if definition and not out and len(definition.group(2).split()) >= 4:
        out.append(f"Can you explain '{definition.group(1).strip()}' in your own words, and give an example?")
    if _FIGURE.search(text) and not out:
        out.append(f"What does '{_short(text)}' show, and why does it matter?")
    return out


def followups_for(topics) -> dict:
    fragments: dict[str, list[str]] = {}
    topic_questions: dict[str, list[str]] = {}
    for topic in topics:
        under = _children(topic)
        for frag in topic.fragments:
            asked = followups_for_note(frag, len(under.get((*frag["trail"], frag["text"]), ())))
            if asked:
                fragments[frag["id"]] = asked
        branches = [h["text"] for h in topic.headings[1:] if under.get((topic.headings[0]["text"], h["text"]))]
        questions = [f"Which idea under '{topic.title}' matters most, and why?"]
        if len(branches) >= 2:
            questions.insert(0, f"How does what your notes say under '{_short(branches[0], 6)}' connect with "
                                f"'{_short(branches[1], 6)}'?")
        topic_questions[topic.id] = questions
    return {"fragments": fragments, "topics": topic_questions}


def _key_words(text: str, spread: dict[str, int], everyday: dict[str, float]) -> list[str]:
    """The words that carry a note: those fewest of the notes use first, then the
    rarer in English (a name or term, which English lacks, first of all)."""
    words = [w for w in raw_tokens(text) if w not in STOPWORDS and w not in FRAMING_WORDS and w not in NEGATIONS
             and len(w) > 2 and not w.isdigit()]
    return sorted(dict.fromkeys(words), key=lambda w: (spread.get(w, 0), everyday.get(w, 0.0), words.index(w)))


def _blank(text: str, word: str) -> str:
    return re.sub(rf"\b{re.escape(word)}\b", "___", text, count=1, flags=re.I)


def _ways_to_say(word: str, wordnet: WordNet, everyday: dict[str, float]) -> list[str]:
    """The word, and a few everyday words of the same meaning: a synonym in the
    usual sense of both words, or a form of the same word ("occupation")."""
    near: list[str] = []
    for lemma in wordnet.lemmas_of(word):
        for other, strength in wordnet.related(lemma).items():
            same_family = other[:5] == lemma[:5] and strength >= 0.8
            if " " not in other and other in everyday and (strength >= 1.0 or same_family) and other not in near:
                near.append(other)
    return [word, *(w for w in near if w != word)][: SYNONYMS + 1]


def _point(n: int, frag: dict, heading: str, wordnet: WordNet, spread: dict[str, int],
           everyday: dict[str, float]) -> dict | None:
    keys = _key_words(frag["text"], spread, everyday)
    gap = next((k for k in keys if re.search(rf"\b{re.escape(k)}\b", frag["text"], re.I)), None)
    if not keys or gap is None:
        return None
    return {
        "id": f"point-{n}",
        "text": frag["text"],
        "fragments": [frag["id"]],
        "terms": [_ways_to_say(k, wordnet, everyday) for k in keys[:2]],
        "hint": f"Look again at your notes under '{heading.rstrip(':?')}': one idea starts "
                f"'{' '.join(frag['text'].split()[:2])}…'.",
        "prompt": _blank(frag["text"], gap).rstrip(".") + "?",
        "answer": gap,
    }


def why_questions_for(topics) -> list[dict]:
    wordnet, everyday = WordNet.load(), ordinary_words()
    spread: dict[str, int] = {}  # how many notes use each word
    for topic in topics:
        for frag in topic.fragments:
            for w in set(raw_tokens(frag["text"])):
                spread[w] = spread.get(w, 0) + 1
    questions: list[dict] = []
    for topic in topics:
        under = _children(topic)
        for trail, notes in under.items():
            heading = trail[-1]
            if len(notes) < 2 or not _ASKS.search(heading):
                continue
            points = [p for n, frag in enumerate(notes[:POINTS], 1)
                      if (p := _point(n, frag, heading, wordnet, spread, everyday))]
            if len(points) < 2:
                continue
            question = heading if heading.endswith("?") else \
                f"What does your topic '{topic.title}' say about {heading.rstrip(':').lower()}?"
            questions.append({"id": f"why-{topic.id}-{len(questions) + 1}", "topic": topic.id,
                              "question": question[0].upper() + question[1:], "points": points})
    return questions
