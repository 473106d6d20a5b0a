/* startup.c - reset handler and vector table for a bare Cortex-M4: copy .data, zero .bss, run main, exit. */
#include <stdint.h>
#include <string.h>

#include "semihost.h"

extern uint32_t __stack_top, __data_start, __data_end, __data_load, __bss_start, __bss_end;
int main(void);

void reset_handler(void) {
    memcpy(&__data_start, &__data_load, (size_t)((char *)&__data_end - (char *)&__data_start));
    memset(&__bss_start, 0, (size_t)((char *)&__bss_end - (char *)&__bss_start));
    sh_exit(main() == 0);
}

/* Any fault or unexpected interrupt ends the run with a failing exit status instead of hanging the emulator. */
static void fault_handler(void) {
    sh_print("firmware: fault or unexpected exception\n");
    sh_exit(0);
}

typedef void (*vector)(void);

/* Initial SP, reset, then NMI, HardFault, MemManage, BusFault, UsageFault, 4 reserved, SVC, DebugMon, reserved,
 * PendSV, SysTick. Nothing here enables an interrupt. */
__attribute__((section(".vectors"), used)) static const vector vectors[16] = {
    (vector)(uintptr_t)&__stack_top, reset_handler, fault_handler, fault_handler, fault_handler, fault_handler,
    fault_handler, 0, 0, 0, 0, fault_handler, fault_handler, 0, fault_handler, fault_handler};
