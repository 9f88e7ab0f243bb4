"""Many firms from a spreadsheet: readers and writers per format, the run loop, the summary page."""
