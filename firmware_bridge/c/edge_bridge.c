/* edge_bridge.c - reference encoder for the edge glasses link; see edge_bridge.h and ../PROTOCOL.md. */
#include "edge_bridge.h"

static const int16_t eb_step_table[89] = {
    7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 19, 21, 23, 25, 28, 31, 34, 37, 41, 45, 50, 55, 60, 66, 73, 80, 88, 97,
    107, 118, 130, 143, 157, 173, 190, 209, 230, 253, 279, 307, 337, 371, 408, 449, 494, 544, 598, 658, 724, 796,
    876, 963, 1060, 1166, 1282, 1411, 1552, 1707, 1878, 2066, 2272, 2499, 2749, 3024, 3327, 3660, 4026, 4428,
    4871, 5358, 5894, 6484, 7132, 7845, 8630, 9493, 10442, 11487, 12635, 13899, 15289, 16818, 18500, 20350,
    22385, 24623, 27086, 29794, 32767};
static const int8_t eb_index_table[16] = {-1, -1, -1, -1, 2, 4, 6, 8, -1, -1, -1, -1, 2, 4, 6, 8};

void eb_encoder_init(eb_encoder *enc) {
    memset(enc, 0, sizeof *enc);
}

uint16_t eb_crc16(uint16_t crc, const uint8_t *data, size_t len) {
    size_t i;
    int bit;
    for (i = 0; i < len; i++) {
        crc ^= (uint16_t)((uint16_t)data[i] << 8);
        for (bit = 0; bit < 8; bit++) {
            crc = (crc & 0x8000u) ? (uint16_t)((crc << 1) ^ 0x1021u) : (uint16_t)(crc << 1);
        }
    }
    return crc;
}

/* One decoder step: shared by the encoder (to track what the decoder will reconstruct) and the decoder. */
static void eb_adpcm_step(eb_adpcm_state *st, uint8_t nibble) {
    int32_t step = eb_step_table[st->step_index];
    int32_t diff = step >> 3;
    int32_t predictor = st->predictor;
    int index = st->step_index + eb_index_table[nibble];
    if (nibble & 4) diff += step;
    if (nibble & 2) diff += step >> 1;
    if (nibble & 1) diff += step >> 2;
    predictor += (nibble & 8) ? -diff : diff;
    if (predictor > 32767) predictor = 32767;
    if (predictor < -32768) predictor = -32768;
    if (index < 0) index = 0;
    if (index > 88) index = 88;
    st->predictor = (int16_t)predictor;
    st->step_index = (uint8_t)index;
}

static uint8_t eb_adpcm_nibble(eb_adpcm_state *st, int16_t sample) {
    int32_t step = eb_step_table[st->step_index];
    int32_t diff = (int32_t)sample - st->predictor;
    uint8_t nibble = 0;
    if (diff < 0) {
        nibble = 8;
        diff = -diff;
    }
    if (diff >= step) {
        nibble |= 4;
        diff -= step;
    }
    if (diff >= (step >> 1)) {
        nibble |= 2;
        diff -= step >> 1;
    }
    if (diff >= (step >> 2)) nibble |= 1;
    eb_adpcm_step(st, nibble);
    return nibble;
}

size_t eb_adpcm_encode(eb_adpcm_state *state, const int16_t *pcm, size_t n, uint8_t *out) {
    size_t i;
    for (i = 0; i < n; i++) {
        uint8_t nibble = eb_adpcm_nibble(state, pcm[i]);
        if (i & 1u) {
            out[i >> 1] |= (uint8_t)(nibble << 4);
        } else {
            out[i >> 1] = nibble;
        }
    }
    return (n + 1u) / 2u;
}

void eb_adpcm_decode(eb_adpcm_state *state, const uint8_t *in, size_t n, int16_t *out) {
    size_t i;
    for (i = 0; i < n; i++) {
        eb_adpcm_step(state, (uint8_t)((in[i >> 1] >> ((i & 1u) * 4u)) & 15u));
        out[i] = state->predictor;
    }
}

static void eb_put16(uint8_t *p, uint16_t v) {
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
}

static void eb_put32(uint8_t *p, uint32_t v) {
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
    p[2] = (uint8_t)(v >> 16);
    p[3] = (uint8_t)(v >> 24);
}

