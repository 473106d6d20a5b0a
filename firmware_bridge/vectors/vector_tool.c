/* vector_tool.c - drives the C reference encoder (../c/edge_bridge.c) from text commands on stdin, for the
 * test vectors. Not firmware code: it uses stdio/stdlib freely. One command per line, one result line each:
 *
 *   frame SEQ TS TYPE args...        -> hex of one frame written with the encoder at seq SEQ
 *       hello CAPS RATE CODEC CHANNELS SPF MAJOR MINOR PATCH
 *       audio CODEC SAMPLE_INDEX PREDICTOR STEP_INDEX N S1 .. SN
 *       button BUTTON ACTION | wake SOURCE INDEX | eos REASON INDEX
 *       status PERCENT FLAGS MV DECI_C OVERRUNS | led MODE BRIGHTNESS | ack ACK_SEQ CREDITS
 *   stream CODEC SPF N S1 .. SN      -> hex of HELLO + WAKE + the AUDIO frames + END_OF_SPEECH, one session
 *   parse HEX                        -> "TYPE SEQ TS PAYLOADHEX" per valid frame, ';'-separated, then "|crc=N"
 *   crc HEX                          -> CRC-16/CCITT-FALSE in hex
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "edge_bridge.h"

#define MAX_SAMPLES 200000

static int16_t samples[MAX_SAMPLES];
static uint8_t bytes[MAX_SAMPLES * 2];

static long next_long(char **cursor) {
    return strtol(strtok_r(NULL, " \n", cursor), NULL, 0);
}

static void print_hex(const uint8_t *data, size_t len) {
    size_t i;
    for (i = 0; i < len; i++) printf("%02x", data[i]);
}

static size_t parse_hex(const char *hex, uint8_t *out) {
    size_t n = 0;
    unsigned value;
    while (hex[0] && hex[1] && sscanf(hex, "%2x", &value) == 1) {
        out[n++] = (uint8_t)value;
        hex += 2;
    }
    return n;
}

static size_t read_samples(char **cursor) {
    size_t n = (size_t)next_long(cursor), i;
    for (i = 0; i < n; i++) samples[i] = (int16_t)next_long(cursor);
    return n;
}

static size_t frame_command(char **cursor, uint8_t *out) {
    eb_encoder enc;
    const char *type;
    uint32_t ts;
    eb_encoder_init(&enc);
    enc.seq = (uint16_t)next_long(cursor);
    ts = (uint32_t)strtoul(strtok_r(NULL, " \n", cursor), NULL, 0);
    type = strtok_r(NULL, " \n", cursor);
    if (!strcmp(type, "hello")) {
        long caps = next_long(cursor), rate = next_long(cursor), codec = next_long(cursor), ch = next_long(cursor);
        long spf = next_long(cursor), major = next_long(cursor), minor = next_long(cursor), patch = next_long(cursor);
        return eb_write_hello(&enc, ts, (uint16_t)caps, (uint32_t)rate, (uint8_t)codec, (uint8_t)ch, (uint16_t)spf,
                              (uint8_t)major, (uint8_t)minor, (uint16_t)patch, out, EB_MAX_FRAME_SIZE);
    }
    if (!strcmp(type, "audio")) {
        long codec = next_long(cursor);
        size_t n;
        enc.sample_index = (uint32_t)strtoul(strtok_r(NULL, " \n", cursor), NULL, 0);
        enc.adpcm.predictor = (int16_t)next_long(cursor);
        enc.adpcm.step_index = (uint8_t)next_long(cursor);
        n = read_samples(cursor);
        return eb_write_audio(&enc, ts, (uint8_t)codec, samples, (uint16_t)n, out, EB_MAX_FRAME_SIZE);
    }
    if (!strcmp(type, "button")) {
        long b = next_long(cursor), a = next_long(cursor);
        return eb_write_button(&enc, ts, (uint8_t)b, (uint8_t)a, out, EB_MAX_FRAME_SIZE);
    }
    if (!strcmp(type, "wake") || !strcmp(type, "eos")) {
        long code = next_long(cursor);
        uint32_t index = (uint32_t)strtoul(strtok_r(NULL, " \n", cursor), NULL, 0);
        return type[0] == 'w' ? eb_write_wake(&enc, ts, (uint8_t)code, index, out, EB_MAX_FRAME_SIZE)
                              : eb_write_end_of_speech(&enc, ts, (uint8_t)code, index, out, EB_MAX_FRAME_SIZE);
    }
    if (!strcmp(type, "status")) {
        long pct = next_long(cursor), flags = next_long(cursor), mv = next_long(cursor), t = next_long(cursor);
        long overruns = next_long(cursor);
        return eb_write_status(&enc, ts, (uint8_t)pct, (uint8_t)flags, (uint16_t)mv, (int16_t)t, (uint16_t)overruns,
                               out, EB_MAX_FRAME_SIZE);
    }
    if (!strcmp(type, "led")) {
        long mode = next_long(cursor), brightness = next_long(cursor);
        return eb_write_led(&enc, ts, (uint8_t)mode, (uint8_t)brightness, out, EB_MAX_FRAME_SIZE);
    }
    if (!strcmp(type, "ack")) {
        long ack = next_long(cursor), credits = next_long(cursor);
        return eb_write_ack(&enc, ts, (uint16_t)ack, (uint16_t)credits, out, EB_MAX_FRAME_SIZE);
    }
    return 0;
}

/* The simulator's session layout: HELLO, WAKE(button, 0), AUDIO..., END_OF_SPEECH(stream end, total). */
static void stream_command(char **cursor) {
    eb_encoder enc;
    uint8_t frame[EB_MAX_FRAME_SIZE];
    long codec = next_long(cursor), spf = next_long(cursor);
    size_t n = read_samples(cursor), pos = 0, len;
    eb_encoder_init(&enc);
    len = eb_write_hello(&enc, 0, EB_CAP_PCM16 | EB_CAP_ADPCM | EB_CAP_WAKE | EB_CAP_LED | EB_CAP_STATUS | EB_CAP_FLOW_CONTROL,
                         16000, (uint8_t)codec, 1, (uint16_t)spf, 0, 1, 0, frame, sizeof frame);
    print_hex(frame, len);
    len = eb_write_wake(&enc, 0, EB_WAKE_BUTTON, 0, frame, sizeof frame);
    print_hex(frame, len);
    while (pos < n) {
        uint16_t count = (uint16_t)((n - pos) < (size_t)spf ? (n - pos) : (size_t)spf);
        len = eb_write_audio(&enc, (uint32_t)(pos * 1000u / 16000u), (uint8_t)codec, samples + pos, count, frame, sizeof frame);
        if (!len) {
            printf("ERROR");
            return;
        }
        print_hex(frame, len);
        pos += count;
    }
    len = eb_write_end_of_speech(&enc, (uint32_t)(n * 1000u / 16000u), EB_END_STREAM_END, (uint32_t)n, frame, sizeof frame);
    print_hex(frame, len);
}

