"""Reading a student's line the way a teacher would: text-speak, several questions
in one line, items of a list, the kind of fact asked for, pronouns that stay on
their person, and lines that are not questions at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.dialogue.forms import item_reference, split_questions, without_aside
from tutor.dialogue.retrieve import defines
from tutor.dialogue.state import ConversationState
from tutor.dialogue.turn import wordlike
from tutor.engine import Tutor
from tutor.notes.importers.run import import_files
from tutor.notes.loading import load_intents, load_knowledge
from tutor.storage import paths
from tutor.text.lexicon import text_speak
from tutor.text.normalise import content_stems, raw_tokens
from tutor.text.shorthand import digits_as_words, expand_symbols


def tutor_on(folder: Path, markdown: str, name: str = "n.md") -> Tutor:
    """A tutor on these Markdown notes, imported as a student would."""
    (folder / name).write_text(markdown, encoding="utf-8")
    import_files([folder / name], folder / "kb")
    return Tutor(load_knowledge(folder / "kb"), load_intents(paths.bundled("intents")))


@pytest.mark.parametrize("typed,read", [
    ("strong enuf 2 take control", "strong enuf to take control"),
    ("the reason 4 the treaty", "the reason for the treaty"),
    ("what did article 2 say", "what did article 2 say"),
    ("there were 4 parties", "there were 4 parties"),
    ("2 main reasons", "2 main reasons"),
    ("what is the mitochondria 4", "what is the mitochondria for"),   # ends a what-question: "for"
    ("what was article 4", "what was article 4"),
])
def test_digits_are_words_only_where_a_number_cannot_be(typed, read):
    assert " ".join(digits_as_words(typed.split())) == read


def test_world_war_one_is_one_war_however_it_is_written():
    assert set(raw_tokens("what happened after ww1")) >= {"world", "war", "1"}
    assert set(raw_tokens("WWI")) == set(raw_tokens("the First World War")) - {"the"}


def test_b_is_be_only_where_a_verb_must_follow_and_wer_is_were_or_where():
    from tutor.text.shorthand import letters_as_words
    assert letters_as_words("how big was it allowed to b".split())[-1] == "be"
    assert letters_as_words("what does vitamin b do".split())[3] == "b"
    assert letters_as_words("who wer the freikorps".split())[1] == "were"
    assert letters_as_words("wer did it happen".split())[0] == "where"


@pytest.mark.parametrize("line,read", [
    ("wat makes diffusion go faster bc i always forget", "what makes diffusion go faster"),
    ("whats bureaucratic centralism lol my teacher keeps saying it", "whats bureaucratic centralism"),
    ("why did stalin back the gmd because i think it was fear", "why did stalin back the gmd"),
    ("why did stalin back the gmd because the ccp was weak", None),   # no aside: kept whole
    ("i think it was fear because i read it", None),                  # no question before it
])
def test_what_a_student_adds_about_themselves_is_no_part_of_the_question(line, read):
    from tutor.text.shorthand import letters_as_words

    def read_as(text):
        return tuple(letters_as_words(digits_as_words(raw_tokens(text))))
    assert without_aside(read_as(line)) == read_as(read or line)


def test_symbols_are_read_as_words():
    assert expand_symbols("stalin w/ the gmd b/c of fear & hope").split() == \
        "stalin with the gmd because of fear and hope".split()
    # a note's "E.g. CH4" is an example, so "example of a tetrahedral molecule" meets it
    assert raw_tokens("E.g. CH4, i.e. methane") == ["for", "example", "ch4", "that", "is", "methane"]
    assert raw_tokens("eg the egg") == ["for", "example", "the", "egg"]


def test_text_speak_is_an_english_table():
    table = text_speak()
    assert table["ppl"] == "people" and table["b4"] == "before" and table["abt"] == "about"
    assert raw_tokens("why did ppl support him b4") == ["why", "did", "people", "support", "him", "before"]


@pytest.mark.parametrize("line,parts", [
    ("what was the treaty of berlin and why did stalin back the gmd",
     ["what was the treaty of berlin", "why did stalin back the gmd"]),
    ("who was chicherin? what did stresemann do?", ["who was chicherin", "what did stresemann do?"]),
    ("what were the terms of the treaty of berlin", ["what were the terms of the treaty of berlin"]),
    ("why did russia and germany sign it", ["why did russia and germany sign it"]),
    ("why was stalin pictured with lenin, what did the images show",
     ["why was stalin pictured with lenin", "what did the images show"]),
    ("what was the treaty of berlin, and why did it matter", ["what was the treaty of berlin", "why did it matter"]),
    ("what was the name of lenin's wife, who objected to it",
     ["what was the name of lenin's wife, who objected to it"]),
    ("when the war ended, what happened to the army", ["when the war ended, what happened to the army"]),
])
def test_split_questions(line, parts):
    assert split_questions(line) == parts


def test_a_double_question_gets_an_answer_for_each_part_with_its_sources(tutor, state):
    reply = tutor.respond("why did stalin back the gmd and what was the treaty of berlin", state)
    assert reply.status == "answered" and len(reply.parts) == 2
    assert "bourgeois revolution" in reply.parts[0].answer and "neutral" in reply.parts[1].answer
    assert all(part.sources for part in reply.parts)
    assert reply.answer.startswith("1. ") and "\n\n2. " in reply.answer


@pytest.mark.parametrize("typed,reference", [
    ("the second one", ("index", 1)), ("and the third?", ("index", 2)), ("what was the last one", ("last", 0)),
    ("and the final one", ("last", 0)), ("and the next one?", ("next", 0)), ("and the one before", ("previous", 0)),
    ("which one", None), ("how many were there", None), ("whats the first one", ("index", 0)),
    ("and after?", ("next", 0)), ("what could they do after the revolution", None),
])
def test_item_references(typed, reference):
    assert item_reference(tuple(raw_tokens(typed)), tuple(typed.lower().split())) == reference


def test_walking_a_list_picks_items_in_the_notes_order(tutor, state):
    tutor.respond("what were the terms of the treaty of berlin", state)
    assert "neutral" in tutor.respond("what was the second one", state).answer
    assert "boycott" in tutor.respond("and the next", state).answer
    assert "5 years" in tutor.respond("and the next", state).answer
    assert "boycott" in tutor.respond("and the one before", state).answer
    assert "Article 1" in tutor.respond("the first one", state).answer


def test_the_last_one_is_the_end_of_the_list_not_the_last_thing_said(tutor, state):
    tutor.respond("how did the comintern get ready for the fight after 1929", state)
    assert "yes men" in tutor.respond("what was the last one", state).answer


def test_a_question_for_a_date_the_notes_do_not_give_says_what_they_do_say(tutor, state):
    reply = tutor.respond("when did stalin appoint yes men to the comintern", state)
    assert reply.status == "out_of_scope"
    assert reply.answer.startswith("Your notes don't say a date or a time for that. They say:")
    assert "yes men" in reply.answer and reply.sources


def test_a_why_question_prefers_the_note_that_gives_the_reason(tutor, state):
    reply = tutor.respond("why did stalin sign the treaty of berlin", state)
    assert "trustful relationship" in reply.answer


def test_a_pronoun_stays_on_its_person(tutor, state):
    tutor.respond("who was georgii chicherin", state)
    reply = tutor.respond("what else did he do", state)
    assert reply.status == "answered" and "Chicherin" in reply.answer and "maintain relations" in reply.answer


def test_a_pronoun_about_someone_the_notes_say_no_more_about_is_declined_by_name(tutor, state):
    tutor.respond("who was bukharin", state)
    reply = tutor.respond("what happened to him", state)
    assert reply.status == "out_of_scope" and "Bukharin" in reply.answer and not reply.sources


def test_what_did_he_do_instead_is_another_note_about_him(tutor, state):
    first = tutor.respond("what did stalin think of the ccp", state)
    reply = tutor.respond("so what did he do instead", state)
    assert reply.status == "answered" and "bourgeois revolution" in reply.answer
    assert {s.id for s in reply.sources}.isdisjoint({s.id for s in first.sources})


@pytest.mark.parametrize("line", ["\U0001F937", "?", "asdfgh qwrtzp", "ceci n'est pas une question du tout",
                                  "dunno", "whatever", "what"])
def test_junk_after_an_answer_is_not_read_as_a_follow_up(tutor, line):
    state = ConversationState()
    tutor.respond("what did stalin think of the ccp", state)
    reply = tutor.respond(line, state)
    assert reply.status == "not_understood" and not reply.sources
    assert "say 'help'" in reply.answer


def test_a_line_that_asks_for_no_kind_of_fact_is_still_read_with_the_last_answer(tutor):
    state = ConversationState()
    tutor.respond("what was the treaty of berlin", state)
    assert tutor.respond("when?", state).status == "answered"
    state = ConversationState()
    tutor.respond("what was the treaty of berlin", state)
    reply = tutor.respond("not a clue", state)  # the notes' "not" is no sign it is about them
    assert reply.status == "not_understood" and "'clue'" in reply.answer and not reply.sources, reply.answer


def test_what_did_he_do_is_never_a_command(tutor, state):
    tutor.respond("who was stresemann", state)
    reply = tutor.respond("what did he do", state)
    assert reply.intent == "question" and "German foreign minister" in reply.answer  # Stresemann, unnamed


def test_a_question_is_not_a_request_to_practise(tutor, state):
    reply = tutor.respond("what does stalin's policy on china show he cared about most", state)
    assert reply.intent == "question" and state.session is None
    assert tutor.respond("can you quiz me", ConversationState()).intent == "explain"


def test_what_else_did_he_do_is_never_the_note_just_shown(tmp_path):
    notes = tmp_path / "culture.md"
    notes.write_text("# Culture\n- Bauhaus school of design founded 1919 by Walter Gropius\n"
                     "- Expressionist films such as Metropolis\n- Cabaret clubs grew in Berlin\n", encoding="utf-8")
    import_files([notes], tmp_path / "kb")
    tutor = Tutor(load_knowledge(tmp_path / "kb"), load_intents(paths.bundled("intents")))
    state = ConversationState()
    first = tutor.respond("who founded the bauhaus", state)
    assert "Gropius" in first.answer
    reply = tutor.respond("what else did he design", state)
    assert "Bauhaus" not in reply.answer and reply.status == "out_of_scope"


@pytest.mark.parametrize("text,thing,says", [
    ("Susanoo is the Kami of storms, seas and moon.", "susanoo", True),
    ("**Amaterasu:** The most important Kami, the sun goddess.", "amaterasu", True),
    ("The trimmed mean - removes the most volatile items", "trimmed mean", True),
    ("Amaterasu and Susanoo are siblings.", "susanoo", False),
    ("Storms were sent by Susanoo.", "susanoo", False),
    ("Cardiac output is increased.", "cardiac output", False),
    ("Cognition is what goes on in our heads", "cognition", True),
])
def test_a_note_that_says_what_a_thing_is(text, thing, says):
    assert defines(text, tuple(content_stems(raw_tokens(thing)))) is says


def test_who_is_x_answers_with_the_note_that_says_who_x_is(tmp_path):
    (tmp_path / "a.md").write_text("# Teachings\n## Prominent Deities\n- Amaterasu and Susanoo are siblings and are "
                                   "some of the most important Kami.\n- Susanoo is the Kami of storms, seas, moon, "
                                   "and ruler of heavens.\n- Water is used to purify shrines\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("# Shinto\n## Examples of Kami\n- **Amaterasu:** The most important Kami, the sun "
                                   "goddess.\n- **Inari:** Associated with agriculture.\n", encoding="utf-8")
    import_files([tmp_path / "a.md", tmp_path / "b.md"], tmp_path / "kb")
    tutor = Tutor(load_knowledge(tmp_path / "kb"), load_intents(paths.bundled("intents")))
    reply = tutor.respond("who is amaterasu", ConversationState())
    assert reply.status == "answered" and "sun goddess" in reply.answer.split("\n")[0]


@pytest.mark.parametrize("word,like", [("kirov", True), ("versailles", True), ("qwertyuiop", False),
                                       ("asdfg", False), ("zzzz", False), ("aaaaaa", False)])
def test_a_name_the_notes_lack_is_wordlike_and_a_keyboard_mash_is_not(word, like):
    assert wordlike(word) is like


@pytest.mark.parametrize("line", ["lmao", "bruh", "haha"])
def test_an_interjection_after_an_answer_is_acknowledged_not_declined(tutor, line):
    state = ConversationState()
    tutor.respond("what did stalin think of the ccp", state)
    reply = tutor.respond(line, state)
    assert reply.intent == "acknowledge" and not reply.sources


@pytest.fixture(scope="module")
def weimar(tmp_path_factory):
    out = tmp_path_factory.mktemp("weimar") / "kb"
    import_files([Path(__file__).resolve().parent.parent / "examples" / "weimar" / "notes.md"], out)
    return Tutor(load_knowledge(out), load_intents(paths.bundled("intents")))


@pytest.mark.parametrize("lines,says", [
    (["whats the second effect of hyperinflation"], "Loaf of bread"),
    (["what was the last effect of hyperinflation"], "Some gained"),
    (["what was the second term of the treaty of versailles"], "Army: limited"),
    (["whats the first reason for hyperinflation"], "deep in debt"),
    (["why did hyperinflation happen", "what was the 3rd effect"], "Savings wiped out"),  # another list
    (["why did hyperinflation happen", "and the third one?"], "occupied the Ruhr"),       # the last list
    (["what were the effects of hyperinflation", "whats the 2nd one"], "Loaf of bread"),  # the list it named
])
def test_the_nth_item_of_a_list_its_heading_names(weimar, lines, says):
    state = ConversationState()
    for line in lines:
        reply = weimar.respond(line, state)
    assert reply.status == "answered" and says in reply.answer and "\n" not in reply.answer


def test_a_heading_that_names_one_thing_is_no_list(tmp_path):
    tutor = tutor_on(tmp_path, "# Demand\n## Second Law of Demand\n- Elasticity grows with time\n"
                               "- Buyers adjust slowly\n")
    reply = tutor.respond("what is the first law of demand", ConversationState())
    assert "Elasticity grows with time" not in reply.answer or "\n" in reply.answer


def test_it_in_the_second_question_of_a_line_is_what_the_first_asked_about(weimar):
    reply = weimar.respond("when was the kapp putsch also who led it", ConversationState())
    assert [p.status for p in reply.parts] == ["answered", "answered"]
    assert "Wolfgang Kapp" in reply.parts[1].answer and "Luxemburg" not in reply.parts[1].answer


def test_who_was_the_one_who_asks_for_a_name_the_notes_may_not_give(weimar):
    reply = weimar.respond("who was the president who could rule by decree", ConversationState())
    assert reply.status == "out_of_scope"
    assert reply.answer.startswith("Your notes don't say who it was by name. They say:")
    named = weimar.respond("who was the man who led the kapp putsch", ConversationState())
    assert named.status == "answered" and "Wolfgang Kapp" in named.answer


def test_the_effects_of_x_are_the_list_of_effects_not_the_whole_section(weimar):
    reply = weimar.respond("what were the effects of hyperinflation", ConversationState())
    assert reply.answer.startswith("Effects of hyperinflation") and "deep in debt" not in reply.answer


def test_a_phrase_naming_the_notes_is_asked_about_not_a_request_to_practise(tmp_path):
    tutor = tutor_on(tmp_path, "# Deadlock\n> Deadlock is the permanent blocking of a set of processes\n\n"
                               "## Restrictions on using avoidance\n- Maximum resource requirement must be stated"
                               " in advance\n- Processes must be independent\n", "os.md")
    reply = tutor.respond("restrictons on deadlock avoidence", ConversationState())
    assert reply.status == "answered" and "Restrictions on using avoidance" in reply.answer
    defined = tutor.respond("how is deadlock defined", ConversationState())
    assert "permanent blocking" in defined.answer
    assert tutor.respond("quiz me", ConversationState()).intent == "explain"


def test_a_heading_that_itself_names_the_plural_is_not_swapped_for_a_list_inside_it(tmp_path):
    tutor = tutor_on(tmp_path, "# Cognition\n## Mental Models\n- Internal constructions of how things work\n"
                               "- Models can be erroneous:\n  - pressing a lift button many times\n")
    reply = tutor.respond("mental models?", ConversationState())
    assert "Internal constructions" in reply.answer


@pytest.mark.parametrize("line", ["how big could germanys army be", "hw big was germanys army"])
def test_how_big_asks_for_an_amount_the_note_need_not_call_big(weimar, line):
    reply = weimar.respond(line, ConversationState())
    assert reply.status == "answered" and "100,000 men" in reply.answer


def test_how_far_asks_to_what_extent_not_for_a_number():
    from tutor.dialogue.forms import measure_as_amount, wanted_answer
    assert wanted_answer(tuple(measure_as_amount("how big was the army".split()))) == "count"
    assert wanted_answer(tuple(measure_as_amount("how far was he to blame".split()))) == ""


def test_what_did_he_believe_may_show_the_note_just_shown(tutor, state):
    reply = tutor.respond("who did trotsky support in china and what did he believe", state)
    assert "another communist revolution" in reply.parts[1].answer


def test_an_item_the_notes_do_not_number_is_declined_with_the_ones_they_do(tutor, state):
    reply = tutor.respond("what did article 5 of the treaty of berlin say", state)
    assert reply.status == "out_of_scope"
    assert reply.answer == "Your notes don't have an article 5. They have articles 1, 2, 3 and 4."
    assert "neutral" in tutor.respond("what did article 2 say", state).answer


def test_a_numbered_item_is_read_from_the_question():
    from tutor.dialogue.numbered import numbered_item
    assert numbered_item(("what", "did", "article", "5", "say")) == ("article", "5")
    assert numbered_item(("what", "happened", "in", "steps", "3")) == ("step", "3")
    assert numbered_item(("what", "happened", "in", "1923")) is None


@pytest.fixture(scope="module")
def cells_notes(tmp_path_factory):
    out = tmp_path_factory.mktemp("organelles")
    return tutor_on(out, "## Organelles\n\n| Shared | Plant only |\n| --- | --- |\n| Peroxisome | Plasmodesmata |\n\n"
                         "### Peroxisome\nToxic substances can be broken down by peroxisomes.\n\n"
                         "### Plasmodesmata\nPlasmodesmata are small channels that connect plant cells.\n\n"
                         "## Inductance\n$L = \\phi / I$\n\n## Energy\nThe determining formula: $E = mc^2$\n")


def test_a_note_that_only_names_the_thing_asked_gives_way_to_one_that_says_more(cells_notes):
    reply = cells_notes.respond("what do peroxisomes do", ConversationState())
    assert reply.status == "answered" and "Toxic substances" in reply.answer


def test_a_bare_term_asks_what_it_is(cells_notes):
    reply = cells_notes.respond("plasmodesmata?", ConversationState())
    assert reply.answer.startswith("Plasmodesmata — Plasmodesmata are small channels"), reply.answer


def test_the_x_for_y_asks_about_y_when_the_notes_use_x(cells_notes):
    assert "L = ϕ/ I" in cells_notes.respond("what is the formula for inductance", ConversationState()).answer
    assert cells_notes.respond("what is the word equation for inductance",
                               ConversationState()).status == "out_of_scope"


@pytest.mark.parametrize("notes,question,says", [
    # a comparison: a note on each side
    ("## Classical vs Operant\n\nClassical: associate different stimuli, respondent behavior\n\n"
     "Operant: voluntary behavior\n\n## Other\n\nOperant chamber (Skinner box)\n",
     "how is classical conditioning different from operant", ("respondent behavior", "voluntary behavior")),
    # why a rule holds: the rule, and the note beside it that gives its reason
    ("## Kirchhoff\n### First Law (Junction Rule)\nAt any junction point, $\\sum I_{in} = \\sum I_{out}$\n\n"
     "This law is deduced from the conservation of charge.\n### Second Law (Loop Rule)\nAround any loop, "
     "$\\sum U = 0$\n", "why does the junction rule work", ("∑I_in", "conservation of charge")),
])
def test_an_answer_that_needs_two_notes_shows_both(tmp_path, notes, question, says):
    reply = tutor_on(tmp_path, notes).respond(question, ConversationState())
    assert all(phrase in reply.answer for phrase in says), reply.answer


def test_a_name_asked_how_many_of_wants_a_number_not_its_glossary_entry(tutor, state):
    reply = tutor.respond("how many labour camps were there", state)
    assert reply.status == "out_of_scope" and reply.answer.startswith("Your notes don't say a number")
    assert tutor.respond("labour camps?", ConversationState()).answer.startswith("Glossary")


@pytest.mark.parametrize("line", ["Kartoffel", "pamplemousse"])
def test_one_word_that_is_no_word_known_is_not_understood_and_says_which(tutor, state, line):
    tutor.respond("what was factionalism", state)
    reply = tutor.respond(line, state)
    assert reply.status == "not_understood" and f"'{line.lower()}'" in reply.answer and not reply.sources


def test_he_after_a_name_in_the_same_line_is_that_name_but_him_is_someone_else(tutor, weimar):
    state = ConversationState()
    weimar.respond("who were the freikorps", state)
    assert "chancellor" in weimar.respond("wat job did stresemann do til he died", state).answer
    state = ConversationState()
    tutor.respond("what did trotsky think about china", state)
    assert tutor.respond("did stalin agree with him", state).status == "answered"


def test_a_gloss_in_brackets_after_a_name_says_what_it_is():
    from tutor.dialogue.retrieve import defines
    assert defines("crushed by the Freikorps (armed ex-soldiers)", tuple(content_stems(raw_tokens("Freikorps"))))
    assert not defines("Treaty of Rapallo (1922), German foreign", tuple(content_stems(raw_tokens("Rapallo"))))


@pytest.mark.parametrize("line,wanted", [
    # a noun for a person, group or place after 'which'
    ("which french leader sent troops into the ruhr", "named"),
    ("what party did hitler lead", "named"),
    ("which countries in europe had social democratic parties", "source"),
    ("which territory did france hope to win back", "place"),
    ("which side did trotsky back", ""),        # a faction: a name of either kind may answer
    ("what was the film about", ""),
    ("which common mistake do students make", ""),  # an adjective first, not a piece of land
    # a normal or average value is a number
    ("what is the normal heart rate for a person", "count"),   # a normal value is a number
    ("what is the maximum magnification of a light microscope", "count"),  # a maximum is a number
    ("what concentration of sugar solution makes a cell plasmolysed", "count"),  # a quantity: a value
    ("what temperature do enzymes work best at", "count"), ("what colour is chlorophyll", ""),
    ("whats the average wage", "count"),
    ("what was the typical day like for soldiers", ""),        # ... but a typical day is described
    ("what is a normal cell", ""),
    # "who was" a role, and the name of someone, ask for a person
    ("who were the yes men he put in charge", "person"), ("who were the victims of the purges", "person"),
    # ... and one holder of a post, by name: "the officials" is no answer to it
    ("who was the foreign minister", "holder"), ("who was the leader of the gmd", "holder"),
    ("who was in charge of the secret police", "holder"),
    ("who was stresemann", ""), ("what was the name of the president who could rule by decree", "named"),
    ("what was the name of lenin wife", "named"), ("what is the name of the process by which plants grow", ""),
    ("what was the name of stalin secret police", "named"),  # the head noun, after its owner and adjective
    # who came after someone: another person
    ("who became chancellor after stresemann", "successor"), ("who took over after him", "successor"),
    ("who replaced chicherin as foreign minister", "successor"), ("who took over from lenin", "successor"),
    ("who was chancellor after the war", "person"),     # after an event, not after someone
    ("who was chancellor after 1923", "person"),
    # 'how much' with a verb of no amount asks how far
    ("how much did stalin care about the comintern", ""), ("how much did a loaf of bread cost", "count"),
    ("how much did america lend germany", "count"), ("how much money was there", "count"),
    # what became of a person or a group of people: their fate, not any note naming them
    ("what happened to bukharin", "fate"), ("what happened to him in the end", "fate"),
    ("what happened to wolfgang kapp after the putsch failed", "fate"), ("what became of trotsky", "fate"),
    ("what actually happened to the peasants", "fate"),
    ("what happened to the treaty", ""), ("what happened to prices in 1923", ""),  # things: no fate
    ("what happens to the cell in mitosis", ""),
    ("how did stresemann die", "died how"), ("how many people died in the purges", "count"),  # how, not that
])
def test_the_kind_of_answer_a_question_wants(line, wanted):
    from tutor.dialogue.forms import wanted_answer
    assert wanted_answer(tuple(line.split())) == wanted


def test_the_shipped_noun_kinds_are_what_the_tool_makes_from_wordnet():
    import importlib.util
    tool = Path(__file__).resolve().parent.parent / "tools" / "make_noun_kinds.py"
    spec = importlib.util.spec_from_file_location("make_noun_kinds", tool)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    from tutor.text.lexicon import noun_kinds
    from tutor.text.wordnet import WordNet
    shipped, wordnet = noun_kinds(), WordNet.load()
    for word in ("leader", "countries", "territory", "party", "side", "parts", "common", "film"):
        assert shipped.get(word, "") == module.kind_of(word, wordnet)


@pytest.mark.parametrize("first,then,shown", [
    # a short question two notes hold goes to the one with the word typed
    ("what was passive resistance", "who called it off", "Called off passive resistance"),
    # "why not?" after an answer that gave its reason gives that reason
    ("Did the Kapp Putsch succeed?", "why not?", "general strike"),
])
def test_a_follow_up_is_read_with_the_answer_before_it(weimar, first, then, shown):
    state = ConversationState()
    weimar.respond(first, state)
    reply = weimar.respond(then, state)
    assert reply.status == "answered" and shown in reply.answer


def test_a_who_question_shows_the_heading_that_names_the_person(weimar):
    reply = weimar.respond("who called off passive resistance", ConversationState())
    assert reply.status == "answered" and "Stresemann" in reply.answer and "Called off" in reply.answer


def test_a_question_counting_a_lists_items_names_the_list_heading(tmp_path):
    tutor = tutor_on(tmp_path, "# Deadlock\n## Dealing with deadlock\n- Prevent: remove one of the conditions"
                               " (conditions 1 through 4)\n## The Conditions for Deadlock\n- Mutual exclusion\n"
                               "- Hold and wait\n- No preemption\n- Circular wait\n", "os.md")
    reply = tutor.respond("what are the 4 conditions needed for deadlock", ConversationState())
    assert "Mutual exclusion" in reply.answer and "Circular wait" in reply.answer
    # without a count, every word must be in the heading's path
    assert "Mutual exclusion" not in tutor.respond("what conditions are needed for peace", ConversationState()).answer


def test_a_sentence_about_the_thing_comes_before_a_note_that_only_lists_its_names(tmp_path):
    tutor = tutor_on(tmp_path, "# Cells\n## Organelles\n- Endoplasmic Reticulum - Rough ER - Smooth ER\n"
                               "### The ER\n- The rough ER has ribosomes attached to it and the smooth ER has none,"
                               " it makes lipids\n", "cells.md")
    reply = tutor.respond("difference between rough and smooth ER", ConversationState())
    assert "ribosomes attached" in reply.answer


@pytest.mark.parametrize("line", ["capacitence formula", "formula for capacitance",
                                  "whats the equation for capacitance"])
def test_asking_for_a_formula_wants_a_note_that_gives_one_not_the_word(tmp_path, line):
    tutor = tutor_on(tmp_path, "# Circuits\n## Resistance\nThe determining formula: $R = \\rho l/A$\n\n"
                               "## Capacitance\n$$C = \\frac{Q}{V}$$, where Q is the charge\n\n"
                               "Capacitors store energy between two plates\n", "circuits.md")
    reply = tutor.respond(line, ConversationState())
    assert reply.status == "answered" and "C = Q/V" in reply.answer and "R =" not in reply.answer


def test_when_may_ask_for_the_circumstance_a_note_gives(weimar):
    reply = weimar.respond("when was the president allowed to use article 48", ConversationState())
    assert reply.status == "answered" and "emergency" in reply.answer


@pytest.mark.parametrize("line,named", [("banana", "'banana'"), ("wobble", "'wobble'"), ("pineapple", "'pineapple'"),
                                        ("blah blah", "'blah'"), ("merci beaucoup", "'merci' or 'beaucoup'")])
def test_words_the_notes_never_use_are_no_question_and_repeat_nothing(tutor, line, named):
    state = ConversationState()
    tutor.respond("what was the treaty of berlin", state)
    reply = tutor.respond(line, state)
    assert reply.status == "not_understood" and named in reply.answer and not reply.sources
    assert tutor.respond("gmd", ConversationState()).status == "answered"  # a word of theirs is a question


def test_asking_to_practise_a_named_question_puts_that_question(tutor):
    reply = tutor.respond("quiz me on how stalin tightened control of the comintern", ConversationState())
    assert "How did Stalin tighten his control of the Comintern" in reply.answer
    named = tutor.respond("test me on why stalin backed the gmd", ConversationState())
    assert "Why did Stalin back the GMD" in named.answer


@pytest.mark.parametrize("line", ["which party did gustav stresemann belong to",
                                  "which french leader sent troops into the ruhr"])
def test_which_asks_for_a_name_and_a_title_or_troops_is_none(weimar, line):
    reply = weimar.respond(line, ConversationState())
    assert reply.status == "out_of_scope"


def test_which_is_answered_by_a_note_that_names_one(weimar):
    reply = weimar.respond("which countries occupied the ruhr", ConversationState())
    assert reply.status == "answered" and "Ruhr" in reply.answer


RECOVERY = """# Weimar
## Stresemann
- Gustav Stresemann: chancellor Aug-Nov 1923, then foreign minister until his death in 1929.
## Money
- Germany had to pay reparations, fixed at £6,600 million in 1921.
- The Rentenmark replaced the worthless mark in November 1923.
"""


def test_a_second_question_the_first_answer_does_not_hold_surely_is_declined(tmp_path):
    reply = tutor_on(tmp_path, RECOVERY).respond("when were reparations fixed and when did germany finish paying them",
                                                 ConversationState())
    first, second = reply.parts
    assert first.status == "answered" and "1921" in first.answer
    assert second.status == "out_of_scope" and "no more" in second.answer and not second.sources


def test_a_second_question_the_same_note_answers_surely_is_answered(tmp_path):
    reply = tutor_on(tmp_path, RECOVERY).respond("who was stresemann and when did he die", ConversationState())
    assert [p.status for p in reply.parts] == ["answered", "answered"]
    assert all("1929" in p.answer for p in reply.parts)


def test_a_short_question_about_nothing_near_the_notes_is_not_read_with_the_last(tutor):
    state = ConversationState()
    first = tutor.respond("what was the treaty of rapallo", state)
    reply = tutor.respond("how do you tie a tie", state)
    assert reply.status == "out_of_scope" and not {s.id for s in reply.sources} & {s.id for s in first.sources}


def test_a_role_the_notes_name_no_one_for_is_declined(tutor):
    reply = tutor.respond("who were the yes men stalin put in charge of the comintern", ConversationState())
    assert reply.status == "out_of_scope" and "don't say who" in reply.answer
    wife = tutor.respond("what was the name of lenin's wife, who did not want his body embalmed", ConversationState())
    assert wife.status == "out_of_scope" and "by name" in wife.answer


def test_text_speak_for_anyone_is_read_as_anyone():
    assert raw_tokens("did ne1 do well out of it")[:2] == ["did", "anyone"]


def test_a_word_derived_from_a_name_is_that_name():
    from tutor.dialogue.retrieve import with_derived
    assert {"stalinist", "leninism"} <= with_derived(frozenset({"stalin", "lenin"}))


def test_a_year_the_notes_chosen_do_not_name_is_declined_with_what_they_say(weimar):
    reply = weimar.respond("How much did a loaf of bread cost in 1919?", ConversationState())
    assert reply.status == "out_of_scope" and "for 1919" in reply.answer and "250 marks" in reply.answer
    assert weimar.respond("how much was a loaf of bread in nov 1923", ConversationState()).status == "answered"
    assert weimar.respond("what did stresemann do after 1924", ConversationState()).status == "answered"


def test_in_practice_is_no_request_to_practise(tutor):
    reply = tutor.respond("What did Bureaucratic Centralism actually mean in practice?", ConversationState())
    assert reply.status == "answered" and "control from centre" in reply.answer




def test_a_question_with_if_prefers_the_note_that_says_what_happens_if(tutor):
    reply = tutor.respond("What would Russia do under the Treaty of Berlin if Germany was attacked?",
                          ConversationState())
    assert reply.status == "answered" and "remain neutral" in reply.answer


def test_a_two_digit_year_is_the_notes_year_that_ends_with_it():
    from tutor.dialogue.forms import whole_years
    known = {"1923", "1926", "23"}
    assert whole_years(("inflation", "in", "23"), known) == ("inflation", "in", "1923")
    assert whole_years(("article", "23"), known) == ("article", "23")  # not after "in": a number
    assert whole_years(("in", "31"), known) == ("in", "31")  # no year of the notes ends with it


def test_a_word_with_a_prefix_of_kind_is_a_kind_of_the_word(weimar):
    from tutor.text.normalise import stem
    from tutor.text.wordnet import compound_stems
    table = compound_stems(["hyperinflation", "antibody", "overgrazing"], {"inflation": 4.0, "body": 5.0,
                                                                           "grazing": 3.0}, stem, 0.8)
    assert table[stem("inflation")] == {stem("hyperinflation"): 0.8} and stem("body") not in table
    reply = weimar.respond("who got hit worst by the crazy inflation in 23", ConversationState())
    assert reply.status == "answered" and "pensioners" in reply.answer


def test_pointing_back_never_turns_an_answerable_question_into_a_decline(weimar):
    reply = weimar.respond("What did Germany agree to at Locarno? Also, when did it join the League of Nations?",
                           ConversationState())
    assert [p.status for p in reply.parts] == ["answered", "answered"] and "1926" in reply.parts[1].answer


def test_a_longer_line_of_words_no_note_uses_is_not_understood(weimar):
    state = ConversationState()
    weimar.respond("what new freedoms did women have", state)
    reply = weimar.respond("c'est la vie mon ami", state)
    assert reply.status == "not_understood" and not reply.sources


def test_who_came_after_someone_is_declined_when_the_notes_name_only_them(weimar):
    reply = weimar.respond("who became chancellor after stresemann", ConversationState())
    assert reply.status == "out_of_scope" and "don't say who that was" in reply.answer
    assert weimar.respond("who was chancellor in 1923", ConversationState()).status == "answered"


def test_a_note_names_another_person_only_by_a_name_not_a_role():
    from tutor.search.matching import named_others
    people = {"person:stresemann", "name:stresemann", "person:chancellor", "person:minister"}
    assert named_others(people, frozenset({"stresemann"})) == set()
    assert named_others(people | {"person:muller", "name:muller"}, frozenset({"stresemann"})) == {"person:muller"}


@pytest.mark.parametrize("line,thing", [
    ("what do mitochondria do again", ("mitochondria",)), ("what does the nucleus do", ("nucleus",)),
    ("what did stalin do", ()),               # a deed, not what a thing is for
    ("what do you do in the cell cycle", ()),  # what happens in it, asked of someone
])
def test_what_does_x_do_names_x(line, thing):
    from tutor.dialogue.forms import function_of
    assert function_of(tuple(line.split())) == thing


def test_what_a_thing_does_is_the_note_it_is_the_subject_of(tmp_path):
    notes = tutor_on(tmp_path, "## Cells\n- Genetic material is enclosed in a nucleus\n"
                               "- No nucleus: DNA is a single loop in bacteria\n"
                               "- Nucleus contains genetic material and controls the cell\n"
                               "- The mitochondria of a cell need a nucleus too\n")
    reply = notes.respond("what does the nucleus do", ConversationState())
    assert reply.status == "answered" and "controls the cell" in reply.answer.split("\n")[0], reply.answer
    slang = notes.respond("do bacteria hav a nucleus or nah", ConversationState())  # "hav", "nah": text-speak
    assert slang.status == "answered" and "single loop" in slang.answer, slang.answer


def test_a_note_that_says_there_is_none_defines_nothing():
    from tutor.dialogue.retrieve import begins_with, defines
    assert not defines("No nucleus: DNA is a single loop", ("nucleus",))
    assert defines("Nucleus: where the DNA is", ("nucleus",))
    assert begins_with("Nucleus contains genetic material", ("nucleus",))
    assert not begins_with("Nucleus", ("nucleus",)) and not begins_with("No nucleus: DNA is a loop", ("nucleus",))


def test_a_row_that_starts_with_the_thing_says_nothing_it_does():
    from tutor.dialogue.retrieve import begins_with
    assert not begins_with("Peroxisome — Plant only: Plasmodesmata", ("peroxisom",))
    assert begins_with("The mitochondria are the site of respiration", ("mitochondrion",))


CYCLE_NOTES = ("# Cells\n## Stem cells\n### Types of stem cell\n- Embryonic stem cells can become any type of cell\n"
               "- Adult stem cells in bone marrow form blood cells\n## The cell cycle\n- Stages of the cell cycle\n"
               "  - Cell grows and makes more organelles\n  - DNA is copied\n  - Mitosis divides the nucleus\n")


@pytest.mark.parametrize("question,missing", [
    ("who discovered stem cells", "don't say who"),
    ("how long does the cell cycle take", "don't say how long"),
])
def test_a_heading_named_by_a_question_for_a_fact_no_note_under_it_gives_is_declined(tmp_path, question, missing):
    reply = tutor_on(tmp_path, CYCLE_NOTES).respond(question, ConversationState())
    assert reply.status == "out_of_scope" and missing in reply.answer, reply.answer



def test_a_question_that_counts_into_a_list_gets_that_item_and_after_that_the_next(tmp_path):
    tutor, state = tutor_on(tmp_path, CYCLE_NOTES), ConversationState()
    first = tutor.respond("what happens first in the cell cycle", state)
    assert "Cell grows" in first.answer and "DNA" not in first.answer, first.answer
    assert "DNA is copied" in tutor.respond("and after that?", state).answer
    last = tutor.respond("what is the final stage of the cell cycle", ConversationState())
    assert "Mitosis divides" in last.answer and "Cell grows" not in last.answer, last.answer


def test_an_ordinal_the_notes_use_as_a_name_is_no_count(tmp_path):
    notes = ("# Economy\n## Plans\n### First plan\n- Built steel mills\n- Built dams\n"
             "### Second plan\n- Built railways\n- Built canals\n")
    reply = tutor_on(tmp_path, notes).respond("tell me about the first plan", ConversationState())
    assert "steel" in reply.answer and "dams" in reply.answer, reply.answer


def test_what_year_wants_a_date_not_a_note_that_only_says_after(tmp_path):
    notes = "# Power\n## Rivals\n- Stalin grew confident after removing Trotsky\n- Bukharin was attacked next\n"
    tutor = tutor_on(tmp_path, notes)
    reply = tutor.respond("what year did stalin get rid of trotsky", ConversationState())
    assert reply.status == "out_of_scope" and "don't say a date" in reply.answer, reply.answer
    assert tutor.respond("when did stalin grow confident", ConversationState()).status == "answered"


def test_who_prefers_the_note_that_gives_a_name(tmp_path):
    notes = ("# Foreign\n## Foreign affairs\n- Foreign affairs were shaped by fear of power bases in other countries\n"
             "- A way to attack rivals at home\n- Chief representative in foreign affairs was Georgii Chicherin\n")
    reply = tutor_on(tmp_path, notes).respond("who handled foreign affairs", ConversationState())
    assert "Chicherin" in reply.answer.split("\n")[0], reply.answer


RAPALLO = ("# Treaties\n## Treaty of Rapallo 1922\n- Germany and Russia agreed to trade\n"
           "- Both gave up claims for war costs\n")


@pytest.mark.parametrize("question", ["when was the treaty of rapallo", "when did germany and russia agree to trade"])
def test_a_date_in_the_heading_over_a_note_answers_when(tmp_path, question):
    reply = tutor_on(tmp_path, RAPALLO).respond(question, ConversationState())
    assert reply.status == "answered" and "1922" in reply.answer, reply.answer


def test_a_heading_date_answers_only_what_the_heading_and_note_say(tmp_path):
    reply = tutor_on(tmp_path, RAPALLO).respond("when did the treaty of rapallo end", ConversationState())
    assert reply.status == "out_of_scope", reply.answer


def test_and_the_effects_asks_for_the_effects_not_for_more(weimar):
    state = ConversationState()
    weimar.respond("why did hyperinflation happen", state)
    reply = weimar.respond("and the effects?", state)
    assert reply.status == "answered" and reply.intent == "question", reply.answer
    assert "paid twice a day" in reply.answer
    assert weimar.respond("tell me more", state).intent == "more"


def test_the_main_features_of_a_topic_are_its_notes(tutor):
    reply = tutor.respond("what were the main features of propaganda", ConversationState())
    assert reply.status == "answered" and "imaged with Lenin" in reply.answer, reply.answer


def test_notes_shown_together_keep_the_notes_order_and_the_nth_is_theirs(tutor):
    state = ConversationState()
    reply = tutor.respond("what were the main features of propaganda", state)
    shown = [s.id for s in reply.sources]
    assert shown == sorted(shown, key=tutor.kb.place), shown
    assert "Stalin cult established 1929" in tutor.respond("and the third?", state).answer


def test_the_second_way_is_the_second_item_whatever_the_list_calls_them(tmp_path):
    tutor = tutor_on(tmp_path, """## Keeping control
- Terror made people comply with his policies.
- Propaganda built a cult around him.
- Purges removed his rivals in the party.
""")
    state = ConversationState()
    tutor.respond("how did he keep control", state)
    assert "Propaganda built a cult" in tutor.respond("and the second way?", state).answer


def test_a_numbered_item_asked_for_is_shown_alone_and_the_next_is_the_next_number(tutor):
    state = ConversationState()
    reply = tutor.respond("what did article 2 of the treaty of berlin say", state)
    assert "Article 2" in reply.answer and "Article 4" not in reply.answer, reply.answer  # not for its "2 states"
    assert "Article 3" in tutor.respond("the next one", state).answer
