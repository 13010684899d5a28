"""diplokg: a knowledge graph of defence diplomacy, built from news articles, with evidence."""

__version__ = "0.1.0"
