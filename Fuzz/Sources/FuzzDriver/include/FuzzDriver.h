// SwiftPM links every executable with `main` defined as MODULE_main, which a harness built
// with -parse-as-library lacks. These entry points hand control to libFuzzer's driver.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
