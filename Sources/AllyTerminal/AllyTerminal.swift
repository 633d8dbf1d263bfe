// AllyTerminal module.
