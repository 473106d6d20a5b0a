"""The incremental decoder and the audio assembler: any chunking, garbage, corruption, truncation and sequence
wrap-around; never an exception, bounded memory, exact concealment of lost audio."""

from __future__ import annotations

import random
import time
import tracemalloc

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_firmware_frames import messages

from firmware_bridge import (
    MAX_FRAME_SIZE,
    AdpcmState,
    Audio,
    AudioAssembler,
    AudioFramer,
    BridgeProtocolError,
    Codec,
    DecoderUsageError,
    EndOfSpeech,
    EndReason,
    Frame,
    FrameDecoder,
    FrameEncoder,
    Hello,
    Led,
    LedMode,
    Status,
    encode_frame,
)  # fmt: skip
from firmware_bridge.crc import crc16
from firmware_bridge.frames import HEADER, SYNC


def session(
    n_samples: int = 4000, codec: Codec = Codec.ADPCM, spf: int | None = None, start_seq: int = 0
) -> tuple[list[bytes], np.ndarray]:
    """A clean uplink session as a list of frame byte strings, and the samples it should decode to."""
    rng = np.random.default_rng(n_samples)
    x = np.round(6000 * np.sin(np.arange(n_samples) * 0.05) + rng.normal(0, 200, n_samples)).astype(np.int16)
    encoder, framer = FrameEncoder(start_seq=start_seq), AudioFramer(codec, spf)
    frames = [encoder.encode(Hello(codec=codec), 0)]
    frames += [encoder.encode(a, 0) for a in framer.push(x) + framer.flush()]
    frames.append(encoder.encode(EndOfSpeech(EndReason.STREAM_END, n_samples), 0))
    return frames, x


def decode_all(data: bytes, chunk: int | None = None) -> tuple[list[Frame], FrameDecoder]:
    decoder = FrameDecoder()
    frames = []
    step = chunk or max(len(data), 1)
    for i in range(0, len(data), step):
        frames += decoder.feed(data[i : i + step])
        assert decoder.buffered < MAX_FRAME_SIZE
    return frames + decoder.finish(), decoder


def assemble(frames: list[Frame]) -> tuple[np.ndarray, AudioAssembler]:
    assembler = AudioAssembler()
    out = [assembler.push(f) for f in frames]
    return (np.concatenate(out) if out else np.zeros(0, np.int16)), assembler


@settings(max_examples=100, deadline=None)
@given(msgs=st.lists(messages, min_size=1, max_size=12), cuts=st.lists(st.integers(0, 3000), max_size=20))
def test_any_chunking_gives_the_same_frames(msgs, cuts):
    data = b"".join(encode_frame(m, i, i) for i, m in enumerate(msgs))
    whole, _ = decode_all(data)
    assert [f.message for f in whole] == msgs
    decoder, frames, last = FrameDecoder(), [], 0
    for cut in sorted(c % (len(data) + 1) for c in cuts) + [len(data)]:
        frames += decoder.feed(data[last:cut])
        last = cut
    assert frames + decoder.finish() == whole
    assert decoder.stats.garbage_bytes == 0 and decoder.stats.frames_lost == 0


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(garbage=st.binary(max_size=2000), chunk=st.integers(1, 700))
def test_frames_after_garbage_are_still_decoded(garbage, chunk):
    frames, x = session(1500)
    data = garbage + b"".join(frames)
    decoded, decoder = decode_all(data, chunk)
    clean, _ = decode_all(b"".join(frames))
    assert decoded[-len(clean) :] == clean  # every real frame survives whatever came before
    samples, _ = assemble(decoded[-len(clean) :])
    assert len(samples) == len(x)


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=3000), chunk=st.integers(1, 512))
def test_random_bytes_never_raise_and_keep_memory_bounded(data, chunk):
    frames, decoder = decode_all(data, chunk)
    stats = decoder.stats
    assert stats.bytes_in == len(data)
    for frame in frames:  # anything returned passed the CRC and is a whole frame of the input
        assert isinstance(frame, Frame)


@st.composite
def mutations(draw):
    return draw(
        st.lists(
            st.tuples(
                st.sampled_from(["flip", "delete", "insert", "duplicate"]), st.integers(0, 10**6), st.integers(1, 40)
            ),
            min_size=1,
            max_size=8,
        )
    )


