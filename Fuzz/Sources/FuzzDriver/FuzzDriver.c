// The MODULE_main entry point of each fuzz executable: run libFuzzer on the harness.
#include "FuzzDriver.h"

#define FUZZ_ENTRY(name) \
    int name##_main(int argc, char **argv) { return LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput); }

FUZZ_ENTRY(FuzzWorksheetLoader)
FUZZ_ENTRY(FuzzAnswersReader)
FUZZ_ENTRY(FuzzResultReader)
FUZZ_ENTRY(FuzzKeyDecoder)
