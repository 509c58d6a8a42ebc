/* Preloaded into pledgetrack by the regen tests: a rename() onto a path containing
 * $CRASH_ON_RENAME kills the process on the spot, as a power cut or kill -9 would
 * between writing a temporary file and moving it into place. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

int rename(const char* from, const char* to) {
    const char* match = getenv("CRASH_ON_RENAME");
    if (match && *match && strstr(to, match)) raise(SIGKILL);
    int (*real_rename)(const char*, const char*);
    /* The form POSIX gives for turning dlsym's result into a function pointer. */
    *(void**)(&real_rename) = dlsym(RTLD_NEXT, "rename");
    return real_rename(from, to);
}
