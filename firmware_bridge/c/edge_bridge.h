/*
 * edge_bridge.h - reference encoder for the edge glasses-to-phone audio link (protocol version 1).
 *
 * C99, no malloc, no library beyond <stdint.h> and <string.h>. Frames are written into caller-provided
 * buffers; one frame never exceeds EB_MAX_FRAME_SIZE (244) bytes, one BLE 5 notification with data length
 * extension. See firmware_bridge/PROTOCOL.md for the wire format; the Python codec in firmware_bridge/ and
 * this file agree byte for byte on every vector in firmware_bridge/vectors/.
 *
 * Every eb_write_* returns the frame length in bytes, or 0 when `cap` is too small or a field is out of
 * range (nothing is consumed then: the sequence number and stream position stay as they were).
 */
#ifndef EDGE_BRIDGE_H
#define EDGE_BRIDGE_H

#include <stdint.h>
#include <string.h>

#ifdef __cplusplus
extern "C" {
#endif

#define EB_SYNC0 0xA5u
#define EB_SYNC1 0x5Au
#define EB_VERSION 1u
#define EB_HEADER_SIZE 11u
#define EB_CRC_SIZE 2u
#define EB_MAX_FRAME_SIZE 244u
#define EB_MAX_PAYLOAD_SIZE (EB_MAX_FRAME_SIZE - EB_HEADER_SIZE - EB_CRC_SIZE) /* 231 */
#define EB_AUDIO_HEADER_SIZE 8u
#define EB_ADPCM_STATE_SIZE 4u
#define EB_MAX_PCM16_SAMPLES ((EB_MAX_PAYLOAD_SIZE - EB_AUDIO_HEADER_SIZE) / 2u) /* 111 */
#define EB_MAX_ADPCM_SAMPLES ((EB_MAX_PAYLOAD_SIZE - EB_AUDIO_HEADER_SIZE - EB_ADPCM_STATE_SIZE) * 2u) /* 438 */

enum eb_frame_type {
    EB_FRAME_HELLO = 0x01,
    EB_FRAME_AUDIO = 0x02,
    EB_FRAME_BUTTON = 0x03,
    EB_FRAME_WAKE = 0x04,
    EB_FRAME_END_OF_SPEECH = 0x05,
    EB_FRAME_STATUS = 0x06,
    EB_FRAME_LED = 0x81,
    EB_FRAME_ACK = 0x82
};

enum eb_codec { EB_CODEC_PCM16 = 0, EB_CODEC_ADPCM = 1 };

enum eb_capability {
    EB_CAP_PCM16 = 0x01, EB_CAP_ADPCM = 0x02, EB_CAP_BUTTON = 0x04, EB_CAP_WAKE = 0x08,
    EB_CAP_LED = 0x10, EB_CAP_STATUS = 0x20, EB_CAP_FLOW_CONTROL = 0x40
};

enum eb_button_action { EB_BUTTON_PRESS = 1, EB_BUTTON_RELEASE = 2, EB_BUTTON_LONG_PRESS = 3, EB_BUTTON_DOUBLE_PRESS = 4 };
enum eb_wake_source { EB_WAKE_BUTTON = 0, EB_WAKE_KEYWORD = 1, EB_WAKE_TAP = 2 };
enum eb_end_reason { EB_END_BUTTON_RELEASE = 0, EB_END_DEVICE_VAD = 1, EB_END_TIMEOUT = 2, EB_END_STREAM_END = 3 };
enum eb_led_mode { EB_LED_OFF = 0, EB_LED_ON = 1, EB_LED_BLINK = 2 };

#define EB_STATUS_CHARGING 0x01u
#define EB_STATUS_MIC_MUTED 0x02u
#define EB_BATTERY_UNKNOWN 255u
#define EB_TEMPERATURE_UNKNOWN INT16_MIN
#define EB_CREDITS_UNLIMITED 0xFFFFu

/* IMA-ADPCM codec state between two samples. */
typedef struct {
    int16_t predictor;
    uint8_t step_index; /* 0..88 */
} eb_adpcm_state;

/* Everything the sending side keeps between frames. */
typedef struct {
    uint16_t seq;             /* sequence number of the next frame (wraps at 2^16) */
    uint32_t sample_index;    /* stream position of the next audio sample (wraps at 2^32) */
    eb_adpcm_state adpcm;     /* codec state carried from one ADPCM frame to the next */
} eb_encoder;

/* Start a session: seq 0, sample index 0, ADPCM state zero. Send HELLO first. */
void eb_encoder_init(eb_encoder *enc);

/* CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, xorout 0; check "123456789" -> 0x29B1).
 * Start with crc = 0xFFFF; pass the result back in to continue over more bytes. */
uint16_t eb_crc16(uint16_t crc, const uint8_t *data, size_t len);

/* Encode n samples, two per byte (first in the low nibble); writes (n + 1) / 2 bytes, returns that count. */
size_t eb_adpcm_encode(eb_adpcm_state *state, const int16_t *pcm, size_t n, uint8_t *out);
/* Decode n samples from (n + 1) / 2 bytes. */
void eb_adpcm_decode(eb_adpcm_state *state, const uint8_t *in, size_t n, int16_t *out);

size_t eb_write_hello(eb_encoder *enc, uint32_t timestamp_ms, uint16_t capabilities, uint32_t sample_rate,
                      uint8_t codec, uint8_t channels, uint16_t samples_per_frame, uint8_t fw_major,
                      uint8_t fw_minor, uint16_t fw_patch, uint8_t *out, size_t cap);
/* n samples at enc->sample_index; advances it by n. ADPCM frames carry enc->adpcm as it was before the first
 * sample, then update it, so every frame decodes on its own. n <= EB_MAX_PCM16_SAMPLES / EB_MAX_ADPCM_SAMPLES. */
size_t eb_write_audio(eb_encoder *enc, uint32_t timestamp_ms, uint8_t codec, const int16_t *pcm, uint16_t n,
                      uint8_t *out, size_t cap);
size_t eb_write_button(eb_encoder *enc, uint32_t timestamp_ms, uint8_t button, uint8_t action, uint8_t *out, size_t cap);
size_t eb_write_wake(eb_encoder *enc, uint32_t timestamp_ms, uint8_t source, uint32_t sample_index, uint8_t *out, size_t cap);
size_t eb_write_end_of_speech(eb_encoder *enc, uint32_t timestamp_ms, uint8_t reason, uint32_t sample_index,
                              uint8_t *out, size_t cap);
size_t eb_write_status(eb_encoder *enc, uint32_t timestamp_ms, uint8_t battery_percent, uint8_t flags,
                       uint16_t battery_mv, int16_t temperature_decicelsius, uint16_t overruns, uint8_t *out, size_t cap);
size_t eb_write_led(eb_encoder *enc, uint32_t timestamp_ms, uint8_t mode, uint8_t brightness, uint8_t *out, size_t cap);
size_t eb_write_ack(eb_encoder *enc, uint32_t timestamp_ms, uint16_t ack_seq, uint16_t credits, uint8_t *out, size_t cap);

/* Receiving side (the firmware reads LED and ACK frames): a byte-at-a-time parser with a fixed buffer that
 * resynchronises after garbage and drops frames whose CRC fails. */
typedef struct {
    uint8_t buf[EB_MAX_FRAME_SIZE];
    uint16_t len;        /* bytes buffered */
    uint16_t consumed;   /* bytes of the frame returned last time, dropped on the next push */
    uint32_t crc_errors; /* sync candidates rejected by the CRC */
    uint32_t frames;     /* valid frames returned */
} eb_parser;

typedef struct {
    uint8_t type;
    uint16_t seq;
    uint32_t timestamp_ms;
    uint8_t length;
    const uint8_t *payload; /* points into the parser: valid until the next eb_parser_push */
} eb_frame;

void eb_parser_init(eb_parser *parser);
/* Feed one received byte. Returns 1 and fills *frame when a valid frame is complete, else 0. */
int eb_parser_push(eb_parser *parser, uint8_t byte, eb_frame *frame);

#ifdef __cplusplus
}
#endif
#endif /* EDGE_BRIDGE_H */
