/* runner.c - the vector runner: drives the unchanged reference encoder (../c/edge_bridge.c) on a bare Cortex-M4.
 *
 * It reads commands from a host file through semihosting and writes one result line per command to another, in
 * the text language of ../vectors/vector_tool.c, so the same `c_command` lines run here and on the host:
 *
 *   frame SEQ TS TYPE args...        -> hex of one frame (see vector_tool.c for the argument lists)
 *   stream CODEC SPF N S1 .. SN      -> hex of HELLO + WAKE + AUDIO frames + END_OF_SPEECH, one session; the
 *                                       samples are read and encoded one frame at a time, as the glasses do
 *   parse HEX                        -> "TYPE SEQ TS PAYLOADHEX;" per valid frame, then "|crc=N"
 *   crc HEX                          -> CRC-16/CCITT-FALSE in hex
 *
 * and, for the figures:
 *
 *   profile CODEC SPF N S1 .. SN     -> one FPGAIO COUNTER delta per AUDIO frame (eb_write_audio alone)
 *   calibrate N                      -> COUNTER delta of a loop of exactly 2N instructions (subs + bne)
 *   stack                            -> deepest stack (bytes) each library entry point used in this run
 *   dwt                              -> DWT_CTRL and two DWT_CYCCNT reads around a loop (is it emulated?)
 *
 * Usage (qemu): -semihosting-config enable=on,target=native,arg=runner,arg=INPUT,arg=OUTPUT. Only this file
 * and startup.c know about the board; the library is compiled exactly as a firmware project would compile it.
 */
#include <stdint.h>
#include <string.h>

#include "edge_bridge.h"
#include "semihost.h"

/* mps2-an386 FPGAIO COUNTER: counts the 25 MHz prescaler clock of qemu's virtual time. Under `-icount shift=S`
 * every instruction advances virtual time by 2^S ns, which makes this an instruction counter. */
#define FPGAIO_COUNTER (*(volatile uint32_t *)0x40028018u)
#define DEMCR (*(volatile uint32_t *)0xE000EDFCu)
#define DWT_CTRL (*(volatile uint32_t *)0xE0001000u)
#define DWT_CYCCNT (*(volatile uint32_t *)0xE0001004u)

#define STACK_PAINT 0xDEADBEEFu
#define STACK_PROBE_BYTES 2048u

extern uint32_t __stack_limit;

/* ---- host files ---------------------------------------------------------------------------------------- */

static int in_file = -1, out_file = -1;
static uint8_t in_buf[256], out_buf[256];
static size_t in_len, in_pos, out_len;

static int next_char(void) {
    if (in_pos == in_len) {
        in_len = sh_read(in_file, in_buf, sizeof in_buf);
        in_pos = 0;
        if (in_len == 0) return -1;
    }
    return in_buf[in_pos++];
}

static void flush_out(void) {
    if (out_len) sh_write(out_file, out_buf, out_len);
    out_len = 0;
}

static void put_char(char c) {
    if (out_len == sizeof out_buf) flush_out();
    out_buf[out_len++] = (uint8_t)c;
}

static void put_text(const char *s) {
    while (*s) put_char(*s++);
}

static void put_hex(const uint8_t *data, size_t len) {
    static const char digits[] = "0123456789abcdef";
    size_t i;
    for (i = 0; i < len; i++) {
        put_char(digits[data[i] >> 4]);
        put_char(digits[data[i] & 15u]);
    }
}

static void put_unsigned(uint32_t v) {
    char tmp[11];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + v % 10u);
        v /= 10u;
    } while (v);
    while (n) put_char(tmp[--n]);
}

/* ---- tokens ---------------------------------------------------------------------------------------------- */

static int pending = -1; /* a character read ahead by the tokenizer */

static int peek_char(void) {
    if (pending < 0) pending = next_char();
    return pending;
}

static int take_char(void) {
    int c = peek_char();
    pending = -1;
    return c;
}

static void skip_blanks(void) {
    while (peek_char() == ' ' || peek_char() == '\t' || peek_char() == '\r') take_char();
}

static void skip_line(void) {
    int c;
    do c = take_char();
    while (c != '\n' && c >= 0);
}

/* A word into buf (truncated to len - 1 characters); returns its length, 0 at the end of the line or file. */
static size_t next_word(char *buf, size_t len) {
    size_t n = 0;
    int c;
    skip_blanks();
    for (c = peek_char(); c > ' '; c = peek_char()) {
        take_char();
        if (n + 1u < len) buf[n++] = (char)c;
    }
    buf[n] = 0;
    return n;
}

