from elasticsearch import ApiError, TransportError

from .client import SearchUnavailable, get_client


def server_ping() -> None:
    """Raises SearchUnavailable unless Elasticsearch answers and its cluster is not red (what
    /readyz reports; nothing is logged, a probe runs every few seconds)."""
    try:
        health = get_client().cluster.health()
    except (TransportError, ApiError) as error:
        raise SearchUnavailable(str(error)) from error
    if health["status"] == "red":
        raise SearchUnavailable("the cluster is red")
