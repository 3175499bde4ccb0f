"""The why-questions as an Anki deck, so spaced repetition can go on on a phone.

One card per why-question: the question on the front; on the back each point
with the notes' own words it rests on and where they are (file and lines).
Ids are derived from the notes and the question ids, so exporting again
updates the same cards in Anki rather than adding copies. genanki (MIT) writes
the .apkg file; it is imported only when a deck is made.
"""

from __future__ import annotations

import hashlib
import html
import os
import tempfile
from pathlib import Path

from tutor.coaching.coach import point_notes
from tutor.errors import TutorError
from tutor.notes.model import KnowledgeBase, WhyQuestion

CARD_CSS = """.card { font-family: sans-serif; font-size: 18px; text-align: left; }
.topic { color: #777; font-size: 14px; } .source { color: #777; font-size: 13px; }
li { margin-bottom: 8px; }"""


def _id(*parts: str) -> int:
    """A stable 31-bit id from text (Anki wants integers that stay the same)."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") >> 1 | 1 << 30


def card_back(kb: KnowledgeBase, question: WhyQuestion) -> str:
    """Each point, the notes' words it rests on, and where they are."""
    items = []
    for point in question.points:
        cited = [f"{html.escape(frag.file, quote=False)}, {html.escape(frag.line_label, quote=False)}: "
                 f"&ldquo;{html.escape(frag.text, quote=False)}&rdquo;" for frag in point_notes(kb, point)]
        source = "<br>".join(cited)
        cites = f"<div class='source'>{source}</div>" if source else ""
        items.append(f"<li>{html.escape(point.text, quote=False)}{cites}</li>")
    return "<ol>" + "".join(items) + "</ol>"


def build_deck(kb: KnowledgeBase):
    """A genanki Deck of the knowledge base's why-questions."""
    import genanki

    title = kb.title or kb.root.name
    model = genanki.Model(
        _id("tutor-model", "why-question-v1"), "tutor why-question",
        fields=[{"name": "Question"}, {"name": "Topic"}, {"name": "Points"}, {"name": "Id"}],
        templates=[{"name": "Explain why",
                    "qfmt": "<div class='topic'>{{Topic}}</div>{{Question}}",
                    "afmt": "{{FrontSide}}<hr id='answer'>{{Points}}"}],
        css=CARD_CSS)
    deck = genanki.Deck(_id("tutor-deck", title), f"tutor: {title}")
    for question in kb.why_questions:
        try:
            topic = kb.topic(question.topic).title
        except KeyError:
            topic = ""
        deck.add_note(genanki.Note(model=model, guid=genanki.guid_for(title, question.id),
                                   fields=[html.escape(question.question, quote=False),
                                           html.escape(topic, quote=False),
                                           card_back(kb, question), question.id]))
    return deck


def export_anki(kb: KnowledgeBase, target: Path, replace: bool = False) -> int:
    """Write the deck to `target` (an .apkg file); the number of cards. A file already
    there is kept unless `replace`; the deck is written beside it and renamed into
    place, so a failure leaves no half-written file."""
    target = Path(target)
    if target.suffix.lower() != ".apkg":
        raise TutorError(f"{target}: an Anki deck file ends in .apkg")
    if target.is_dir():
        raise TutorError(f"{target} is a folder; give a file name ending in .apkg")
    if target.exists() and not replace:
        raise TutorError(f"{target} already exists; choose another name, or pass --force to replace it")
    if not target.parent.is_dir():
        raise TutorError(f"{target.parent} does not exist")
    if not kb.why_questions:
        raise TutorError("these notes have no why-questions to export")
    import genanki

    deck = build_deck(kb)
    handle, tmp = tempfile.mkstemp(prefix=".tutor-anki-", suffix=".apkg", dir=target.parent)
    os.close(handle)
    try:
        genanki.Package(deck).write_to_file(tmp)
        os.replace(tmp, target)
    except OSError as exc:
        raise TutorError(f"{target}: could not write the deck ({exc.strerror or exc})") from exc
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return len(deck.notes)
