"""What the operations tests share."""

import os


def reachable_redis_url(db):
    """Redis database ``db`` on the server named by REDIS_URL (or 127.0.0.1:6379), or None if it does not answer."""
    import redis

    base = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/7"
    url = base.rsplit("/", 1)[0] + f"/{db}"
    try:
        redis.Redis.from_url(url, socket_connect_timeout=0.5).ping()
    except redis.RedisError:
        return None
    return url
