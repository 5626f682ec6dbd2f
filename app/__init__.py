"""Canthus: a transparent, auditable fever-screening console for thermal cameras."""

__version__ = "0.1.0"
