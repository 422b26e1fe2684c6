"""newsparse: people, parties, places, dates, events and claims in Hindi news."""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["analyse", "__version__"]


def analyse(text, published=None, source=None):
    """Analyse one article's text; see :func:`newsparse.pipeline.analyse`."""
    from .pipeline import analyse as _analyse

    return _analyse(text, published=published, source=source)
