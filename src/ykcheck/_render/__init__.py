"""Rendering: evaluated results as text. Pure functions of a Report (or of histories): nothing
here judges, parses or touches files."""
