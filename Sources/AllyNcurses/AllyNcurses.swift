// AllyNcurses module.
