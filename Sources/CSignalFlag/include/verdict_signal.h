#ifndef VERDICT_SIGNAL_H
#define VERDICT_SIGNAL_H

/* The pending-signal flag behind CursesTerminal's SignalFlags. A handler may only set a
   flag; the run loop polls it. The flag lives in verdict_signal.c, so there is exactly
   one, whichever module an optimised build inlines the polling into (a `static` flag in a
   header gets one copy per object file, and a signal set in one copy is never seen in
   another). */

/* Installs the flag-setting handler for a signal (no SA_RESTART: a blocking read returns
   so the loop notices). Returns sigaction's result. */
int verdict_install_flag_handler(int number);
/* Puts the default disposition back. Returns sigaction's result. */
int verdict_restore_default(int number);
/* The signal that arrived since the last call (and clears it), or 0. */
int verdict_take_signal(void);
/* The pending signal without clearing it, or 0. */
int verdict_peek_signal(void);
/* Remembers the terminal modes of a descriptor (tcgetattr); nothing when it is no terminal. */
void verdict_save_terminal_modes(int descriptor);
/* Puts the remembered modes back (tcsetattr, which writes nothing to the terminal and
   fails harmlessly on one that hung up). Nothing when none were remembered. */
void verdict_restore_terminal_modes(void);
/* Ctrl-Z: stop with SIGTSTP's default action, then put the previous handler back. */
void verdict_stop_for_job_control(void);

#endif
