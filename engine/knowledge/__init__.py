"""The knowledge and its loading: the profile's questions, the condition language, the rule base, its static
checks and the questionnaire's order. Mechanism only; the knowledge itself is data in rules/.
"""
