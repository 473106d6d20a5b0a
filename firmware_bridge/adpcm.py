"""IMA-ADPCM (4 bits per sample, 4:1 against PCM16), the link's codec for BLE bandwidth.

The arithmetic is the classic shift-and-add IMA/DVI variant every microcontroller SDK ships: the reconstructed
difference is `step>>3 (+step if bit2) (+step>>1 if bit1) (+step>>2 if bit0)`, negated when bit3 is set; the
predictor saturates to int16 and the step index to 0..88. Two samples per byte, the first in the low nibble.

Encoding is inherently sequential (each nibble depends on the predictor left by the previous one) and runs as a
tight Python loop. Decoding is vectorised: the step-index walk depends only on the nibbles, so a per-byte
transition table driven by `itertools.accumulate` (C speed) yields every step index, after which the differences
are a table lookup and the predictor a cumulative sum; only a stream that saturates int16 takes the exact loop.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import accumulate
from operator import itemgetter

import numpy as np

STEP_TABLE = (
    7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 19, 21, 23, 25, 28, 31, 34, 37, 41, 45, 50, 55, 60, 66, 73, 80, 88, 97,
    107, 118, 130, 143, 157, 173, 190, 209, 230, 253, 279, 307, 337, 371, 408, 449, 494, 544, 598, 658, 724, 796,
    876, 963, 1060, 1166, 1282, 1411, 1552, 1707, 1878, 2066, 2272, 2499, 2749, 3024, 3327, 3660, 4026, 4428,
    4871, 5358, 5894, 6484, 7132, 7845, 8630, 9493, 10442, 11487, 12635, 13899, 15289, 16818, 18500, 20350,
    22385, 24623, 27086, 29794, 32767,
)  # fmt: skip
INDEX_TABLE = (-1, -1, -1, -1, 2, 4, 6, 8) * 2
MAX_STEP_INDEX = len(STEP_TABLE) - 1


@dataclass(frozen=True)
class AdpcmState:
    """Codec state between two samples: the last reconstructed sample and the step index."""

    predictor: int = 0
    step_index: int = 0

    def __post_init__(self) -> None:
        if not -32768 <= self.predictor <= 32767 or not 0 <= self.step_index <= MAX_STEP_INDEX:
            raise ValueError(f"ADPCM state out of range: predictor {self.predictor}, step index {self.step_index}")


def _difference(step: int, nibble: int) -> int:
    diff = step >> 3
    if nibble & 4:
        diff += step
    if nibble & 2:
        diff += step >> 1
    if nibble & 1:
        diff += step >> 2
    return -diff if nibble & 8 else diff


# DIFF[index][nibble] and NEXT[index][nibble]: everything the decoder needs, as tables.
_DIFF_ROWS = tuple(tuple(_difference(STEP_TABLE[i], n) for n in range(16)) for i in range(len(STEP_TABLE)))
_NEXT_ROWS = tuple(
    tuple(min(max(i + INDEX_TABLE[n], 0), MAX_STEP_INDEX) for n in range(16)) for i in range(len(STEP_TABLE))
)
_DIFF = np.array(_DIFF_ROWS, dtype=np.int32)
_NEXT = np.array(_NEXT_ROWS, dtype=np.intp)


def _byte_transition_rows() -> list[list]:
    """rows[i][byte] is the row of the step index after decoding `byte` from index i; rows[i][256] is i."""
    rows: list[list] = [[None] * 257 for _ in STEP_TABLE]
    for i, row in enumerate(rows):
        row[256] = i
        for byte in range(256):
            row[byte] = rows[_NEXT_ROWS[_NEXT_ROWS[i][byte & 15]][byte >> 4]]
    return rows


_BYTE_ROWS = _byte_transition_rows()
_ROW_INDEX = itemgetter(256)


def encoded_size(sample_count: int) -> int:
    """Bytes that `sample_count` ADPCM samples occupy (two per byte, the last byte half used when odd)."""
    return (sample_count + 1) // 2


def encode(samples: np.ndarray, state: AdpcmState = AdpcmState()) -> tuple[bytes, AdpcmState]:
    """Encode int16 samples starting from `state`; returns the packed nibbles and the state after the last one."""
    pcm = np.asarray(samples)
    if pcm.ndim != 1 or pcm.dtype != np.int16:
        raise ValueError(f"ADPCM encodes a 1-D int16 array, got {pcm.dtype} with shape {pcm.shape}")
    predictor, index = state.predictor, state.step_index
    steps, index_table = STEP_TABLE, INDEX_TABLE
    nibbles = bytearray(len(pcm) + (len(pcm) & 1))
    for n, sample in enumerate(pcm.tolist()):
        step = steps[index]
        diff = sample - predictor
        nibble = 0
        if diff < 0:
            nibble = 8
            diff = -diff
        vpdiff = step >> 3
        if diff >= step:
            nibble |= 4
            diff -= step
            vpdiff += step
        half = step >> 1
        if diff >= half:
            nibble |= 2
            diff -= half
            vpdiff += half
        quarter = step >> 2
        if diff >= quarter:
            nibble |= 1
            vpdiff += quarter
        predictor = predictor - vpdiff if nibble & 8 else predictor + vpdiff
        if predictor > 32767:
            predictor = 32767
        elif predictor < -32768:
            predictor = -32768
        index += index_table[nibble]
        if index < 0:
            index = 0
        elif index > 88:
            index = 88
        nibbles[n] = nibble
    packed = np.frombuffer(bytes(nibbles), dtype=np.uint8)
    data = (packed[0::2] | (packed[1::2] << 4)).astype(np.uint8).tobytes()
    return data, AdpcmState(predictor, index)


def decode(data: bytes, sample_count: int, state: AdpcmState = AdpcmState()) -> np.ndarray:
    """Decode `sample_count` samples from packed nibbles, starting from `state`; returns int16 samples."""
    if len(data) < encoded_size(sample_count):
        raise ValueError(f"{sample_count} ADPCM samples need {encoded_size(sample_count)} bytes, got {len(data)}")
    if sample_count == 0:
        return np.zeros(0, dtype=np.int16)
    data = bytes(data[: encoded_size(sample_count)])
    raw = np.frombuffer(data, dtype=np.uint8)
    nibbles = np.empty(2 * len(raw), dtype=np.intp)
    nibbles[0::2] = raw & 15
    nibbles[1::2] = raw >> 4
    indexes = np.empty_like(nibbles)
    walk = accumulate(data, list.__getitem__, initial=_BYTE_ROWS[state.step_index])
    indexes[0::2] = np.fromiter(map(_ROW_INDEX, walk), dtype=np.intp, count=len(raw) + 1)[:-1]
    indexes[1::2] = _NEXT[indexes[0::2], nibbles[0::2]]
    diffs = _DIFF[indexes[:sample_count], nibbles[:sample_count]]
    out = np.cumsum(diffs, dtype=np.int64) + state.predictor
    if out.min() < -32768 or out.max() > 32767:  # saturation: only the exact sequential loop is right
        return decode_sequential(data, sample_count, state)[0]
    return out.astype(np.int16)


def decode_sequential(
    data: bytes, sample_count: int, state: AdpcmState = AdpcmState()
) -> tuple[np.ndarray, AdpcmState]:
    """Reference decoder, one nibble at a time; also returns the state after the last sample."""
    predictor, index = state.predictor, state.step_index
    out = np.empty(sample_count, dtype=np.int16)
    for n in range(sample_count):
        nibble = (data[n >> 1] >> ((n & 1) * 4)) & 15
        predictor = min(max(predictor + _DIFF_ROWS[index][nibble], -32768), 32767)
        index = _NEXT_ROWS[index][nibble]
        out[n] = predictor
    return out, AdpcmState(predictor, index)
