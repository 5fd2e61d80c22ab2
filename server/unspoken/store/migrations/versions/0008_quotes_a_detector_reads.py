"""keep only the quotes a detector reads

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 02:45:00

A stored message kept one evidence quote per marker kind it matched; detectors show the quote
of twelve kinds only (signals.markers.QUOTED_KINDS), and the store now writes only those. This
drops the others from rows written before (often the same sentence again: "Hi Dana, could
it ...?" was kept as the greeting's and the question's quote). Nothing to restore on downgrade:
the dropped quotes were never read.
"""

from __future__ import annotations

from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

# signals.markers.QUOTED_KINDS when this was written (a migration does not follow the code).
_KINDS = ("greeting", "small_talk", "compliment", "terse", "feature_ask", "deferral",
          "expansion_proposal", "vague_decline", "concrete_decline", "assistant_redirect",
          "left_company", "out_of_office")


def upgrade() -> None:
    kinds = ", ".join(f"'{k}'" for k in _KINDS)
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "UPDATE message_features SET quotes = (SELECT coalesce(json_object_agg(key, value), "
            f"'{{}}'::json) FROM json_each(quotes) WHERE key IN ({kinds})) "
            "WHERE quotes::text NOT IN ('{}', 'null')")
    else:
        op.execute(
            "UPDATE message_features SET quotes = (SELECT coalesce(json_group_object(key, value),"
            f" '{{}}') FROM json_each(quotes) WHERE key IN ({kinds})) "
            "WHERE quotes NOT IN ('{}', 'null')")


def downgrade() -> None:
    pass
