"""What people use the engine for: the interview, advisory reports, batch runs, Gherkin validation, and the
terminal's rendering of a recommendation.
"""
