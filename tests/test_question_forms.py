"""Forms of question unseen notes brought: a name asked for, a kind of the subject, a word spelt as
it sounds or with letters swapped, a why under a "Why?" heading, a count written out."""

from __future__ import annotations

from tests.test_conversation import tutor_on
from tutor.dialogue.forms import asks_name
from tutor.dialogue.state import ConversationState
from tutor.text.normalise import raw_tokens
from tutor.text.spelling import SpellingCorrector, sound_key

CADENCES = """# Cadences
## Authentic Cadences
- Most final type of cadence
## Deceptive Cadence (DC)
**When the ear expects a V to I cadence but hears V to vi instead**
- vi has two notes in common with the I chord
- Usually prolongs the phrase a few more measures
## Plagal Cadence
- The IV to I progression
"""


def test_what_it_is_called_starts_with_the_heading_that_names_it(tmp_path):
    tutor = tutor_on(tmp_path, CADENCES)
    reply = tutor.respond("what's it called when you expect V to I but the music goes to vi instead",
                          ConversationState())
    assert reply.answer.startswith("Deceptive Cadence (DC) — When the ear expects"), reply.answer
    # asked what it is, the same notes start with the note itself
    plain = tutor.respond("what happens when the ear expects V to I but hears vi", ConversationState())
    assert plain.answer.startswith("When the ear expects"), plain.answer


def test_asking_for_a_name_is_told_from_asking_what_a_thing_is():
    for line in ("what's it called when the ear expects V-I", "what do you call a chord on the fifth",
                 "what is the name for two phrases", "whats the term for a repeated phrase"):
        assert asks_name(tuple(raw_tokens(line))), line
    for line in ("what is a cadence", "what was lenins wife called", "who called it off"):
        assert not asks_name(tuple(raw_tokens(line))), line


def test_a_kind_of_what_the_notes_are_titled_is_no_name_they_lack(tmp_path):
    notes = """# Correlation
## Types
- Bi-variate
  - Two variables only
- Partial
  - Two variables whilst controlling a third
## Causality
- Does not imply direction of causality
"""
    tutor = tutor_on(tmp_path, notes)
    reply = tutor.respond("whats a partial correlation", ConversationState())
    assert reply.status == "answered" and "controlling a third" in reply.answer, reply.answer
    # a name the notes never hold is still one they lack
    assert tutor.respond("what is a canonical correlation", ConversationState()).status == "out_of_scope"


def test_a_word_spelt_as_it_sounds_is_read_as_the_notes_word():
    speller = SpellingCorrector(["metaphase", "anaphase", "prophase", "cell", "track"])
    assert speller.correct("metafase") == "metaphase"  # two edits in an eight-letter word: past the limit
    assert speller.correct("trak") == "track"
    assert speller.correct("metamorf") == "metamorf"  # no word of the notes sounds like it
    assert sound_key("phase") == sound_key("fase") and sound_key("cell") == sound_key("cel")
    # two different words that sound alike are a guess: left as typed
    assert SpellingCorrector(["phil", "fill"]).correct("fil") == "fil"


def test_why_is_answered_by_the_note_under_a_why_heading_not_by_the_heading_asked_about(tmp_path):
    notes = """# Meiosis
## Reproduction
- Sexual reproduction
  - Takes two parents
  - Child will not be identical to the parents
- Asexual reproduction
  - Takes one parent
- Why?
  - Sexual reproduction allows for favorable DNA to be reproduced quicker
"""
    tutor = tutor_on(tmp_path, notes)
    reply = tutor.respond("why is sexual reproduction useful", ConversationState())
    assert "favorable DNA" in reply.answer, reply.answer
    # asked what it is, the heading and its notes answer
    assert "Takes two parents" in tutor.respond("what is sexual reproduction", ConversationState()).answer


def test_a_number_word_with_two_letters_swapped_is_its_number():
    from tutor.text.normalise import raw_tokens as tokens
    assert tokens("newtons thrid law") == tokens("newtons third law") == ["newtons", "3", "law"]
    assert tokens("the frist one") == ["the", "1", "1"]
    assert tokens("is there a law") == ["is", "there", "a", "law"]  # "there" is no slip of "three"


def test_a_thing_named_with_the_kind_it_is_is_the_thing(tmp_path):
    notes = """# Speech articulation
## Manner
- Fricative
  - Very turbulent airflow due to a near closure of the tract
- Plosive
  - Complete closure, then a burst of air
"""
    tutor = tutor_on(tmp_path, notes)
    reply = tutor.respond("whats a fricative sound", ConversationState())  # a fricative is a sound (WordNet)
    assert "turbulent airflow" in reply.answer, reply.answer
    # a word that says no kind of it still names something the notes lack
    assert tutor.respond("whats a fricative machine", ConversationState()).status == "out_of_scope"


