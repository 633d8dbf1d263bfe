#ifndef CNCURSES_H
#define CNCURSES_H
#include <ncursesw/curses.h>
#endif
