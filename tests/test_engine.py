"""The engine's contract and its conversation, through respond() only."""

from __future__ import annotations

import json

import pytest

from tutor.dialogue.reply import STATUSES
from tutor.dialogue.state import ConversationState


def test_reply_contract(ask):
    reply = ask("what did article 2 of the treaty of berlin say")
    assert reply.status == "answered" and reply.intent == "question"
    assert "neutral" in reply.answer
    assert 0.0 <= reply.confidence <= 1.0
    source = reply.sources[0]
    assert source.id == "berlin-article-2" and source.lines == (30, 31) and source.kind == "note"
    assert source.file.endswith("gov-prop-foreign.coggle.txt")
    assert 1 <= len(reply.followups) <= 2
    data = json.loads(json.dumps(reply.to_dict()))
    for key in ("status", "intent", "answer", "sources", "followups", "confidence"):
        assert key in data
    assert set(data["sources"][0]) >= {"id", "trail", "file", "lines", "text"}


@pytest.mark.parametrize("question", [
    "when did Stalin die", "who was Hitler", "what is the capital of Australia",
    "what was the treaty of versailles", "what was the great purge", "who killed kirov",
])
def test_questions_the_notes_cannot_answer_are_declined(tutor, state, question):
    reply = tutor.respond(question, state)
    assert reply.status == "out_of_scope", reply.answer
    assert reply.answer.startswith(("Your notes don't cover that", "That isn't in your notes"))
    assert not reply.sources  # never a note dressed as an answer


def test_a_decline_names_the_nearest_topics_only_when_part_of_the_question_is_in_the_notes(tutor):
    partly = tutor.respond("what was the treaty of versailles", ConversationState())
    assert "Germany and the Treaty of Berlin, 1926" in partly.options
    assert "nearest topics" in partly.answer
    nothing = tutor.respond("what is the capital of Australia", ConversationState())
    assert not nothing.options and "Say 'topics'" in nothing.answer


@pytest.mark.parametrize("typed", ["sdfkj qwpoe zzx", "qqqq zzzz", "???", "\U0001F600"])
def test_keyboard_mash_is_not_understood_rather_than_out_of_scope(tutor, state, typed):
    reply = tutor.respond(typed, state)
    assert reply.status == "not_understood", reply.answer
    assert "didn't understand" in reply.answer and not reply.sources


@pytest.mark.parametrize("typed", ["ok", "hmm", "idk", "not sure", "lol"])
def test_a_bare_acknowledgement_gets_a_pointer_not_a_note(tutor, state, typed):
    reply = tutor.respond(typed, state)
    assert reply.status == "intent" and reply.intent == "acknowledge", reply.answer
    assert "'topics'" in reply.answer


def test_an_acknowledgement_before_a_question_does_not_hide_it(tutor, state):
    reply = tutor.respond("ok what did stalin do in china", state)
    assert reply.status == "answered" and "GMD" in reply.answer
@pytest.mark.parametrize("typed,expected", [
    ("what happened when stresseman died", "Stresemann"), ("what did stalin do in chna", "GMD"),
    ("treaty of rapalo", "Rapallo"), ("how did the comitern change", "Comintern"),
    ("propoganda images", "happiness"),
])
def test_misspellings_still_find_the_note(tutor, state, typed, expected):
    reply = tutor.respond(typed, state)
    assert reply.status == "answered" and expected in reply.answer
    assert reply.corrections


def test_glossary_answers_say_they_are_background(ask):
    reply = ask("who was Stresemann?")
    assert "Glossary (background, not your notes)" in reply.answer
    assert any(s.kind == "glossary" for s in reply.sources)
    assert any(s.kind == "note" and s.id == "berlin-relations-ended" for s in reply.sources)


def test_glossary_alias_expands_the_question(ask):
    assert "GMD" in ask("why did stalin back the kuomintang").answer


def test_why_did_he_do_that_follows_the_last_answer(ask):
    ask("why did stalin back the gmd")
    reply = ask("why did he do that?")
    assert "strong enough" in reply.answer or "protecting the USSR" in reply.answer


def test_and_the_third_article(ask):
    ask("what was the treaty of berlin")
    assert "boycott" in ask("and the third article?").answer


def test_who_was_he_after_stresemanns_death(ask):
    ask("when did relations with germany end")
    reply = ask("who was he?")
    assert "Stresemann" in reply.answer and "Glossary" in reply.answer


def test_tell_me_more_gives_the_next_notes(ask):
    first = ask("why did stalin back the gmd")
    more = ask("tell me more")
    assert more.intent == "more" and more.sources
    assert {s.id for s in more.sources}.isdisjoint({s.id for s in first.sources})


def test_where_is_that_from_quotes_the_source_lines(ask):
    ask("why did stalin back the gmd")
    reply = ask("where is that from?")
    assert reply.intent == "source"
    assert "18 │ Stalin backed a bourgeoise revolution by the GMD" in reply.answer


def test_more_and_source_before_any_answer(ask):
    assert "first" in ask("tell me more").answer
    assert ask("where's that from").intent == "source"


