/* semihost.c - ARM semihosting: operation number in r0, argument block in r1, `bkpt 0xAB` traps to the host. */
#include "semihost.h"

#include <stdint.h>
#include <string.h>

enum {
    SYS_OPEN = 0x01,
    SYS_CLOSE = 0x02,
    SYS_WRITE0 = 0x04,
    SYS_WRITE = 0x05,
    SYS_READ = 0x06,
    SYS_GET_CMDLINE = 0x15,
    SYS_EXIT = 0x18
};
#define ADP_STOPPED_APPLICATION_EXIT 0x20026u
#define ADP_STOPPED_RUNTIME_ERROR 0x20023u

static int sh_call(int op, const void *arg) {
    register int r0 __asm__("r0") = op;
    register const void *r1 __asm__("r1") = arg;
    __asm__ volatile("bkpt 0xAB" : "+r"(r0) : "r"(r1) : "memory");
    return r0;
}

int sh_open(const char *path, const char *mode) {
    uintptr_t args[3] = {(uintptr_t)path, (uintptr_t)(mode[0] == 'w' ? 5 : 1), (uintptr_t)strlen(path)};
    return sh_call(SYS_OPEN, args);
}

size_t sh_read(int handle, void *buf, size_t len) {
    uintptr_t args[3] = {(uintptr_t)handle, (uintptr_t)buf, (uintptr_t)len};
    return len - (size_t)sh_call(SYS_READ, args); /* the host answers with the bytes NOT read */
}

int sh_write(int handle, const void *buf, size_t len) {
    uintptr_t args[3] = {(uintptr_t)handle, (uintptr_t)buf, (uintptr_t)len};
    return sh_call(SYS_WRITE, args);
}

int sh_close(int handle) {
    uintptr_t args[1] = {(uintptr_t)handle};
    return sh_call(SYS_CLOSE, args);
}

int sh_cmdline(char *buf, size_t len) {
    uintptr_t args[2] = {(uintptr_t)buf, (uintptr_t)len};
    return sh_call(SYS_GET_CMDLINE, args);
}

void sh_print(const char *text) {
    sh_call(SYS_WRITE0, text);
}

void sh_exit(int ok) {
    /* AArch32 SYS_EXIT takes the reason itself; qemu exits 0 for "application exit" and 1 for anything else. */
    sh_call(SYS_EXIT, (const void *)(uintptr_t)(ok ? ADP_STOPPED_APPLICATION_EXIT : ADP_STOPPED_RUNTIME_ERROR));
    for (;;) {
    }
}
