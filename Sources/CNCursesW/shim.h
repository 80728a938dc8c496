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
static inline WINDOW *verdict_stdscr(void) { return stdscr; }
static inline int verdict_COLOR_PAIR(int n) { return (int)COLOR_PAIR(n); }
static inline void verdict_getmaxyx(WINDOW *w, int *y, int *x) { int yy, xx; getmaxyx(w, yy, xx); *y = yy; *x = xx; }

static inline int verdict_KEY_CODE_YES(void) { return KEY_CODE_YES; }
static inline int verdict_KEY_RESIZE(void) { return KEY_RESIZE; }
static inline int verdict_ERR(void) { return ERR; }
static inline int verdict_NCURSES_CCHARW_MAX(void) { return CCHARW_MAX; }

#include <ncursesw/term.h>

/* A terminfo string capability of the current terminal made empty in place, for a moment:
   returns its first byte (0 when the terminal has no such string, or it is empty already),
   which verdict_restore_string_capability puts back. curses reads its strings from the same
   table tigetstr() points into. */
static inline char verdict_blank_string_capability(const char *name) {
    char *value = tigetstr(name);
    if (value == NULL || value == (char *)-1) return 0;
    char first = value[0];
    value[0] = 0;
    return first;
}
static inline void verdict_restore_string_capability(const char *name, char first) {
    char *value = tigetstr(name);
    if (value != NULL && value != (char *)-1 && first != 0 && value[0] == 0) value[0] = first;
}

#endif