def test_a_heading_question_gets_the_whole_list(ask):
    reply = ask("why did stalin's foreign policy become more aggressive after 1929?")
    assert len(reply.sources) == 5 and "Bukharin" in reply.answer and "Trotsky" in reply.answer


@pytest.mark.parametrize("text,intent", [
    ("hiya", "greet"), ("cheers", "thanks"), ("what can you do", "help"), ("what topics are there", "topics"),
    ("bye", "quit"), ("test me on china", "explain"),
])
def test_intents(ask, text, intent):
    reply = ask(text)
    assert reply.status == "intent" and reply.intent == intent


def test_quit_ends_the_session_and_a_question_does_not(ask):
    assert ask("bye").ends_session
    assert not ask("who was trotsky").ends_session


def test_a_question_that_mentions_help_is_still_a_question(ask):
    assert ask("can you help me with quadratic equations").status == "out_of_scope"
    assert ask("did stalin need help from germany").intent == "question"


def test_clarify_when_two_topics_tie_and_the_answer_picks_one(tmp_path):
    from tutor.dialogue.state import ConversationState
    from tutor.engine import Tutor
    from tutor.notes.loading import load_intents, load_knowledge
    from tutor.storage import paths

    (tmp_path / "topics").mkdir()
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "n.txt").write_text("BALTIC\nLatvia treaty signed\nPOLAND\nLatvia treaty broken\n")
    for name, heading, line, text in (("baltic", "BALTIC", 1, "Latvia treaty signed"),
                                      ("poland", "POLAND", 3, "Latvia treaty broken")):
        (tmp_path / "topics" / f"{name}.yaml").write_text(
            f"topic: {name}\ntitle: {heading.title()}\nsource: sources/n.txt\nheadings:\n  - line: {line}\n"
            f"    text: {heading}\nfragments:\n  - id: {name}-one\n    trail: [{heading}]\n"
            f"    lines: [{line + 1}]\n    text: {text}\n")
    tutor = Tutor(load_knowledge(tmp_path), load_intents(paths.bundled("intents")))
    state = ConversationState()
    reply = tutor.respond("latvia treaty", state)
    assert reply.status == "clarify" and len(reply.options) == 2
    assert "Baltic" in reply.answer and "Poland" in reply.answer
    number = next(o for o in reply.options if "Poland" in o).split(".")[0]
    picked = tutor.respond({"1": "the first one", "2": "the second one"}[number], state)
    assert picked.status == "answered" and picked.sources[0].id == "poland-one"


@pytest.mark.parametrize("text", ["", "   ", "\x00\x01", "?!?!", "a" * 100_000, "🙂 🇷🇺 שלום", "'; DROP TABLE x;--"])
def test_odd_input_always_gets_a_reply(tutor, state, text):
    reply = tutor.respond(text, state)
    assert reply.status in STATUSES and isinstance(reply.answer, str) and reply.answer


def test_a_question_near_no_topic_names_a_few_not_thousands(tutor):
    from dataclasses import replace

    from tutor.engine import Tutor

    few = Tutor(tutor.kb, tuple(tutor.intents.intents.values()), corpus=tutor.corpus,
                intent_classifier=tutor.intents, settings=replace(tutor.settings, listed_topics=3))
    reply = few.respond("how did stalin feel about the weather", ConversationState())
    assert reply.status == "out_of_scope" and len(reply.options) == 3
    assert f"and {len(tutor.kb.topics) - 3} more (say 'topics'" in reply.answer


def test_template_follow_ups_name_the_notes_subject_only_when_there_is_one(tutor):
    from dataclasses import replace

    from tutor.dialogue.wording import pick_followups

    bare = replace(tutor.kb, fragment_followups={}, topic_followups={})  # no authored questions left
    frags = list(tutor.kb.topics[0].fragments[:1])
    about_stalin = pick_followups(bare, frags, set(), limit=3, subject="Stalin")
    about_nobody = pick_followups(bare, frags, set(), limit=3)
    assert about_stalin[0] == "Why do you think this mattered to Stalin?"
    assert about_nobody[0] == "Why do you think this mattered?"
    assert not any("Stalin" in q for q in about_nobody[:2])  # the third names another topic


def test_a_phrasal_verb_meets_the_notes_word(tmp_path):
    from tutor.engine import Tutor
    from tutor.notes.importers.run import import_files
    from tutor.notes.loading import load_intents, load_knowledge
    from tutor.storage import paths

    (tmp_path / "town.md").write_text("# Town\n- The council established a market in 1920\n"
                                      "- The council closed a market in 1930\n", encoding="utf-8")
    import_files([tmp_path / "town.md"], tmp_path / "kb")
    tutor = Tutor(load_knowledge(tmp_path / "kb"), load_intents(paths.bundled("intents")))
    for question, year in (("when did the council set up a market", "1920"),
                           ("when did the council shut down a market", "1930")):
        reply = tutor.respond(question, ConversationState())
        assert reply.status == "answered" and year in reply.answer.split("\n")[0]
