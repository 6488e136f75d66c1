"""A tiny OpenAI-compatible chat server on loopback, so the real openai/LangChain clients run over HTTP.

`reply(body) -> str` decides each answer from the request body; raising `FakeFailure(status)` makes
the server answer that HTTP status instead.
"""
from __future__ import annotations

import json
import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable, Iterator


class FakeFailure(Exception):
    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


@contextmanager
def fake_chat_server(reply: Callable[[dict], str]) -> Iterator[tuple[str, list[dict]]]:
    """Serve chat completions; yields the base URL (…/v1) and the list of request bodies received."""
    received: list[dict] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 - http.server's naming
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            received.append(body)
            try:
                content = reply(body)
            except FakeFailure as failure:
                self.send_response(failure.status)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            data = json.dumps({
                "id": "chatcmpl-test", "object": "chat.completion", "created": 0, "model": body["model"],
                "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": content}}],
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
            }).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1", received
    finally:
        server.shutdown()
        server.server_close()
