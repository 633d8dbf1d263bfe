// AllyContent module.
