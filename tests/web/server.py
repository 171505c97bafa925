"""The app the test server process runs (uvicorn --factory), configured from the environment."""

from __future__ import annotations

import os

from khabar.web.app import create_app


def build_app():
    # The hand analyser keeps these tests about the web layer, whatever state the trained models are in.
    from tests.web.corpus import annotate

    return create_app(os.environ["KHABAR_WEB_TEST_DB"], token=os.environ.get("KHABAR_WEB_TEST_TOKEN"), analyzer=annotate,
                      analyze_per_minute=int(os.environ.get("KHABAR_WEB_TEST_RATE", "100")),
                      max_body_bytes=int(os.environ.get("KHABAR_WEB_TEST_MAX_BODY", "200000")))
