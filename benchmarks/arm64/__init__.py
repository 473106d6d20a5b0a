"""Helpers for the emulated arm64 (Raspberry Pi 4 class) runs driven by `benchmarks/arm64/run.sh`."""
