"""The PostgreSQL backend (psycopg 3): the same tables, a weighted tsvector with a GIN index.

PostgreSQL has no BM25; results are ranked with `ts_rank_cd` (cover density, normalised
by document length, option 1), over the same analysed terms as SQLite, with the
'simple' text search configuration so that PostgreSQL adds no stemming of its own.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from khabar.errors import KhabarError
from khabar.store.search import QueryGroup, tsquery


class PostgresBackend:
    """Connection and dialect for a corpus on a PostgreSQL server."""

    name = "postgres"

    def __init__(self, url: str):
        import psycopg

        self.url = url
        try:
            self.connection = psycopg.connect(url, autocommit=True)
        except psycopg.Error as error:
            raise KhabarError(f"cannot connect to PostgreSQL: {str(error).strip()}") from None
        self._depth = 0

    @staticmethod
    def _dialect(sql: str) -> str:
        # The store's SQL is written with SQLite's `?` placeholders and contains no literal '?' or '%'.
        return sql.replace("%", "%%").replace("?", "%s")

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        """Run one statement and return its rows."""
        cursor = self.connection.execute(self._dialect(sql), params)
        return cursor.fetchall() if cursor.description else []

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            with self.connection.cursor() as cursor:
                cursor.executemany(self._dialect(sql), rows)

    def execute_script(self, script: str) -> None:
        self.connection.execute(script)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Run the block as one transaction, rolled back on any error."""
        with self.connection.transaction():
            yield

    def after_migration(self) -> None:
        """Nothing to configure: ranking is chosen per query."""

    def insert_terms(self, rows: Sequence[tuple[int, str, str]]) -> None:
        """Index (article id, title terms, body terms) as one weighted tsvector."""
        self.executemany(
            "INSERT INTO article_terms(article_id, terms) VALUES "
            "(?, setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'B'))",
            rows,
        )

    def delete_terms(self, article_ids: Sequence[int]) -> None:
        self.executemany("DELETE FROM article_terms WHERE article_id = ?", [(i,) for i in article_ids])

    def count_terms(self) -> int:
        return self.execute("SELECT count(*) FROM article_terms")[0][0]

    @staticmethod
    def render_query(groups: list[QueryGroup]) -> str:
        """Render an analysed query as a tsquery."""
        return tsquery(groups)

    def match_sql(self, where: str) -> str:
        """Return SQL yielding (article id, story id, score, source, published) for a tsquery, best first."""
        return (
            "SELECT a.id, a.story_id, ts_rank_cd(t.terms, q.query, 1) AS score, a.source, a.published "
            "FROM article_terms t JOIN articles a ON a.id = t.article_id, "
            "(SELECT to_tsquery('simple', ?) AS query) q "
            f"WHERE t.terms @@ q.query {where} ORDER BY score DESC, a.id LIMIT ?"
        )

    def check(self) -> list[str]:
        """PostgreSQL keeps its own files consistent; nothing more to check here."""
        return []

    def close(self) -> None:
        self.connection.close()
