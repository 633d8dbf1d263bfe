// AllyUI module.
