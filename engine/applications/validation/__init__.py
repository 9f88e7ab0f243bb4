"""The Gherkin step vocabulary and the runner that checks the rule base against feature files."""
