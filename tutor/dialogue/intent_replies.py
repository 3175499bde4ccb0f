"""Replies to the turns that are not questions about the notes: greetings,
help, the topic list, 'tell me more', 'where is that from?'."""

from __future__ import annotations

from dataclasses import replace

from tutor.dialogue import compose, wording
from tutor.dialogue.reply import Reply
from tutor.dialogue.resources import Resources
from tutor.dialogue.state import ConversationState
from tutor.notes.model import KnowledgeBase

SHORT_HELP = "Type a question about your notes, or 'help' to see what I can do."


def help_text(kb) -> str:
    """What the tutor can do, with examples made from these notes (their own
    why-questions and topic titles), never from another subject's."""
    examples = [q.question for q in kb.why_questions[:1]]
    examples += [f"what do my notes say about {t.title}?" for t in kb.topics[:2 - len(examples)]]
    shown = ", ".join(f'"{e}"' for e in examples)
    first = kb.topics[0].title if kb.topics else "a topic"
    return (f"Ask me anything about your notes on {kb.subject_line}, in your own words: {shown}.\n"
            'Then you can say "tell me more", "why?", "where is that from?", or ask about "he" or "it".\n'
            f'Say "topics" to see what your notes cover, "test me on {first}" to practise explaining,\n'
            'and "quit" to leave.')


def greeting(kb) -> str:
    """The REPL's first line: which notes are loaded, so nobody revises the wrong ones."""
    return (f"Tutor for {kb.subject_line}: {len(kb.topics)} topics in your notes. "
            "Ask a question in your own words; /help for commands, /quit to leave.")


def reply_for(res: Resources, name: str, state: ConversationState, short: bool = False) -> Reply:
    handler = _HANDLERS.get(name)
    if handler:
        return handler(res, state, short)
    intent = res.intents.intents.get(name)
    # a reply may name the notes loaded: "{subject}" is their title or first topics
    text = intent.reply.replace("{subject}", res.kb.subject_line) if intent and intent.reply else f"({name})"
    return Reply("intent", text, name, confidence=1.0, ends_session=name == "quit")


def _help(res, state, short):
    return Reply("intent", SHORT_HELP if short else help_text(res.kb), "help", confidence=1.0)


def topics_text(kb: KnowledgeBase) -> str:
    lines = [f"• {t.title} ({len(t.fragments)} note{'' if len(t.fragments) == 1 else 's'})" for t in kb.topics]
    return "Your notes cover:\n" + "\n".join(lines)


def _topics(res, state, short):
    return Reply("intent", topics_text(res.kb), "topics", confidence=1.0,
                 options=tuple(t.title for t in res.kb.topics))


def _more(res, state, short):
    if not state.has_answer:
        return Reply("intent", "Ask me a question first, then I can tell you more.", "more", confidence=1.0)
    topic = list(res.kb.topic(state.last_topic).fragments)
    last = [i for i, f in enumerate(topic) if f.id in state.last_doc_ids]
    start = last[-1] + 1 if last else 0
    # The notes after the last one shown, in their order; from the top only when those run out.
    remaining = [f for f in topic[start:] if f.id not in state.shown] or [f for f in topic[:start]
                                                                       if f.id not in state.shown]
    if not remaining:
        return Reply("intent", "That's everything your notes say about this.", "more", confidence=1.0)
    picked = [f.id for f in remaining if f.trail == remaining[0].trail][:3]
    answer = compose.show_notes(res, picked, state)
    return replace(answer, status="intent", intent="more", confidence=1.0)


def _source(res, state, short):
    if not state.has_answer:
        return Reply("intent", "I haven't told you anything yet to give a source for.", "source", confidence=1.0)
    parts, sources = [], []
    fragments, glossary = res.kb.by_id, res.glossary
    for doc_id in state.last_doc_ids:
        if doc_id in fragments:
            frag = fragments[doc_id]
            quoted = "\n".join(f"  {n:>3} │ {line}" for n, line in zip(frag.lines, res.kb.source_lines(frag)))
            parts.append(f"{frag.file}, {frag.line_label} ({' › '.join(frag.trail)}):\n{quoted}")
            sources.append(wording.note_source(frag))
        elif doc_id in glossary:
            entry = glossary[doc_id]
            parts.append(f"{entry.term}: from the glossary (background, not your notes).")
            sources.append(wording.glossary_source(entry))
    return Reply("intent", "That came from:\n" + "\n".join(parts), "source", tuple(sources), confidence=1.0)


_HANDLERS = {"help": _help, "topics": _topics, "more": _more, "source": _source}