/* Header in front of a payload already written at out + EB_HEADER_SIZE, CRC behind it; consumes a seq. */
static size_t eb_finish(eb_encoder *enc, uint8_t type, uint32_t timestamp_ms, size_t payload_len, uint8_t *out) {
    size_t body = EB_HEADER_SIZE + payload_len;
    out[0] = EB_SYNC0;
    out[1] = EB_SYNC1;
    out[2] = EB_VERSION;
    out[3] = type;
    eb_put16(out + 4, enc->seq);
    eb_put32(out + 6, timestamp_ms);
    out[10] = (uint8_t)payload_len;
    eb_put16(out + body, eb_crc16(0xFFFFu, out, body));
    enc->seq = (uint16_t)(enc->seq + 1u);
    return body + EB_CRC_SIZE;
}

#define EB_ROOM(payload_len) (cap >= EB_HEADER_SIZE + (payload_len) + EB_CRC_SIZE)

size_t eb_write_hello(eb_encoder *enc, uint32_t timestamp_ms, uint16_t capabilities, uint32_t sample_rate,
                      uint8_t codec, uint8_t channels, uint16_t samples_per_frame, uint8_t fw_major,
                      uint8_t fw_minor, uint16_t fw_patch, uint8_t *out, size_t cap) {
    uint8_t *p = out + EB_HEADER_SIZE;
    if (!EB_ROOM(14u) || codec > EB_CODEC_ADPCM) return 0;
    eb_put16(p, capabilities);
    eb_put32(p + 2, sample_rate);
    p[6] = codec;
    p[7] = channels;
    eb_put16(p + 8, samples_per_frame);
    p[10] = fw_major;
    p[11] = fw_minor;
    eb_put16(p + 12, fw_patch);
    return eb_finish(enc, EB_FRAME_HELLO, timestamp_ms, 14u, out);
}

size_t eb_write_audio(eb_encoder *enc, uint32_t timestamp_ms, uint8_t codec, const int16_t *pcm, uint16_t n,
                      uint8_t *out, size_t cap) {
    uint8_t *p = out + EB_HEADER_SIZE;
    size_t payload_len;
    uint16_t i;
    if (codec == EB_CODEC_PCM16) {
        payload_len = EB_AUDIO_HEADER_SIZE + 2u * (size_t)n;
        if (n > EB_MAX_PCM16_SAMPLES || !EB_ROOM(payload_len)) return 0;
    } else if (codec == EB_CODEC_ADPCM) {
        payload_len = EB_AUDIO_HEADER_SIZE + EB_ADPCM_STATE_SIZE + ((size_t)n + 1u) / 2u;
        if (n > EB_MAX_ADPCM_SAMPLES || !EB_ROOM(payload_len)) return 0;
    } else {
        return 0;
    }
    p[0] = codec;
    p[1] = 0; /* flags, reserved */
    eb_put32(p + 2, enc->sample_index);
    eb_put16(p + 6, n);
    if (codec == EB_CODEC_PCM16) {
        for (i = 0; i < n; i++) eb_put16(p + EB_AUDIO_HEADER_SIZE + 2u * i, (uint16_t)pcm[i]);
    } else {
        eb_put16(p + 8, (uint16_t)enc->adpcm.predictor);
        p[10] = enc->adpcm.step_index;
        p[11] = 0; /* reserved */
        eb_adpcm_encode(&enc->adpcm, pcm, n, p + EB_AUDIO_HEADER_SIZE + EB_ADPCM_STATE_SIZE);
    }
    enc->sample_index += n;
    return eb_finish(enc, EB_FRAME_AUDIO, timestamp_ms, payload_len, out);
}

size_t eb_write_button(eb_encoder *enc, uint32_t timestamp_ms, uint8_t button, uint8_t action, uint8_t *out, size_t cap) {
    if (!EB_ROOM(2u) || action < EB_BUTTON_PRESS || action > EB_BUTTON_DOUBLE_PRESS) return 0;
    out[EB_HEADER_SIZE] = button;
    out[EB_HEADER_SIZE + 1] = action;
    return eb_finish(enc, EB_FRAME_BUTTON, timestamp_ms, 2u, out);
}

static size_t eb_write_code_index(eb_encoder *enc, uint8_t type, uint32_t timestamp_ms, uint8_t code,
                                  uint32_t sample_index, uint8_t *out, size_t cap) {
    if (!EB_ROOM(5u)) return 0;
    out[EB_HEADER_SIZE] = code;
    eb_put32(out + EB_HEADER_SIZE + 1, sample_index);
    return eb_finish(enc, type, timestamp_ms, 5u, out);
}

