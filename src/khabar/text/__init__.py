"""The text layer: repair scraped Persian text, keep offsets, split sentences and tokens."""
