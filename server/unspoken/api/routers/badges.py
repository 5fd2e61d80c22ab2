"""POST /v1/badges: the extension's hot path."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from unspoken.api.deps import CurrentUser, generation
from unspoken.api.schemas.badges import BadgeBatch, BadgeQuery
from unspoken.runtime import Runtime
from unspoken.services import badges as badge_service

router = APIRouter(prefix="/v1", tags=["badges"])


@router.post("/badges", response_model=BadgeBatch)
async def badges(body: BadgeQuery, user: CurrentUser, request: Request) -> Response:
    # Badges are cached as the JSON of this very schema (services/badges.py builds them and
    # tests/api checks the shape): they are spliced, not decoded and re-encoded. The service
    # opens a database session only for cache misses: the warm path needs none, nor a Redis
    # round trip of its own (the generation came with the caller's token).
    rt: Runtime = request.app.state.runtime  # not a dependency: each costs a resolution
    found = await badge_service.lookup_json(rt.sessions, kv=rt.kv, user_id=user.user_id,
                                            emails=body.emails,
                                            ttl=rt.settings.badge_cache_seconds,
                                            memo=rt.memo, gen=generation(request))
    return Response('{"badges":[' + ",".join(found) + "]}", media_type="application/json")
