"""Actors: the knowledge base (`kb`) and, in sibling modules, span resolution and coreference."""

from parley.actors.kb import KnowledgeBase, Role, Term, TermActor, code_for, default_kb

__all__ = ["KnowledgeBase", "Role", "Term", "TermActor", "code_for", "default_kb"]
