"""Which notes make an answer: the note where a thing acts for "what does X do", and
notes under one heading that hold the question alike, shown together."""

from __future__ import annotations

from tests.test_conversation import tutor_on
from tutor.dialogue.retrieve import acts_in
from tutor.dialogue.state import ConversationState


def test_what_a_thing_does_is_the_note_where_it_acts(tmp_path):
    assert acts_in("sympathetic nerve stimulates the SA node; vagus nerve inhibits SA node", ("vagus", "nerv"))
    assert not acts_in("When resting, vagus nerve is more active than the sympathetic nerve", ("vagus", "nerv"))
    tutor = tutor_on(tmp_path, """## Nervous control
- When resting, the vagus nerve is more active than the sympathetic nerve.
- Impulses travel along the vagus nerve to the heart.
- The sympathetic nerve speeds up the heart; the vagus nerve slows down the SA node.
""")
    reply = tutor.respond("what does the vagus nerve do to the heart", ConversationState())
    assert "slows down the SA node" in reply.answer, reply.answer


def test_notes_under_one_heading_that_hold_the_question_alike_are_shown_together(tmp_path):
    tutor = tutor_on(tmp_path, """## Operant conditioning
- Interval schedule: fixed schedule, variable schedule, reinforced after a time.
- Ratio schedule: fixed ratio, variable ratio, reinforced after a number of responses.
- Punishment teaches fear.
""")
    reply = tutor.respond("what are the schedules of reinforcement", ConversationState())
    assert "Interval" in reply.answer and "Ratio" in reply.answer, reply.answer


def test_a_word_for_anybody_meets_the_notes_word_for_a_kind_of_person(tmp_path):
    from tutor.search.corpus import people_stems
    from tutor.text.normalise import stem
    from tutor.text.wordnet import WordNet
    near = people_stems({"representative", "policy", "treaty"}, WordNet.load(), stem, 0.6)
    assert near[stem("guy")] == {stem("representative"): 0.6}  # a person, not a policy or a treaty
    tutor = tutor_on(tmp_path, """## Foreign policy
- Foreign policy was run from Moscow after 1929.
- Foreign policy aimed at safe relations with Germany.
- The chief representative for foreign policy was Georgii Chicherin.
""")
    reply = tutor.respond("who was the main guy for foreign policy", ConversationState())
    first = next(line for line in reply.answer.splitlines() if line.startswith("•"))
    assert "Chicherin" in first, reply.answer  # the note that says who, first


TRANSPORT = """## Diffusion and active transport
- Diffusion
  - Net movement of particles from a higher to a lower concentration.
  - Passive, so no energy from respiration is needed.
- Active transport
  - Needs energy from respiration, so these cells have lots of mitochondria.
"""


def test_a_short_note_under_the_heading_asked_about_is_not_passed_over_for_a_fuller_one(tmp_path):
    tutor = tutor_on(tmp_path, TRANSPORT)
    state = ConversationState()
    assert "Passive" in tutor.respond("does diffusion need energy", state).answer
    assert "mitochondria" in tutor.respond("what about active transport?", state).answer


def test_what_a_thing_says_is_not_answered_by_a_note_that_only_names_it(tmp_path):
    from tutor.dialogue.forms import asks_content
    assert asks_content(("what", "did", "the", "texas", "abortion", "law", "actually", "say"))
    assert not asks_content(("what", "did", "stalin", "do"))
    tutor = tutor_on(tmp_path, """## Influences
- Political
  - Immigration crises
  - Texas abortion law
- Article 2 of the treaty said each side would stay neutral if the other was attacked.
""")
    reply = tutor.respond("what did the texas abortion law say", ConversationState())
    assert reply.status == "out_of_scope" and "only name it" in reply.answer, reply.answer
    reply = tutor.respond("what did article 2 of the treaty say", ConversationState())
    assert reply.status == "answered" and "neutral" in reply.answer, reply.answer


def test_which_ones_is_not_answered_by_a_note_that_names_only_the_class(tmp_path):
    from tutor.dialogue.facts import names_none_of, which_of
    assert which_of(("which", "enzymes", "control", "the", "reactions")) == "enzymes"
    assert names_none_of("Cytoplasm = where most chemical reactions happen, controlled by enzymes", "enzymes")
    assert not names_none_of("Digestive enzymes break down food", "enzymes")  # a kind of them, named
    tutor = tutor_on(tmp_path, """## Cells
- Cytoplasm = where most chemical reactions happen, controlled by enzymes.
- Plant cells have a cell wall made of cellulose.
""")
    reply = tutor.respond("which enzymes control the reactions in the cytoplasm", ConversationState())
    assert reply.status == "out_of_scope" and "which ones" in reply.answer, reply.answer
    reply = tutor.respond("which cells have a cell wall", ConversationState())
    assert reply.status == "answered" and "Plant cells" in reply.answer, reply.answer


