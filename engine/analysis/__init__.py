"""How firm the advice is: what-if, sensitivity, compare — the engine run on modified profiles."""
