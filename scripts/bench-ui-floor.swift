// The floor for bench-ui: the least a Swift program can do to put a full-screen curses
// frame up (set the locale, start ncursesw, draw one line, wait for a key), linked the same
// way as verdict (a fully static executable). Compiled by scripts/bench-ui; not part of
// the package.
import CNCursesW
import Glibc

setlocale(LC_ALL, "")
initscr()
cbreak()
noecho()
mvaddstr(10, 20, "Verdict bench marker  < No  >")
refresh()
getch()
endwin()
