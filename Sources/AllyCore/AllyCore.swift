// AllyCore module.
