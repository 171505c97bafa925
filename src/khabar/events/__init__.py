"""Events in the PLOVER ontology, coded straight from Persian.

plover.py holds the ontology's names; patterns.py loads the predicates of data/event_patterns.tsv; arguments.py
finds the phrases around a predicate and participants.py codes them; mood.py tells what happened from what is
negated, planned, conditional or asked; statements.py codes reported criticism and demands; stage.py is the
`events` stage; export.py writes the gold-shaped records of the events that happened.
"""
