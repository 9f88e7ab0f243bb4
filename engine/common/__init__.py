"""Shared plumbing at the bottom of the house: errors, safe file writing, YAML, bilingual text, packaged
resources, the one Jinja environment. Imports nothing else of innopath.
"""
