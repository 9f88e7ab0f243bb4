"""The columnar evaluator: the rule base compiled into polars expressions, for many profiles at once."""