def test_only_is_not_answered_by_the_notes_on_both(tmp_path):
    tutor = tutor_on(tmp_path, """## Animal and plant cells
- Parts in both animal and plant cells
  - Nucleus controls the cell.
  - Ribosomes are where protein synthesis happens.
- Only in plant cells
  - Cell wall made of cellulose.
  - Chloroplasts absorb light.
""")
    reply = tutor.respond("which parts are only found in plant cells", ConversationState())
    assert "Chloroplasts" in reply.answer and "Ribosomes" not in reply.answer, reply.answer
    reply = tutor.respond("which parts are found in both animal and plant cells", ConversationState())
    assert "Ribosomes" in reply.answer and "Chloroplasts" not in reply.answer, reply.answer


def test_it_after_a_heading_keeps_to_the_notes_under_that_heading(tmp_path):
    tutor = tutor_on(tmp_path, TRANSPORT)
    state = ConversationState()
    tutor.respond("what is diffusion", state)
    assert "Passive" in tutor.respond("does it need energy", state).answer


def test_the_first_note_under_a_heading_that_is_the_thing_asked_defines_it(tmp_path):
    from tutor.dialogue.forms import named_thing
    assert named_thing(("what", "does", "learning", "mean", "in", "psych")) == ("learning",)
    assert named_thing(("what", "does", "it", "mean")) == ()
    tutor = tutor_on(tmp_path, """## 1 Learning
The process of acquiring new and relatively enduring information or behaviors

## 2 Associative learning
We learn by association of events.
Learning by watching others is observational learning.

## 3 Cognitive learning
The process of learning by watching events happening around someone.
""")
    reply = tutor.respond("what does learning mean in psych", ConversationState())
    assert "relatively enduring" in reply.answer, reply.answer


VERSAILLES_NOTES = """## Treaty of Versailles
- Land: Germany lost 13% of territory, Alsace-Lorraine given back to France.
- Army: limited to 100,000 men, no air force.
"""


def test_how_many_of_a_thing_the_notes_never_count_is_declined_by_its_name(tmp_path):
    tutor = tutor_on(tmp_path, VERSAILLES_NOTES)
    reply = tutor.respond("how many colonies did germany lose", ConversationState())
    assert reply.status == "out_of_scope" and "how many colonies" in reply.answer, reply.answer
    reply = tutor.respond("how many men could the army have", ConversationState())
    assert reply.status == "answered" and "100,000" in reply.answer, reply.answer


def test_who_held_a_post_is_answered_by_a_name_not_by_the_groups_asked_about(tmp_path):
    tutor = tutor_on(tmp_path, """## China
- After 1925 the Chinese Communist Party (CCP) and the GMD battled for power.
- In 1926 Chiang Kai-shek led the GMD armies north.
""")
    reply = tutor.respond("who was the leader of the ccp when it battled the gmd", ConversationState())
    assert reply.status == "out_of_scope" and "who it was by name" in reply.answer, reply.answer
    reply = tutor.respond("who was the leader of the gmd armies", ConversationState())
    assert reply.status == "answered" and "Chiang" in reply.answer, reply.answer


CELL_NOTES = """## Cells
- Ribosomes are where protein synthesis happens.
- Electron microscopes have higher resolution, so they show small structures like ribosomes and the nucleus.
## Mitosis
- Cell grows and makes more organelles such as ribosomes and mitochondria.
"""


def test_a_short_sentence_about_the_thing_is_not_passed_over_for_a_longer_note_naming_it(tmp_path):
    tutor = tutor_on(tmp_path, CELL_NOTES)
    reply = tutor.respond("what happens at ribosomes", ConversationState())
    assert "protein synthesis" in reply.answer, reply.answer


def test_one_question_of_several_gets_an_answer_never_which_do_you_mean(tmp_path):
    tutor = tutor_on(tmp_path, CELL_NOTES)
    state = ConversationState()
    reply = tutor.respond("what happens at ribosomes and what do electron microscopes show", state)
    assert len(reply.parts) == 2 and all(p.status == "answered" for p in reply.parts), reply.answer
    assert "Which do you mean" not in reply.answer and not state.pending_options


def test_the_problem_with_a_thing_the_notes_name_asks_about_that_thing(tmp_path):
    tutor = tutor_on(tmp_path, """## Political instability
- Proportional representation = lots of small parties in the Reichstag, so only weak coalitions.
- Article 48: the president could rule by decree.
""")
    reply = tutor.respond("what was the problem with proportional representation", ConversationState())
    assert reply.status == "answered" and "small parties" in reply.answer, reply.answer
    reply = tutor.respond("what was the treaty of rapallo", ConversationState())  # a name the notes lack
    assert reply.status == "out_of_scope", reply.answer


def test_a_name_written_as_a_name_that_no_note_uses_is_declined_by_it(tmp_path):
    tutor = tutor_on(tmp_path, VERSAILLES_NOTES)
    reply = tutor.respond("What land did Germany lose to Poland?", ConversationState())
    assert reply.status == "out_of_scope" and "never mention Poland" in reply.answer, reply.answer
    reply = tutor.respond("What land did Germany lose to France?", ConversationState())
    assert reply.status == "answered" and "Alsace-Lorraine" in reply.answer, reply.answer