def test_what_a_quantity_is_asks_for_its_meaning_not_its_value():
    from tutor.dialogue.forms import wanted_answer
    assert wanted_answer(tuple(raw_tokens("what is mass"))) == ""
    assert wanted_answer(tuple(raw_tokens("what is weight"))) == ""
    assert wanted_answer(tuple(raw_tokens("what is the mass of the earth"))) == "count"
    assert wanted_answer(tuple(raw_tokens("what mass does a proton have"))) == "count"


def test_how_many_is_answered_by_the_note_whose_number_counts_the_thing_asked(tmp_path):
    notes = """# Musical ideas
## Periods
- A period typically consists of two phrases
- Normally a question-answer relationship
### Multiple periods
- A double period consists typically of four phrases in two pairs
  - The double period is normally not made of two periods
"""
    tutor = tutor_on(tmp_path, notes)
    reply = tutor.respond("how many phrases normally make up a period", ConversationState())
    assert "consists of two phrases" in reply.answer, reply.answer  # "two" is a count, written out


def test_what_a_thing_means_is_the_definition_label_under_it(tmp_path):
    notes = """# Sources
## Survey
- Bias
  - Definition
    - An inclination of temperament or outlook
    - Prejudice
  - Consider the position of the source
    - Any reason to slant information?
- Currency
  - Is it recent enough for the field?
"""
    tutor = tutor_on(tmp_path, notes)
    for line in ("what does bias mean", "what is bias", "define bias"):
        reply = tutor.respond(line, ConversationState())
        assert reply.answer.startswith("Definition:") and "An inclination" in reply.answer, (line, reply.answer)
    # not asked what it is: the note that holds the question's words
    reply = tutor.respond("is there any reason the source might slant information", ConversationState())
    assert "slant" in reply.answer and "inclination" not in reply.answer, reply.answer


def test_a_negated_word_and_a_word_typed_closed_meet_the_notes_words(tmp_path):
    notes = """# Testing
## Common problems
- Insufficient testers
  - Testing not core activity
- Tests too restrictive
## Types
- Bi-variate
  - Two variables only
- Regression testing
  - Check the behaviour of new versions
"""
    tutor = tutor_on(tmp_path, notes)
    reply = tutor.respond("why are there often not enough people doing the testing", ConversationState())
    assert reply.status == "answered" and "Insufficient testers" in reply.answer, reply.answer
    reply = tutor.respond("what is bivariate", ConversationState())
    assert reply.status == "answered" and "Two variables only" in reply.answer, reply.answer


def test_what_a_thing_is_is_the_note_that_begins_by_saying_so_not_a_gloss_in_brackets(tmp_path):
    notes = """# Evidence
> [!def] Definitions
> **Argument**: Making an assertion and supporting it with evidence
> **Thesis**: The main idea of the passage
> **Reasons**: The ideas that support your thesis

## Forms of evidence
1. Quote
2. Paraphrase
## Line of reasoning
- Evidence should support your reason, which should in turn support your thesis
\t- Integrate all evidence together to jointly support your thesis (synthesis)
- Ensure that you are processing and understanding rather than getting defensive
# Voice
## Imagery (figurative language, literary devices)
- Contributes to voice by evoking vivid experience
- Not necessarily figurative or symbolic
- Important to understand the origin of the saying
## Syntax
- Word order
- Key ideas may be in short sentences
"""
    tutor = tutor_on(tmp_path, notes)
    reply = tutor.respond("what is a thesis", ConversationState())
    assert "Thesis: The main idea of the passage" in reply.answer.split("\n")[1], reply.answer
    # a heading that glosses the thing in brackets is the thing: its first note says what it is
    reply = tutor.respond("define imagery", ConversationState())
    assert "evoking vivid experience" in reply.answer.split("\n")[1], reply.answer
    first = tutor.resources.branches.first_under(("imageri",))
    assert tutor.resources.fragment(first).text == "Contributes to voice by evoking vivid experience"
    assert tutor.resources.branches.first_under(("figur",)) == ""  # a word in the brackets names nothing


