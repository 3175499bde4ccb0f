"""How an answer reads: the notes' own words as a sentence or a list under their
heading, a glossary entry labelled as background, where each came from, and
the follow-up questions that end it. Pure functions of the notes."""

from __future__ import annotations

from itertools import islice

from tutor.dialogue.reply import Source
from tutor.notes.model import Fragment, GlossaryEntry, KnowledgeBase

GLOSSARY_LABEL = "Glossary (background, not your notes)"

FOLLOWUP_TEMPLATES = (
    "Why do you think this mattered{to_subject}?",
    "Can you explain this in your own words, and say what it shows{about_subject}?",
    "How does this connect to what your notes say about {other}?",
)


def sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".?!" else text + "."


def note_source(frag: Fragment) -> Source:
    return Source(frag.id, "note", frag.trail, frag.file, frag.lines, frag.text)


def glossary_source(entry: GlossaryEntry) -> Source:
    return Source(entry.id, "glossary", (entry.term,), "glossary.yaml", (), entry.text)


def notes_text(frags: list[Fragment], lead: str = "", more: int = 0) -> str:
    """One fragment as a sentence; several as a list under the heading they share,
    each indented as deep as it sits under the others, and `more` (notes left
    unshown) said at the end, so a list is never cut without a word.

    A fragment under a sub-heading (a list of reasons under a question, say)
    means little without it, so that heading leads the answer; the engine may
    pass a fuller lead when the question was matched through the headings.
    """
    if not lead and len({f.trail for f in frags}) == 1 and len(frags[0].trail) > 1:
        lead = frags[0].trail[-1]
    lead = lead.rstrip(": ")
    tail = f"\n…and {more} more (say 'more')." if more > 0 else ""
    if len(frags) == 1:
        return (f"{lead} — " if lead else "") + sentence(frags[0].text) + tail
    top = min(len(f.trail) for f in frags)
    bullets = "\n".join(f"{'  ' * (len(f.trail) - top)}• {sentence(f.text)}" for f in frags) + tail
    if not lead:
        return bullets
    return f"{lead}{'' if lead.endswith('?') else ':'}\n{bullets}"


def glossary_text(entry: GlossaryEntry) -> str:
    return f"{GLOSSARY_LABEL} — {entry.term}: {entry.text}"


def pick_followups(kb: KnowledgeBase, frags: list[Fragment], asked: set[str], limit: int = 2,
                   subject: str = "") -> tuple[str, ...]:
    """Authored questions for these fragments first, then for their topic, then a template
    (naming `subject`, the person the notes are about, when they have one: notes on
    cells are about nobody)."""
    pool: list[str] = []
    for frag in frags:
        pool.extend(kb.fragment_followups.get(frag.id, ()))
    topics = list(dict.fromkeys(f.topic for f in frags))
    for topic in topics:
        pool.extend(kb.topic_followups.get(topic, ()))
    # only as many other topics as there are templates (a large course has thousands)
    others = list(islice((t.title for t in kb.topics if t.id not in topics), len(FOLLOWUP_TEMPLATES)))
    for i, template in enumerate(FOLLOWUP_TEMPLATES):
        pool.append(template.format(other=others[i % len(others)] if others else "the rest of the course",
                                    to_subject=f" to {subject}" if subject else "",
                                    about_subject=f" about {subject}'s aims" if subject else ""))
    fresh = [q for q in dict.fromkeys(pool) if q not in asked]
    chosen = (fresh or pool)[:limit]
    asked.update(chosen)
    return tuple(chosen)
