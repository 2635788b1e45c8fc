"""minutes: meeting minutes in, structured JSONL records out.

The package reads as the pipeline: read -> structure -> units -> match ->
classify -> resolve -> write.
"""

__version__ = "0.1.0"