def test_a_definition_the_notes_give_twice_is_answered_not_asked_about(tmp_path):
    notes = """# Evolution
## Traits
- Ancestral Traits: Primitive features, that do appear in ancestral forms
- Derived Traits: Newly derived features that do not appear in fossils
# Vocab
| Term | Definition |
| --- | --- |
| Ancestral Traits | Primitive features, that do appear in ancestral forms |
| Mimicry | A harmless species evolves to look like a dangerous one |
"""
    tutor = tutor_on(tmp_path, notes)
    reply = tutor.respond("what are ancestral traits", ConversationState())
    assert reply.status == "answered" and "Primitive features" in reply.answer, reply.answer


def test_the_notes_title_is_what_every_note_is_about_not_a_word_they_lack(tmp_path):
    notes = """# Bacteria
## Prokaryotes
- Microscopic
- Circular DNA
## Functionality
### Environment
- Helps decompose harmful organic materials
- Nitrogen fixation
### Industrial Uses
- Production of Vitamin B12
"""
    tutor = tutor_on(tmp_path, notes)
    reply = tutor.respond("why are bacteria good for the environment", ConversationState())
    assert reply.status == "answered" and ("decompose" in reply.answer or "Nitrogen" in reply.answer), reply.answer
    assert tutor.respond("how do antibiotics kill bacteria", ConversationState()).status == "out_of_scope"


def test_the_downsides_asked_are_the_cons_the_notes_list(tmp_path):
    notes = """# Assistive technology
## Screen readers
- Read the screen out loud
- Pros
  - Cheap
- Cons
  - Can sound robotic
  - Impacted by background noise
## Switch access
- One button to work a computer
"""
    tutor = tutor_on(tmp_path, notes)
    reply = tutor.respond("what are the downsides of screen readers", ConversationState())
    assert "Can sound robotic" in reply.answer and "Cheap" not in reply.answer, reply.answer
    reply = tutor.respond("what are the benefits of screen readers", ConversationState())
    assert "Cheap" in reply.answer and "robotic" not in reply.answer, reply.answer


def test_the_effects_of_a_thing_are_its_list_of_effects_not_what_it_is(tmp_path):
    notes = """# Evidence
> [!def] Definitions
> **Thesis**: The main idea of the passage
> **Evidence**: Specific examples that support your reasons

## Forms of evidence
1. Quote
2. Paraphrase
## Effects of Evidence
1. Exemplify or illustrate
2. Amplify
## Selection of Evidence
1. To establish or develop validity
"""
    tutor = tutor_on(tmp_path, notes)
    for line in ("what are the effects of evidence", "what are the efects of evidence"):
        reply = tutor.respond(line, ConversationState())
        assert reply.answer.startswith("Effects of Evidence") and "Amplify" in reply.answer, (line, reply.answer)


def test_an_acronym_the_notes_spell_with_dots_or_hyphens_is_the_word_typed_whole(tmp_path):
    notes = """# Sources
## Literature survey
- C.R.A.P.
  - Currency
    - Recent enough for field of study?
  - Authority
    - Who is the creator or author?
- Bias
  - Prejudice
"""
    tutor = tutor_on(tmp_path, notes)
    reply = tutor.respond("what does crap stand for", ConversationState())
    assert reply.status == "answered" and "Currency" in reply.answer, reply.answer
    assert raw_tokens("the C-R-A-P test, e.g. a p-n-p") == ["the", "crap", "test", "for", "example", "a", "pnp"]


def test_a_question_that_names_the_heading_over_a_note_is_answered_by_it(tmp_path):
    notes = """# Protists
- Damp or aquatic environments
## Protozoans - animal like - heterotrophs
### Ciliophora
- Cilia to move
- Eats bacteria
### Apicomplexa (sporozoans)
- Produce spores
- Parasitic
- Can cause fatal diseases
## Algae - plant like - photoautotrophs
### Pyrrophyta (dinoflagellates)
- Component of phytoplankton
- Cause algal blooms
### Chlorophyta
- Green
"""
    tutor = tutor_on(tmp_path, notes)
    reply = tutor.respond("why are sporozoans dangerous", ConversationState())
    assert reply.status == "answered" and "fatal diseases" in reply.answer, reply.answer
    reply = tutor.respond("why are dinoflagellates a problem", ConversationState())
    assert reply.status == "answered" and "algal blooms" in reply.answer, reply.answer
    # a fact of a kind the notes never give, or a term they never use, is still declined
    assert tutor.respond("where were sporozoans discovered", ConversationState()).status == "out_of_scope"
    assert tutor.respond("why are dinoflagellates bioluminescent", ConversationState()).status == "out_of_scope"
