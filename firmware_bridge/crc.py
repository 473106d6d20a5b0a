"""CRC-16/CCITT-FALSE, the frame check of the link (poly 0x1021, init 0xFFFF, no reflection, xorout 0).

Check value: crc16(b"123456789") == 0x29B1. `binascii.crc_hqx` computes exactly this CRC in C when seeded
with 0xFFFF, so the table-free Python here stays fast.
"""

from __future__ import annotations

import binascii

CRC_INIT = 0xFFFF
CHECK_VALUE = 0x29B1


def crc16(data: bytes | bytearray | memoryview, crc: int = CRC_INIT) -> int:
    """CRC-16/CCITT-FALSE of `data`; pass a previous result as `crc` to continue over more bytes."""
    return binascii.crc_hqx(data, crc)


def crc16_bitwise(data: bytes | bytearray | memoryview, crc: int = CRC_INIT) -> int:
    """The same CRC computed bit by bit, as a microcontroller without a table would (reference for tests)."""
    for byte in bytes(data):
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return crc
