"""People, parties, places and organisations: model + gazetteer → entities."""
from __future__ import annotations

from .resolve import annotate_entities

__all__ = ["annotate_entities"]
