/* semihost.h - the few ARM semihosting calls the vector runner needs (files on the host, exit status).
 * qemu-system-arm serves them with `-semihosting-config enable=on,target=native`. */
#ifndef SEMIHOST_H
#define SEMIHOST_H

#include <stddef.h>

/* Open a host file; mode "rb" or "wb". Returns a handle, or -1. */
int sh_open(const char *path, const char *mode);
/* Read up to len bytes; returns the count read (0 at end of file). */
size_t sh_read(int handle, void *buf, size_t len);
/* Write len bytes; returns 0 when all were written. */
int sh_write(int handle, const void *buf, size_t len);
int sh_close(int handle);
/* The command line given by `-semihosting-config arg=...` (program name first), NUL-terminated. */
int sh_cmdline(char *buf, size_t len);
/* Print a NUL-terminated message on the emulator's console. */
void sh_print(const char *text);
/* Stop the emulator: exit status 0 when ok is non-zero, else 1. */
void sh_exit(int ok) __attribute__((noreturn));

#endif /* SEMIHOST_H */