static void parse_command(char **cursor) {
    eb_parser parser;
    eb_frame frame;
    size_t n = parse_hex(strtok_r(NULL, " \n", cursor), bytes), i;
    eb_parser_init(&parser);
    for (i = 0; i < n; i++) {
        if (eb_parser_push(&parser, bytes[i], &frame)) {
            printf("%u %u %lu ", frame.type, frame.seq, (unsigned long)frame.timestamp_ms);
            print_hex(frame.payload, frame.length);
            printf(";");
        }
    }
    printf("|crc=%lu", (unsigned long)parser.crc_errors);
}

int main(void) {
    static char line[4000000];
    uint8_t frame[EB_MAX_FRAME_SIZE];
    while (fgets(line, sizeof line, stdin)) {
        char *cursor = NULL;
        const char *command = strtok_r(line, " \n", &cursor);
        if (!command) continue;
        if (!strcmp(command, "frame")) {
            size_t len = frame_command(&cursor, frame);
            if (len) print_hex(frame, len); else printf("ERROR");
        } else if (!strcmp(command, "stream")) {
            stream_command(&cursor);
        } else if (!strcmp(command, "parse")) {
            parse_command(&cursor);
        } else if (!strcmp(command, "crc")) {
            size_t n = parse_hex(strtok_r(NULL, " \n", &cursor), bytes);
            printf("%04x", eb_crc16(0xFFFFu, bytes, n));
        } else {
            printf("ERROR unknown command");
        }
        printf("\n");
        fflush(stdout);
    }
    return 0;
}
