"""Document structure: title, date, attendance, agenda items, headings."""

from .parse import AgendaItem, Heading, MeetingStructure, parse_structure
from .people import Person, parse_person

__all__ = ["AgendaItem", "Heading", "MeetingStructure", "Person", "parse_person", "parse_structure"]
