"""thaigovkg: a knowledge graph of Thai government news.

The pipeline, in the order the data flows: ``article`` (read and normalise) →
``extract`` (find mentions) → ``resolve`` (canonical entities) → ``to_rdf`` →
``validate`` → ``query``. ``pipeline`` shows the whole flow on one screen.
"""
from __future__ import annotations

__version__ = "0.1.0"