@settings(max_examples=150, deadline=None)
@given(edits=mutations(), chunk=st.integers(1, 600))
def test_mutated_streams_yield_only_original_frames(edits, chunk):
    frames, _ = session(2000)
    data = bytearray(b"".join(frames))
    for kind, where, size in edits:
        at = where % (len(data) + 1)
        if kind == "flip" and at < len(data):
            data[at] ^= 1 << (size % 8)
        elif kind == "delete":
            del data[at : at + size]
        elif kind == "insert":
            data[at:at] = random.Random(where).randbytes(size)
        elif kind == "duplicate":
            data[at:at] = data[max(0, at - size) : at]
    decoded, decoder = decode_all(bytes(data), chunk)
    originals, _ = decode_all(b"".join(frames))
    for frame in decoded:
        assert frame in originals
    samples, assembler = assemble(decoded)
    assert len(samples) == assembler.stats.samples_out


def test_corrupted_and_lost_frames_are_counted_and_concealed_exactly():
    frames, x = session(6400, Codec.ADPCM, 320)  # HELLO, 20 AUDIO, END_OF_SPEECH
    damaged = list(frames)
    corrupt = bytearray(damaged[5])
    corrupt[30] ^= 0x04
    damaged[5] = bytes(corrupt)  # AUDIO frame 4 (samples 1280..1600)
    damaged[20] = damaged[20][:50]  # AUDIO frame 19 cut short (samples 6080..6400), closed by END_OF_SPEECH
    del damaged[10:12]  # AUDIO frames 9 and 10 (samples 2880..3520)
    decoded, decoder = decode_all(b"".join(damaged), 97)
    s = decoder.stats
    assert (s.crc_errors >= 1, s.seq_gaps, s.frames_lost, s.duplicates) == (True, 3, 4, 0)
    samples, assembler = assemble(decoded)
    assert len(samples) == len(x)
    lost = np.zeros(len(x), bool)
    for start, end in ((1280, 1600), (2880, 3520), (6080, 6400)):
        lost[start:end] = True
    assert assembler.stats.concealed_samples == lost.sum() and assembler.stats.gaps == 3
    assert not samples[lost].any()
    clean, _ = assemble(decode_all(b"".join(frames))[0])
    np.testing.assert_array_equal(samples[~lost], clean[~lost])  # per-frame ADPCM state: no damage spreads


def test_sequence_numbers_wrap_around():
    encoder = FrameEncoder(start_seq=65533)
    data = b"".join(encoder.encode(Led(LedMode.ON), 0) for _ in range(6))  # 65533 .. 2
    frames, decoder = decode_all(data)
    assert [f.seq for f in frames] == [65533, 65534, 65535, 0, 1, 2]
    assert decoder.stats.frames_lost == 0 and decoder.stats.seq_gaps == 0
    skipped = encode_frame(Led(LedMode.ON), 65535, 0) + encode_frame(Led(LedMode.OFF), 1, 0)  # 0 lost across the wrap
    frames, decoder = decode_all(skipped)
    assert len(frames) == 2 and (decoder.stats.seq_gaps, decoder.stats.frames_lost) == (1, 1)


def test_duplicates_are_dropped_and_a_restarted_sender_is_followed():
    led = [encode_frame(Led(LedMode.ON), seq, 0) for seq in range(1000, 1004)]
    frames, decoder = decode_all(led[0] + led[1] + led[1] + led[2] + led[0] + led[3])
    assert [f.seq for f in frames] == [1000, 1001, 1002, 1003] and decoder.stats.duplicates == 2
    restart = b"".join(encode_frame(Led(LedMode.ON), seq, 0) for seq in (7, 8, 9, 10, 11))
    frames, decoder = decode_all(b"".join(led) + restart)
    assert [f.seq for f in frames][-2:] == [10, 11] and decoder.stats.seq_resets == 1


def test_hello_restarts_the_numbering_without_counting_loss():
    data = encode_frame(Led(LedMode.ON), 500, 0) + encode_frame(Hello(), 0, 0) + encode_frame(Led(LedMode.ON), 1, 0)
    frames, decoder = decode_all(data)
    assert len(frames) == 3 and decoder.stats.frames_lost == 0


def test_truncated_frames_are_dropped_at_every_cut_and_the_next_frame_survives():
    full = encode_frame(Status(50, 0, 3800, 250, 0), 3, 9)
    follower = encode_frame(Led(LedMode.OFF), 4, 10)
    for cut in range(1, len(full)):
        frames, decoder = decode_all(full[:cut])
        assert frames == [] and decoder.stats.truncated == (1 if cut >= 2 else 0)
        frames, _ = decode_all(full[:cut] + follower)
        assert [f.message for f in frames] == [Led(LedMode.OFF)]


