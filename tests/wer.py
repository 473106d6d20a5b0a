"""Word error rate for the ASR tests (shared with the benchmarks: `benchmarks/wer.py`)."""

from benchmarks.wer import counts, normalize, number_to_words, wer

__all__ = ["counts", "normalize", "number_to_words", "wer"]
