"""Acts, negations and directions told of two different subjects or objects are two facts, never a contradiction
nor an agreement (writer19 hard look-alikes); one subject's act against its opposite or its denial still conflicts."""
import pytest


@pytest.mark.parametrize("a, b", [
    ("Defence lawyers said former mayor Dorin Pavel pleaded not guilty on Monday to charges of taking bribes.",
     "Defence lawyers said former deputy mayor Ilie Stanescu pleaded guilty on Monday to charges of taking bribes."),
    ("Former mayor Dorin Pavel pleaded not guilty on Monday to bribery charges, his lawyers said.",
     "His lawyers said former deputy mayor Ilie Stanescu pleaded guilty on Monday to bribery charges."),
])
def test_an_act_and_its_denial_of_two_named_people_are_apart(verdict, a, b):
    result = verdict(a, b)
    assert not result.contradiction and result.relation != "agree"


@pytest.mark.parametrize("a, b", [
    ("Defence lawyers said former mayor Dorin Pavel pleaded not guilty on Monday to bribery charges.",
     "Defence lawyers said former mayor Dorin Pavel pleaded guilty on Monday to bribery charges."),
    ("Former mayor Dorin Pavel did not attend the hearing on Monday, his lawyers said.",
     "Pavel attended the hearing on Monday, his lawyers said."),
])
def test_an_act_and_its_denial_of_one_person_conflict(verdict, a, b):
    assert verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("Carmaker Altenberg Motoren said on Wednesday its quarterly revenue rose 12 percent to 8.4 billion euros.",
     "Carmaker Altenberg Motoren said on Wednesday its quarterly net profit fell 12 percent to 610 million euros."),
    ("Altenberg said its quarterly sales rose 12 percent on Wednesday.",
     "Its quarterly profit fell 12 percent, Altenberg said on Wednesday."),
    ("Exports from Chile rose 5 percent in March, the ministry said.",
     "The ministry said imports into Chile fell 5 percent in March."),
])
def test_two_variables_going_two_ways_are_apart(verdict, a, b):
    result = verdict(a, b)
    assert not result.contradiction and result.relation != "agree"


@pytest.mark.parametrize("a, b", [
    ("Altenberg's quarterly revenue rose on Wednesday, the company said.",
     "Altenberg's quarterly revenue fell on Wednesday, the company said."),
    ("Exports from Chile rose 5 percent in March, the ministry said.",
     "The ministry said Chilean exports fell 5 percent in March."),
])
def test_one_variable_going_two_ways_conflicts(verdict, a, b):
    assert verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("At least nine people died after a crowded bus plunged into a ravine north of Cusco on Tuesday, police said.",
     "Twenty-two passengers were hurt when a crowded bus plunged into a ravine north of Cusco on Tuesday, police said."),
    ("Police said 22 passengers were injured on Tuesday when a bus plunged into a ravine near Cusco.",
     "A bus plunged into a ravine near Cusco on Tuesday, killing at least nine people, police said."),
])
def test_two_fates_of_groups_counted_apart_are_two_groups(verdict, a, b):
    result = verdict(a, b)
    assert not result.contradiction and result.relation != "agree"


@pytest.mark.parametrize("a, b", [
    ("At least nine people died after a crowded bus plunged into a ravine near Cusco on Tuesday, police said.",
     "Nine passengers were hurt when a crowded bus plunged into a ravine near Cusco on Tuesday, police said."),
    ("The strike killed 12 soldiers on Tuesday, the army said.",
     "The army said 12 soldiers were wounded in Tuesday's strike."),
])
def test_one_group_told_with_two_fates_conflicts(verdict, a, b):
    assert verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("The presidency said President Amara Toure signed a decree on Monday raising the minimum wage by 12 percent.",
     "The presidency said President Amara Toure vetoed a bill on Monday that would have raised fuel subsidies by 12 "
     "percent."),
    ("President Amara Toure vetoed a bill on fuel subsidies on Monday, the presidency said.",
     "The presidency said President Amara Toure signed an order on Monday raising the minimum wage."),
])
def test_opposite_acts_on_two_things_introduced_are_apart(verdict, a, b):
    result = verdict(a, b)
    assert not result.contradiction and result.relation != "agree"


@pytest.mark.parametrize("a, b", [
    ("President Amara Toure signed a bill on fuel subsidies on Monday, the presidency said.",
     "The presidency said President Amara Toure vetoed a bill on fuel subsidies on Monday."),
    ("The governor signed the bill into law on Friday.", "The governor vetoed the legislation on Friday."),
])
def test_opposite_acts_on_one_thing_conflict(verdict, a, b):
    assert verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("The jury said Chilean writer Paula Orrego won this year's Valdivia Prize for fiction for her novel.",
     "The jury said Argentine poet Esteban Ruiz won this year's Valdivia Prize for poetry for a collection."),
    ("Paula Orrego won the Valdivia Prize for fiction on Monday, the jury said.",
     "The jury said the Valdivia Prize for poetry went to Esteban Ruiz on Monday."),
    ("Anna Berg won the gold medal in slalom on Sunday.", "Maria Lind won the gold medal in downhill on Sunday."),
])
def test_winners_of_two_categories_are_apart(verdict, a, b):
    result = verdict(a, b)
    assert not result.contradiction and result.relation != "agree"


@pytest.mark.parametrize("a, b", [
    ("Paula Orrego won the Valdivia Prize for fiction on Monday, the jury said.",
     "The jury said Esteban Ruiz won the Valdivia Prize for fiction on Monday."),
    ("The jury said Paula Orrego won this year's Valdivia Prize for her novel about a mining town.",
     "The jury said Esteban Ruiz won this year's Valdivia Prize for a collection of poems."),
])
def test_two_winners_of_one_category_conflict(verdict, a, b):
    assert verdict(a, b).contradiction


@pytest.mark.parametrize("a, b", [
    ("Striker Mateo Lindqvist scored twice as Valmora came from behind to beat Rosenport 3-1 in the league on Saturday.",
     "Valmora's third goal in Saturday's 3-1 league win over Rosenport was scored by midfielder Jonas Eklund."),
    ("Mateo Lindqvist scored Valmora's winner in Saturday's 3-1 win over Rosenport.",
     "Jonas Eklund scored three times in Valmora's 3-1 win over Rosenport on Saturday."),
])
def test_two_doers_of_a_series_are_apart(verdict, a, b):
    result = verdict(a, b)
    assert not result.contradiction and result.relation != "agree"


@pytest.mark.parametrize("a, b", [
    ("Valmora's third goal in Saturday's 3-1 win over Rosenport was scored by Mateo Lindqvist.",
     "Jonas Eklund scored Valmora's third goal in Saturday's 3-1 win over Rosenport."),
])
def test_two_doers_of_one_numbered_act_conflict(verdict, a, b):
    assert verdict(a, b).contradiction
