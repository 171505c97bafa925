"""`khabar batch` through typer: output written, bad options refused in one line."""

from __future__ import annotations

from pathlib import Path

import typer
from typer.testing import CliRunner

from khabar.batch import cli
from khabar.batch.cli import register
from khabar.batch.output import BatchOutput


def build_app() -> typer.Typer:
    app = typer.Typer()
    register(app)

    @app.command("noop")
    def noop() -> None:
        """Keep typer from folding a one-command app into its command."""

    return app


def test_cli_batch_writes_tables(articles_jsonl: Path, tmp_path: Path):
    result = CliRunner().invoke(
        build_app(), ["batch", str(articles_jsonl), str(tmp_path / "out"), "--workers", "1", "--partition-size", "5"]
    )
    assert result.exit_code == 0, result.output
    assert "3 partition(s) written" in result.output and "12 article(s)" in result.output
    assert BatchOutput(str(tmp_path / "out")).read_table("articles").num_rows == 12


def test_cli_batch_scheduler_needs_dask_engine(articles_jsonl: Path, tmp_path: Path):
    result = CliRunner().invoke(
        build_app(), ["batch", str(articles_jsonl), str(tmp_path / "out"), "--scheduler", "tcp://127.0.0.1:8786"]
    )
    assert result.exit_code == 1
    assert "dask engine" in result.output and "Traceback" not in result.output


def test_cli_batch_missing_input_one_line(tmp_path: Path):
    result = CliRunner().invoke(build_app(), ["batch", str(tmp_path / "none.jsonl"), str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "no such file" in result.output


def test_cli_batch_accurate_ner_hands_the_accurate_factory(monkeypatch, articles_jsonl: Path, tmp_path: Path):
    given = {}

    def fake_run_batch(*args, **options):
        given.update(options)
        raise cli.KhabarError("stopped here")

    monkeypatch.setattr(cli, "run_batch", fake_run_batch)
    CliRunner().invoke(build_app(), ["batch", str(articles_jsonl), str(tmp_path / "out"), "--accurate-ner"])
    assert given["pipeline_factory"] is cli.accurate_factory
    CliRunner().invoke(build_app(), ["batch", str(articles_jsonl), str(tmp_path / "out")])
    assert given["pipeline_factory"] is cli.default_factory
