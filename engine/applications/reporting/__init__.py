"""Advisory reports: a view of the recommendation, rendered to HTML, Markdown or PDF."""
