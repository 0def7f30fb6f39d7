"""audit: a data-quality auditor for LLM-enriched episode metadata."""

__version__ = "0.1.0"
