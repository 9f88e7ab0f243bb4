"""The questionnaire as an interview: reading typed answers and saving them as they are given."""
