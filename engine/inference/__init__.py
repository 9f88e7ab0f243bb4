"""Inference: the rule base compiled into one experta engine, certainty factors, and the explained
recommendation it yields.
"""