/* A decimal integer, optionally signed; values up to 2^32 - 1 wrap into the casts like strtoul does. */
static int64_t next_int(void) {
    int64_t v = 0;
    int negative = 0;
    skip_blanks();
    if (peek_char() == '-') {
        negative = 1;
        take_char();
    }
    while (peek_char() >= '0' && peek_char() <= '9') v = v * 10 + (take_char() - '0');
    return negative ? -v : v;
}

static int hex_value(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* The next byte of a hex word; returns -1 at its end. */
static int next_hex_byte(void) {
    int hi = hex_value(peek_char()), lo;
    if (hi < 0) return -1;
    take_char();
    lo = hex_value(peek_char());
    if (lo < 0) return -1;
    take_char();
    return hi * 16 + lo;
}

/* ---- measurement ----------------------------------------------------------------------------------------- */

enum { ENTRY_AUDIO, ENTRY_CONTROL, ENTRY_PARSER, ENTRY_CRC, ENTRIES };
static const char *const entry_names[ENTRIES] = {"eb_write_audio", "eb_write_control", "eb_parser_push",
                                                 "eb_crc16"};
static uint32_t deepest[ENTRIES];

static inline uint32_t stack_pointer(void) {
    uint32_t sp;
    __asm__ volatile("mov %0, sp" : "=r"(sp));
    return sp;
}

/* Paint the free stack below sp so that the deepest word a call overwrites can be found afterwards. */
static void paint_below(uint32_t sp) {
    uint32_t *p = (uint32_t *)(sp - STACK_PROBE_BYTES);
    if ((uintptr_t)p < (uintptr_t)&__stack_limit) p = &__stack_limit;
    for (; (uintptr_t)p < sp; p++) *p = STACK_PAINT;
}

static uint32_t used_below(uint32_t sp) {
    uint32_t *p = (uint32_t *)(sp - STACK_PROBE_BYTES);
    if ((uintptr_t)p < (uintptr_t)&__stack_limit) p = &__stack_limit;
    while ((uintptr_t)p < sp && *p == STACK_PAINT) p++;
    return sp - (uint32_t)(uintptr_t)p;
}

/* Evaluate a library call with the stack below it painted; record how deep the call went. The stack pointer is
 * read in the calling function, so it is the SP at the call (outgoing stack arguments are already in place). */
#define MEASURED(entry, result, call)                    \
    do {                                                 \
        uint32_t sp_ = stack_pointer();                  \
        uint32_t used_;                                  \
        paint_below(sp_);                                \
        result = call;                                   \
        used_ = used_below(sp_);                         \
        if (used_ > deepest[entry]) deepest[entry] = used_; \
    } while (0)

/* Exactly 2n instructions for n >= 1: the reference for the instruction counter. */
__attribute__((noinline)) static void spin(uint32_t n) {
    __asm__ volatile("1: subs %0, %0, #1\n\tbne 1b" : "+r"(n) : : "cc");
}

/* ---- commands -------------------------------------------------------------------------------------------- */

static int16_t pcm[EB_MAX_ADPCM_SAMPLES]; /* one frame of microphone samples, as on the glasses */
static uint8_t frame[EB_MAX_FRAME_SIZE];
static eb_encoder encoder;
static eb_parser parser;

static size_t read_samples(size_t n) {
    size_t i;
    for (i = 0; i < n; i++) pcm[i] = (int16_t)next_int();
    return n;
}

static size_t frame_command(void) {
    char type[16];
    uint32_t ts;
    size_t len = 0;
    eb_encoder_init(&encoder);
    encoder.seq = (uint16_t)next_int();
    ts = (uint32_t)next_int();
    next_word(type, sizeof type);
    if (!strcmp(type, "hello")) {
        uint16_t caps = (uint16_t)next_int();
        uint32_t rate = (uint32_t)next_int();
        uint8_t codec = (uint8_t)next_int(), channels = (uint8_t)next_int();
        uint16_t spf = (uint16_t)next_int();
        uint8_t major = (uint8_t)next_int(), minor = (uint8_t)next_int();
        uint16_t patch = (uint16_t)next_int();
        MEASURED(ENTRY_CONTROL, len,
                 eb_write_hello(&encoder, ts, caps, rate, codec, channels, spf, major, minor, patch, frame,
                                sizeof frame));
    } else if (!strcmp(type, "audio")) {
        uint8_t codec = (uint8_t)next_int();
        size_t n;
        encoder.sample_index = (uint32_t)next_int();
        encoder.adpcm.predictor = (int16_t)next_int();
        encoder.adpcm.step_index = (uint8_t)next_int();
        n = (size_t)next_int();
        if (n > EB_MAX_ADPCM_SAMPLES) return 0;
        read_samples(n);
        MEASURED(ENTRY_AUDIO, len, eb_write_audio(&encoder, ts, codec, pcm, (uint16_t)n, frame, sizeof frame));
    } else if (!strcmp(type, "button")) {
        uint8_t button = (uint8_t)next_int(), action = (uint8_t)next_int();
        MEASURED(ENTRY_CONTROL, len, eb_write_button(&encoder, ts, button, action, frame, sizeof frame));
    } else if (!strcmp(type, "wake") || !strcmp(type, "eos")) {
        uint8_t code = (uint8_t)next_int();
        uint32_t index = (uint32_t)next_int();
        if (type[0] == 'w') {
            MEASURED(ENTRY_CONTROL, len, eb_write_wake(&encoder, ts, code, index, frame, sizeof frame));
        } else {
            MEASURED(ENTRY_CONTROL, len, eb_write_end_of_speech(&encoder, ts, code, index, frame, sizeof frame));
        }
    } else if (!strcmp(type, "status")) {
        uint8_t percent = (uint8_t)next_int(), flags = (uint8_t)next_int();
        uint16_t mv = (uint16_t)next_int();
        int16_t temperature = (int16_t)next_int();
        uint16_t overruns = (uint16_t)next_int();
        MEASURED(ENTRY_CONTROL, len,
                 eb_write_status(&encoder, ts, percent, flags, mv, temperature, overruns, frame, sizeof frame));
    } else if (!strcmp(type, "led")) {
        uint8_t mode = (uint8_t)next_int(), brightness = (uint8_t)next_int();
        MEASURED(ENTRY_CONTROL, len, eb_write_led(&encoder, ts, mode, brightness, frame, sizeof frame));
    } else if (!strcmp(type, "ack")) {
        uint16_t ack = (uint16_t)next_int(), credits = (uint16_t)next_int();
        MEASURED(ENTRY_CONTROL, len, eb_write_ack(&encoder, ts, ack, credits, frame, sizeof frame));
    }
    return len;
}

/* The simulator's session layout: HELLO, WAKE(button, 0), AUDIO..., END_OF_SPEECH(stream end, total). With
 * `profile` set only the AUDIO frames are encoded, and the COUNTER delta of each eb_write_audio is written
 * instead of the frames (so that an execution trace of the run holds nothing but the audio path). */
static void stream_command(int profile) {
    uint8_t codec = (uint8_t)next_int();
    uint16_t spf = (uint16_t)next_int();
    uint32_t n = (uint32_t)next_int(), pos = 0;
    size_t len;
    if (spf == 0 || spf > EB_MAX_ADPCM_SAMPLES) {
        put_text("ERROR samples per frame");
        return;
    }
    eb_encoder_init(&encoder);
    if (!profile) {
        len = eb_write_hello(&encoder, 0, EB_CAP_PCM16 | EB_CAP_ADPCM | EB_CAP_WAKE | EB_CAP_LED | EB_CAP_STATUS |
                             EB_CAP_FLOW_CONTROL, 16000, codec, 1, spf, 0, 1, 0, frame, sizeof frame);
        put_hex(frame, len);
        len = eb_write_wake(&encoder, 0, EB_WAKE_BUTTON, 0, frame, sizeof frame);
        put_hex(frame, len);
    }
    while (pos < n) {
        uint16_t count = (uint16_t)(n - pos < spf ? n - pos : spf);
        uint32_t ts = pos * 1000u / 16000u;
        read_samples(count);
        if (profile) {
            uint32_t start = FPGAIO_COUNTER;
            len = eb_write_audio(&encoder, ts, codec, pcm, count, frame, sizeof frame);
            start = FPGAIO_COUNTER - start;
            if (pos) put_char(' ');
            put_unsigned(start);
        } else {
            MEASURED(ENTRY_AUDIO, len, eb_write_audio(&encoder, ts, codec, pcm, count, frame, sizeof frame));
            put_hex(frame, len);
        }
        if (!len) {
            put_text("ERROR");
            return;
        }
        pos += count;
    }
    if (!profile) {
        len = eb_write_end_of_speech(&encoder, n * 1000u / 16000u, EB_END_STREAM_END, n, frame, sizeof frame);
        put_hex(frame, len);
    }
}

static void parse_command(void) {
    eb_frame parsed;
    int byte, got;
    skip_blanks();
    eb_parser_init(&parser);
    while ((byte = next_hex_byte()) >= 0) {
        MEASURED(ENTRY_PARSER, got, eb_parser_push(&parser, (uint8_t)byte, &parsed));
        if (got) {
            put_unsigned(parsed.type);
            put_char(' ');
            put_unsigned(parsed.seq);
            put_char(' ');
            put_unsigned(parsed.timestamp_ms);
            put_char(' ');
            put_hex(parsed.payload, parsed.length);
            put_char(';');
        }
    }
    put_text("|crc=");
    put_unsigned(parser.crc_errors);
}

static void crc_command(void) {
    uint16_t crc = 0xFFFFu;
    uint8_t out[2];
    int byte;
    skip_blanks();
    while ((byte = next_hex_byte()) >= 0) {
        uint8_t b = (uint8_t)byte;
        MEASURED(ENTRY_CRC, crc, eb_crc16(crc, &b, 1));
    }
    out[0] = (uint8_t)(crc >> 8);
    out[1] = (uint8_t)crc;
    put_hex(out, 2);
}

static void calibrate_command(void) {
    uint32_t n = (uint32_t)next_int(), start;
    if (n == 0) {
        put_text("ERROR n must be >= 1");
        return;
    }
    start = FPGAIO_COUNTER;
    spin(n);
    put_unsigned(FPGAIO_COUNTER - start);
}

static void stack_command(void) {
    int i;
    for (i = 0; i < ENTRIES; i++) {
        if (i) put_char(' ');
        put_text(entry_names[i]);
        put_char(' ');
        put_unsigned(deepest[i]);
    }
}

static void dwt_command(void) {
    uint32_t before, after;
    DEMCR |= 1u << 24; /* TRCENA */
    DWT_CYCCNT = 0;
    DWT_CTRL |= 1u;    /* CYCCNTENA */
    before = DWT_CYCCNT;
    spin(1000);
    after = DWT_CYCCNT;
    put_text("ctrl=");
    put_unsigned(DWT_CTRL);
    put_text(" before=");
    put_unsigned(before);
    put_text(" after=");
    put_unsigned(after);
}

int main(void) {
    static char cmdline[512];
    char *args[3] = {0, 0, 0};
    char command[16];
    int argc = 0;
    char *p;
    if (sh_cmdline(cmdline, sizeof cmdline) != 0) {
        sh_print("runner: no semihosting command line (use -semihosting-config ...,arg=runner,arg=IN,arg=OUT)\n");
        return 1;
    }
    for (p = cmdline; *p && argc < 3;) { /* program name, input, output; no spaces in the file names */
        while (*p == ' ') *p++ = 0;
        if (*p) args[argc++] = p;
        while (*p && *p != ' ') p++;
    }
    if (*p) *p = 0;
    if (argc < 3 || (in_file = sh_open(args[1], "rb")) < 0 || (out_file = sh_open(args[2], "wb")) < 0) {
        sh_print("runner: cannot open the input or output file named on the semihosting command line\n");
        return 1;
    }
    while (peek_char() >= 0) {
        if (!next_word(command, sizeof command)) {
            skip_line();
            continue;
        }
        if (!strcmp(command, "frame")) {
            size_t len = frame_command();
            if (len) put_hex(frame, len);
            else put_text("ERROR");
        } else if (!strcmp(command, "stream")) {
            stream_command(0);
        } else if (!strcmp(command, "profile")) {
            stream_command(1);
        } else if (!strcmp(command, "parse")) {
            parse_command();
        } else if (!strcmp(command, "crc")) {
            crc_command();
        } else if (!strcmp(command, "calibrate")) {
            calibrate_command();
        } else if (!strcmp(command, "stack")) {
            stack_command();
        } else if (!strcmp(command, "dwt")) {
            dwt_command();
        } else {
            put_text("ERROR unknown command");
        }
        skip_line();
        put_char('\n');
    }
    flush_out();
    sh_close(in_file);
    sh_close(out_file);
    return 0;
}