def test_unknown_type_and_version_are_skipped_whole():
    def raw(version: int, frame_type: int, seq: int, payload: bytes) -> bytes:
        body = HEADER.pack(SYNC, version, frame_type, seq, 0, len(payload)) + payload
        return body + crc16(body).to_bytes(2, "little")

    data = raw(1, 0x42, 0, b"future") + raw(2, 0x81, 1, b"\x01\xff") + encode_frame(Led(LedMode.ON), 2, 0)
    frames, decoder = decode_all(data)
    assert [f.message for f in frames] == [Led(LedMode.ON)]
    assert (decoder.stats.unknown_type, decoder.stats.unsupported_version, decoder.stats.garbage_bytes) == (1, 1, 0)


def test_memory_stays_bounded_on_a_large_feed():
    rng = np.random.default_rng(3)
    noise = rng.integers(0, 256, 4_000_000, dtype=np.uint8).tobytes()
    frames, _ = session(8000)
    data = noise + b"".join(frames)
    decoder = FrameDecoder()
    tracemalloc.start()
    decoded = decoder.feed(data) + decoder.finish()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert decoder.buffered == 0 and len(decoded) == len(frames)
    assert peak < 2_000_000  # the 4 MB input is never copied whole


def test_sync_storm_does_not_hang():
    data = (SYNC + b"\x01\x02\x00\x00\x00\x00\x00\x00\xe7") * 20_000 + encode_frame(Led(LedMode.ON), 0, 0)
    started = time.monotonic()
    frames, decoder = decode_all(data, 4096)
    assert [f.message for f in frames] == [Led(LedMode.ON)]
    assert decoder.stats.crc_errors > 0
    assert time.monotonic() - started < 60  # a generous bound only to turn a hang into a failure


def test_feeding_text_is_a_typed_error():
    with pytest.raises(DecoderUsageError) as info:
        FrameDecoder().feed("a5 5a")  # type: ignore[arg-type]
    assert isinstance(info.value, BridgeProtocolError) and isinstance(info.value, TypeError)


# --- assembler ---------------------------------------------------------------------------------------


def audio_frame(index: int, samples: list[int], seq: int = 0) -> Frame:
    return Frame(Audio.from_pcm(np.array(samples, np.int16), index), seq, 0)


def test_sample_index_wraps_around_without_a_gap():
    start = (1 << 32) - 3
    samples, assembler = assemble([audio_frame(start, [1, 2]), audio_frame(start + 2, [3, 4, 5]), audio_frame(2, [6])])
    assert samples.tolist() == [1, 2, 3, 4, 5, 6] and assembler.stats.concealed_samples == 0
    samples, assembler = assemble([audio_frame(start, [1, 2]), audio_frame(3, [9])])  # 4 samples lost across the wrap
    assert samples.tolist() == [1, 2, 0, 0, 0, 0, 9] and assembler.stats.gaps == 1


def test_overlapping_and_repeated_audio_is_not_output_twice():
    samples, assembler = assemble([audio_frame(0, [1, 2, 3]), audio_frame(2, [3, 4]), audio_frame(0, [1, 2, 3])])
    assert samples.tolist() == [1, 2, 3, 4] and assembler.stats.overlap_samples == 4


def test_end_of_speech_conceals_a_lost_tail_and_huge_jumps_are_capped():
    frames = [audio_frame(0, [5, 5]), Frame(EndOfSpeech(EndReason.STREAM_END, 6), 1, 0)]
    samples, _ = assemble(frames)
    assert samples.tolist() == [5, 5, 0, 0, 0, 0]
    assembler = AudioAssembler(max_conceal=100)
    out = np.concatenate([assembler.push(audio_frame(0, [1])), assembler.push(audio_frame(10_000, [2]))])
    assert len(out) == 102 and assembler.stats.discontinuities == 1


def test_hello_starts_a_new_stream_position():
    frames = [audio_frame(1000, [1]), Frame(Hello(), 0, 0), audio_frame(0, [2])]
    samples, assembler = assemble(frames)
    assert samples.tolist() == [1, 2] and assembler.stats.concealed_samples == 0


def test_adpcm_frames_decode_independently_of_their_predecessors():
    x = np.round(8000 * np.sin(np.arange(960) * 0.07)).astype(np.int16)
    framer = AudioFramer(Codec.ADPCM, 320)
    audios = framer.push(x)
    assert audios[2].predictor != 0 or audios[2].step_index != 0  # state carried across frames
    alone = audios[2].samples()
    together = np.concatenate([a.samples() for a in audios])
    np.testing.assert_array_equal(alone, together[640:])
    assert AdpcmState(audios[1].predictor, audios[1].step_index) != AdpcmState()
