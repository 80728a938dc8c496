#ifndef VERDICT_CNCURSESW_SHIM_H
#define VERDICT_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncursesw/ncurses.h>

/* Macros that do not import into Swift, as functions. */
static inline int verdict_A_BOLD(void) { return (int)A_BOLD; }
static inline int verdict_A_REVERSE(void) { return (int)A_REVERSE; }
static inline int verdict_A_UNDERLINE(void) { return (int)A_UNDERLINE; }
static inline int verdict_A_DIM(void) { return (int)A_DIM; }
static inline int verdict_KEY_F(int n) { return KEY_F(n); }
static inline WINDOW *verdict_stdscr(void) { return stdscr; }
static inline int verdict_COLOR_PAIR(int n) { return (int)COLOR_PAIR(n); }
static inline void verdict_getmaxyx(WINDOW *w, int *y, int *x) { int yy, xx; getmaxyx(w, yy, xx); *y = yy; *x = xx; }

/* Signal flags. A handler may only set a flag; the run loop polls it. Every function
   below must be called from one Swift file (CursesTerminal/SignalFlags.swift): each
   object file that uses these static inlines gets its own copy of the flag. */
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <pthread.h>
static volatile sig_atomic_t verdict_pending_signal = 0;
static inline void verdict_signal_handler(int number) { verdict_pending_signal = number; }
static inline int verdict_install_flag_handler(int number) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = verdict_signal_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; /* no SA_RESTART: a blocking read returns so the loop notices */
    return sigaction(number, &action, 0);
}
static inline int verdict_restore_default(int number) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    return sigaction(number, &action, 0);
}
static inline int verdict_take_signal(void) {
    int number = verdict_pending_signal;
    verdict_pending_signal = 0;
    return number;
}
static inline int verdict_peek_signal(void) { return verdict_pending_signal; }
/* Ctrl-Z: stop with SIGTSTP's default action, then restore the previous handler. */
static inline void verdict_stop_for_job_control(void) {
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
static inline int verdict_KEY_CODE_YES(void) { return KEY_CODE_YES; }
static inline int verdict_KEY_RESIZE(void) { return KEY_RESIZE; }
static inline int verdict_ERR(void) { return ERR; }
static inline int verdict_NCURSES_CCHARW_MAX(void) { return CCHARW_MAX; }

#endif
