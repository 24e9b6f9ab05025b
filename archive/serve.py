"""Serve: the built site on 127.0.0.1, rebuilt when an input changes, pages reloaded.

A watcher thread polls `seeds/`, `content/` and `layouts/` (polling needs no
platform-specific library and costs little for folders of this size); on a
change it rebuilds (the article cache makes that incremental) and tells every
open page, through a server-sent event stream, to reload. The reload script
is added to HTML responses here, at serve time, so built pages stay exactly
what a deploy gets.
"""

from __future__ import annotations

import functools
import http.server
import io
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

RELOAD_PATH = "/__reload"
POLL_SECONDS = 0.5
_RELOAD_SCRIPT = (
    "<script>new EventSource('" + RELOAD_PATH + "').onmessage = () => location.reload();</script>"
).encode()


def snapshot(folders: list[Path]) -> dict[str, tuple[int, int]]:
    """Every file under the folders with its modification time and size."""
    state = {}
    for folder in folders:
        if folder.is_dir():
            for path in sorted(folder.rglob("*")):
                if path.is_file():
                    stat = path.stat()
                    state[str(path)] = (stat.st_mtime_ns, stat.st_size)
    return state


class Reloads:
    """A counter of rebuilds that page streams wait on."""

    def __init__(self) -> None:
        self._generation = 0
        self._changed = threading.Condition()

    def announce(self) -> None:
        with self._changed:
            self._generation += 1
            self._changed.notify_all()

    def wait(self, seen: int, timeout: float) -> int:
        with self._changed:
            self._changed.wait_for(lambda: self._generation != seen, timeout=timeout)
            return self._generation

    @property
    def generation(self) -> int:
        return self._generation


class _Handler(http.server.SimpleHTTPRequestHandler):
    reloads: Reloads

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        if self.path == RELOAD_PATH:
            self._stream_reloads()
            return
        super().do_GET()

    def _stream_reloads(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        seen = self.reloads.generation
        try:
            while True:
                current = self.reloads.wait(seen, timeout=15)
                message = b"data: reload\n\n" if current != seen else b": keep-alive\n\n"
                self.wfile.write(message)
                self.wfile.flush()
                seen = current
        except (BrokenPipeError, ConnectionResetError):
            return

    def send_head(self) -> io.BytesIO | BinaryIO | None:
        # HTML pages get the reload script; every other file is served as built.
        page = self._html_file()
        if page is None:
            return super().send_head()
        body = page.read_bytes().replace(b"</body>", _RELOAD_SCRIPT + b"</body>", 1)
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        return io.BytesIO(body)

    def _html_file(self) -> Path | None:
        path = Path(self.translate_path(self.path))
        if self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        return path if path.suffix == ".html" and path.is_file() else None


@dataclass(frozen=True, slots=True)
class Change:
    """Files added, modified and removed under the watched folders since the last look."""

    added: list[Path]
    modified: list[Path]
    removed: list[Path]


def compare(before: dict[str, tuple[int, int]], after: dict[str, tuple[int, int]]) -> Change:
    return Change(
        added=[Path(name) for name in sorted(after.keys() - before.keys())],
        modified=[
            Path(name)
            for name in sorted(after.keys() & before.keys())
            if after[name] != before[name]
        ],
        removed=[Path(name) for name in sorted(before.keys() - after.keys())],
    )


OnChange = Callable[[Change, Callable[[], None]], None]


def watch(
    folders: list[Path], on_change: OnChange, reloads: Reloads, stop: threading.Event
) -> None:
    """Call `on_change` whenever files under `folders` change, until `stop`.

    `on_change` gets the change and a function that reloads every open page,
    so a handler can show a quick result first and the full one after.
    """
    state = snapshot(folders)
    while not stop.wait(POLL_SECONDS):
        current = snapshot(folders)
        if current != state:
            change = compare(state, current)
            state = current
            on_change(change, reloads.announce)


def serve(
    site: Path,
    port: int,
    watched: list[Path],
    on_change: OnChange,
    ready: Callable[[int], None] | None = None,
) -> None:
    """Serve `site` until interrupted, calling `on_change` when `watched` changes."""
    reloads = Reloads()
    handler = type("Handler", (_Handler,), {"reloads": reloads})
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", port), functools.partial(handler, directory=str(site))
    )
    server.daemon_threads = True
    stop = threading.Event()
    watcher = threading.Thread(target=watch, args=(watched, on_change, reloads, stop), daemon=True)
    watcher.start()
    if ready:
        ready(server.server_port)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        stop.set()
        server.server_close()
