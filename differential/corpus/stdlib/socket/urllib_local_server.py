# urllib.request against a local http.server serving files from a temporary directory
import functools
import http.server
import os
import tempfile
import threading
import urllib.error
import urllib.parse
import urllib.request

class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass

with tempfile.TemporaryDirectory() as root:
    with open(os.path.join(root, "hello.txt"), "w", encoding="utf-8") as f:
        f.write("Hello from the loopback\n" * 3)
    os.mkdir(os.path.join(root, "sub"))
    with open(os.path.join(root, "sub", "data.json"), "w", encoding="utf-8") as f:
        f.write('{"answer": 42}')
    handler = functools.partial(Quiet, directory=root)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    t.start()
    base = "http://%s:%d/" % server.server_address
    try:
        with urllib.request.urlopen(base + "hello.txt", timeout=10) as resp:
            print(resp.status, resp.headers["Content-Type"], resp.headers["Content-Length"])
            print(resp.read().decode().splitlines())
        with urllib.request.urlopen(urllib.parse.urljoin(base, "sub/data.json")) as resp:
            print(resp.headers.get_content_type(), resp.read())
        try:
            urllib.request.urlopen(base + "missing.txt")
        except urllib.error.HTTPError as e:
            print("HTTPError", e.code, e.reason)
        req = urllib.request.Request(base + "hello.txt", method="HEAD")
        with urllib.request.urlopen(req) as resp:
            print(resp.status, resp.read())
        with urllib.request.urlopen(base + "sub/") as resp:
            listing = resp.read().decode()
            print("data.json" in listing, resp.headers.get_content_charset())
    finally:
        server.shutdown()
        t.join()
        server.server_close()
print("stopped")
