"""An explain-why session through respond(): credit, pump, hint, prompt, tell, summary."""

from __future__ import annotations

from tutor.coaching.progress import ProgressStore, QuestionProgress, pick_question


def test_full_session_walks_a_point_from_pump_to_prompt(tutor, state):
    ask = lambda text: tutor.respond(text, state)  # noqa: E731
    opening = ask("test me on china")
    assert opening.intent == "explain" and "Why did Stalin back the GMD" in opening.answer
    partial = ask("because the chinese communists were too weak")
    assert "Yes: Stalin did not think the CCP was strong enough" in partial.answer
    assert "what else" in partial.answer.lower()  # the pump
    hint = ask("hint")
    assert "Hint:" in hint.answer
    prompt = ask("i don't know")
    assert "___" in prompt.answer  # the prompt
    filled = ask("threat")
    assert "Yes: An unstable China would be a threat" in filled.answer
    told = ask("skip")
    assert "Here's one: His overriding concern was protecting the USSR" in told.answer
    assert "Summary: you made 2 of 3 points (1 on your own, 1 with a hint or prompt); I gave you 1." in told.answer
    assert state.session is None and told.sources
    assert ask("who was trotsky").intent == "question"  # back to questions afterwards


def test_misconception_is_corrected_at_once(tutor, state):
    tutor.respond("test me on the treaty of berlin", state)
    reply = tutor.respond("germany promised to fight for russia in a war", state)
    assert "Not quite:" in reply.answer and "neutral" in reply.answer


def test_reversal_is_corrected(tutor, state):
    tutor.respond("test me on china", state)
    reply = tutor.respond("the ccp was strong enough to take control", state)
    assert "Yes:" not in reply.answer and ("Not quite" in reply.answer or "wrong way round" in reply.answer)


def test_an_answer_in_the_notes_words_that_makes_no_point_is_met_kindly(tutor, state):
    tutor.respond("quiz me on propaganda", state)
    reply = tutor.respond("it was about the party", state)
    assert "doesn't make any of the points yet" in reply.answer and "Yes" not in reply.answer


def test_a_claim_the_notes_never_make_is_called_so(tutor, state):
    tutor.respond("quiz me on propaganda", state)
    reply = tutor.respond("because of the weather", state)
    assert "Your notes don't say that" in reply.answer and "Yes" not in reply.answer


def test_side_question_is_answered_then_back_to_the_session(tutor, state):
    tutor.respond("test me on china", state)
    reply = tutor.respond("what did article 2 of the treaty of berlin say?", state)
    assert "neutral" in reply.answer and "Back to the question: Why did Stalin back the GMD" in reply.answer
    assert state.session is not None


def test_stop_ends_with_the_model_answer(tutor, state):
    tutor.respond("test me on terror", state)
    reply = tutor.respond("stop", state)
    assert "Summary: you made 0 of 2 points on your own; I gave you 2." in reply.answer
    assert "secret police" in reply.answer and state.session is None


def test_progress_is_saved_each_turn_and_picks_the_weakest(tmp_path, tutor):
    from tutor.dialogue.state import ConversationState
    from tutor.engine import Tutor

    store = ProgressStore(tmp_path / "progress.json")
    coached = Tutor(tutor.kb, tuple(tutor.intents.intents.values()), store)
    state = ConversationState()
    coached.respond("test me on china", state)
    coached.respond("the ccp was too weak", state)
    saved = store.load()["why-back-gmd"]
    assert saved.attempts == 1 and saved.last_unaided == 1 and saved.points == 3
    questions = list(tutor.kb.why_questions)
    assert pick_question(questions, store.load()).id != "why-back-gmd"  # never-tried ones come first
    table = {q.id: QuestionProgress(1, len(q.points), len(q.points), len(q.points), 10**9) for q in questions}
    table["why-terror"] = QuestionProgress(1, 2, 0, 0, 10**9)
    assert pick_question(questions, table, now=10**9).id == "why-terror"  # weakest
    table["why-allies"] = QuestionProgress(1, 3, 3, 3, 0.0)  # mastered, but seen long ago
    assert pick_question(questions, table, now=10**9).id == "why-allies"
