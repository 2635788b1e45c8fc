"""Doc -> records, and the writers: the resumable batch output and a small atomic JSONL sink."""

from .jsonl import JsonlSink, json_line
from .output import BatchOutput, OutputError, Resumed, UsageError
from .records import doc_to_records, error_record

__all__ = ["BatchOutput", "JsonlSink", "OutputError", "Resumed", "UsageError", "doc_to_records", "error_record",
           "json_line"]