size_t eb_write_wake(eb_encoder *enc, uint32_t timestamp_ms, uint8_t source, uint32_t sample_index, uint8_t *out, size_t cap) {
    if (source > EB_WAKE_TAP) return 0;
    return eb_write_code_index(enc, EB_FRAME_WAKE, timestamp_ms, source, sample_index, out, cap);
}

size_t eb_write_end_of_speech(eb_encoder *enc, uint32_t timestamp_ms, uint8_t reason, uint32_t sample_index,
                              uint8_t *out, size_t cap) {
    if (reason > EB_END_STREAM_END) return 0;
    return eb_write_code_index(enc, EB_FRAME_END_OF_SPEECH, timestamp_ms, reason, sample_index, out, cap);
}

size_t eb_write_status(eb_encoder *enc, uint32_t timestamp_ms, uint8_t battery_percent, uint8_t flags,
                       uint16_t battery_mv, int16_t temperature_decicelsius, uint16_t overruns, uint8_t *out, size_t cap) {
    uint8_t *p = out + EB_HEADER_SIZE;
    if (!EB_ROOM(8u) || (battery_percent > 100u && battery_percent != EB_BATTERY_UNKNOWN)) return 0;
    p[0] = battery_percent;
    p[1] = flags;
    eb_put16(p + 2, battery_mv);
    eb_put16(p + 4, (uint16_t)temperature_decicelsius);
    eb_put16(p + 6, overruns);
    return eb_finish(enc, EB_FRAME_STATUS, timestamp_ms, 8u, out);
}

size_t eb_write_led(eb_encoder *enc, uint32_t timestamp_ms, uint8_t mode, uint8_t brightness, uint8_t *out, size_t cap) {
    if (!EB_ROOM(2u) || mode > EB_LED_BLINK) return 0;
    out[EB_HEADER_SIZE] = mode;
    out[EB_HEADER_SIZE + 1] = brightness;
    return eb_finish(enc, EB_FRAME_LED, timestamp_ms, 2u, out);
}

size_t eb_write_ack(eb_encoder *enc, uint32_t timestamp_ms, uint16_t ack_seq, uint16_t credits, uint8_t *out, size_t cap) {
    if (!EB_ROOM(4u)) return 0;
    eb_put16(out + EB_HEADER_SIZE, ack_seq);
    eb_put16(out + EB_HEADER_SIZE + 2, credits);
    return eb_finish(enc, EB_FRAME_ACK, timestamp_ms, 4u, out);
}

void eb_parser_init(eb_parser *parser) {
    memset(parser, 0, sizeof *parser);
}

static void eb_parser_drop(eb_parser *p, uint16_t n) {
    memmove(p->buf, p->buf + n, (size_t)(p->len - n));
    p->len = (uint16_t)(p->len - n);
}

int eb_parser_push(eb_parser *p, uint8_t byte, eb_frame *frame) {
    if (p->consumed) {
        eb_parser_drop(p, p->consumed);
        p->consumed = 0;
    }
    p->buf[p->len++] = byte;
    for (;;) {
        uint16_t total;
        if (p->len >= 1u && p->buf[0] != EB_SYNC0) {
            eb_parser_drop(p, 1u);
            continue;
        }
        if (p->len >= 2u && p->buf[1] != EB_SYNC1) {
            eb_parser_drop(p, 1u);
            continue;
        }
        if (p->len < EB_HEADER_SIZE) return 0;
        if (p->buf[2] != EB_VERSION || p->buf[10] > EB_MAX_PAYLOAD_SIZE) {
            eb_parser_drop(p, 1u);
            continue;
        }
        total = (uint16_t)(EB_HEADER_SIZE + p->buf[10] + EB_CRC_SIZE);
        if (p->len < total) return 0;
        if (eb_crc16(0xFFFFu, p->buf, total - EB_CRC_SIZE) !=
            (uint16_t)(p->buf[total - 2u] | (p->buf[total - 1u] << 8))) {
            p->crc_errors++;
            eb_parser_drop(p, 1u);
            continue;
        }
        frame->type = p->buf[3];
        frame->seq = (uint16_t)(p->buf[4] | (p->buf[5] << 8));
        frame->timestamp_ms = (uint32_t)p->buf[6] | ((uint32_t)p->buf[7] << 8) | ((uint32_t)p->buf[8] << 16) |
                              ((uint32_t)p->buf[9] << 24);
        frame->length = p->buf[10];
        frame->payload = p->buf + EB_HEADER_SIZE;
        p->consumed = total;
        p->frames++;
        return 1;
    }
}
