"""Doc -> records, and the atomic JSONL writer."""

from .jsonl import JsonlSink
from .records import doc_to_records, error_record

__all__ = ["JsonlSink", "doc_to_records", "error_record"]
