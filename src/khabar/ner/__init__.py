"""Named entities: a CRF tagger trained here and shipped in the package (see train.py for the design)."""