def test_what_happened_to_someone_is_answered_by_a_note_that_says_what_became_of_them(tmp_path):
    tutor = tutor_on(tmp_path, """## Rivals
- Trotsky removed from the party in 1927 and exiled.
- Bukharin led the right of the party.
- A way to attack Bukharin was to change foreign policy.
""")
    reply = tutor.respond("what happened to trotsky", ConversationState())
    assert reply.status == "answered" and "exiled" in reply.answer, reply.answer
    reply = tutor.respond("what happened to bukharin in the end", ConversationState())
    assert reply.status == "out_of_scope" and "don't say what happened to Bukharin" in reply.answer, reply.answer
    assert "They say: " in reply.answer and "Bukharin led" in reply.answer  # ... and what they do say


def test_a_date_given_of_something_else_does_not_date_what_was_asked(tutor):
    # the note dated 1922 is the Treaty of Rapallo's, which names Chicherin in passing
    reply = tutor.respond("when did georgii chicherin become the chief representative in foreign affairs",
                          ConversationState())
    assert reply.status == "out_of_scope" and "Chief representative" in reply.answer, reply.answer
    reply = tutor.respond("when was the treaty of rapallo", ConversationState())
    assert reply.status == "answered" and "1922" in reply.answer, reply.answer


def test_why_about_a_word_the_last_answer_lacks_is_a_question_of_its_own(tutor):
    state = ConversationState()
    tutor.respond("what was the treaty of berlin signed for", state)
    reply = tutor.respond("and why did it end?", state)
    assert "death of Stresemann" in reply.answer, reply.answer
    tutor.respond("why did stalin back the gmd", state)
    reply = tutor.respond("why?", state)  # ... and a bare why still asks for the last answer's reasons
    assert reply.status == "answered" and "death of Stresemann" not in reply.answer, reply.answer


def test_a_date_of_what_a_note_says_does_not_date_a_deed_it_never_says(tmp_path):
    tutor = tutor_on(tmp_path, """## Stresemann's recovery
- Gustav Stresemann: chancellor Aug-Nov 1923, then foreign minister until his death in 1929.
- Joined the League of Nations 1926.
- New currency: Rentenmark (Nov 1923), replaced by Reichsmark in 1924.
""")
    reply = tutor.respond("what year was gustav stresemann born", ConversationState())
    assert reply.status == "out_of_scope" and "chancellor" in reply.answer, reply.answer
    for question, shown in (("when did stresemann die", "1929"),
                            ("when did germany join the league of nations", "1926"),
                            ("when did stresemann start as chancellor", "1923"),
                            ("when was the rentenmark introduced", "Nov 1923")):  # a thing's date: its making
        reply = tutor.respond(question, ConversationState())
        assert reply.status == "answered" and shown in reply.answer, (question, reply.answer)


def test_a_number_in_a_note_does_not_count_a_deed_it_never_says(tmp_path):
    tutor = tutor_on(tmp_path, """## Weimar culture
- New freedoms for women: vote at 20, more women working.
- Loaf of bread: 250 marks in Jan 1923.
""")
    reply = tutor.respond("how many women were elected to the reichstag", ConversationState())
    assert reply.status == "out_of_scope", reply.answer
    reply = tutor.respond("how much did a loaf of bread cost in 1923", ConversationState())  # a price is its cost
    assert reply.status == "answered" and "250 marks" in reply.answer, reply.answer


def test_what_happens_if_is_answered_by_the_note_that_says_what_happens_if_that_is_done(tutor):
    reply = tutor.respond("what would happen if germany or russia got attacked", ConversationState())
    assert "remain neutral" in reply.answer, reply.answer  # not "signed for trustful relationship"


def test_what_one_did_to_another_is_the_note_where_the_one_acts_on_the_other(tutor):
    from tutor.dialogue.forms import deed_on
    assert deed_on(tuple("what did the gmd do to the ccp".split())) == (("gmd",), ("ccp",))
    assert deed_on(tuple("what did stalin do".split())) == ((), ())
    reply = tutor.respond("what did the gmd do to the ccp", ConversationState())
    assert reply.answer.lstrip("• ").startswith("Alliance failed"), reply.answer  # first, not last of three


def test_how_someone_died_is_not_answered_by_a_note_that_only_says_they_died(tmp_path):
    tutor = tutor_on(tmp_path, """## Rivals
- Relations ended with death of Stresemann in 1929.
- Trotsky was murdered in Mexico in 1940.
""")
    reply = tutor.respond("how did stresemann die", ConversationState())
    assert reply.status == "out_of_scope" and "how they died" in reply.answer, reply.answer
    reply = tutor.respond("how did trotsky die", ConversationState())
    assert reply.status == "answered" and "murdered" in reply.answer, reply.answer
