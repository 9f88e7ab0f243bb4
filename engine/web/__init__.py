"""`innopath serve`: the web application (FastAPI), on the store and the same library functions as the CLI."""
