"""Serve localstripe (a fake Stripe server for tests) on 127.0.0.1 with a storage file of its own.

    .venv/bin/python scripts/localstripe_server.py [--port N] [--storage PATH]

localstripe's own command listens on every interface and keeps its state in /tmp, shared by
every copy running on the machine. This one binds to loopback only (port 0: a free one), keeps
its state in PATH (default: a fresh temporary file), and prints "listening on PORT" once ready.
"""

import argparse
import asyncio
import pickle
import socket
import tempfile
from pathlib import Path

from aiohttp import web
from localstripe import resources
from localstripe.server import app


class PrivateStore(resources.Store):
    """localstripe's store, saved to a file of our own instead of /tmp/localstripe.pickle."""

    path: Path

    def try_load_from_disk(self):
        if self.path.exists() and self.path.stat().st_size:
            self.clear()
            self.update(pickle.loads(self.path.read_bytes()))

    def dump_to_disk(self):
        self.path.write_bytes(pickle.dumps(dict(self), protocol=pickle.HIGHEST_PROTOCOL))


async def serve(port: int) -> None:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", port))
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.SockSite(runner, sock).start()
    print(f"listening on {sock.getsockname()[1]}", flush=True)
    await asyncio.Event().wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--storage", type=Path)
    args = parser.parse_args()
    PrivateStore.path = args.storage or Path(tempfile.mkstemp(prefix="localstripe-")[1])
    # The server module holds this very object; giving it our class keeps its state in our file.
    resources.store.__class__ = PrivateStore
    resources.store.try_load_from_disk()
    asyncio.run(serve(args.port))


if __name__ == "__main__":
    main()
