"""Command-line options that several commands share."""

from __future__ import annotations

from typing import Annotated

import typer

AccurateNer = Annotated[bool, typer.Option(
    "--accurate-ner", help="Join the NER CRFs with the BiLSTM-CRF: about 3 F1 points better, about a third slower.")]
