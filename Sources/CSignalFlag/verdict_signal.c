#include "verdict_signal.h"

#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <termios.h>

static volatile sig_atomic_t pending_signal = 0;

static void flag_handler(int number) { pending_signal = number; }

int verdict_install_flag_handler(int number) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = flag_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    return sigaction(number, &action, 0);
}

int verdict_restore_default(int number) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    return sigaction(number, &action, 0);
}

static struct termios saved_modes;
static int saved_descriptor = -1;

void verdict_save_terminal_modes(int descriptor) {
    saved_descriptor = tcgetattr(descriptor, &saved_modes) == 0 ? descriptor : -1;
}

void verdict_restore_terminal_modes(void) {
    if (saved_descriptor >= 0) tcsetattr(saved_descriptor, TCSANOW, &saved_modes);
}

int verdict_take_signal(void) {
    int number = pending_signal;
    pending_signal = 0;
    return number;
}

int verdict_peek_signal(void) { return pending_signal; }

void verdict_stop_for_job_control(void) {
    struct sigaction action, previous;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    sigaction(SIGTSTP, &action, &previous);
    /* Swift's concurrency pool threads block SIGTSTP: unblock it on this thread while
       raising, so the stop happens here and now (a process-directed kill would land on
       another thread later, racing with the handler being put back). */
    sigset_t only, saved;
    sigemptyset(&only);
    sigaddset(&only, SIGTSTP);
    pthread_sigmask(SIG_UNBLOCK, &only, &saved);
    raise(SIGTSTP);
    pthread_sigmask(SIG_SETMASK, &saved, 0);
    sigaction(SIGTSTP, &previous, 0);
}
