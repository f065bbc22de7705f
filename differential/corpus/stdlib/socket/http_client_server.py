# http.client against http.server running in a thread on the loopback
import http.client
import http.server
import json
import threading

class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = json.dumps({"path": self.path, "agent": self.headers["User-Agent"]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        length = int(self.headers["Content-Length"])
        data = self.rfile.read(length)
        self.send_response(201, "Made")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data[::-1])

    def log_message(self, format, *args):
        pass

server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
host, port = server.server_address
t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
t.start()

conn = http.client.HTTPConnection(host, port, timeout=10)
conn.request("GET", "/hello?x=1", headers={"User-Agent": "krait-test"})
resp = conn.getresponse()
print(resp.status, resp.reason, resp.getheader("Content-Type"))
print(json.loads(resp.read()))
conn.request("POST", "/data", body=b"payload bytes")
resp = conn.getresponse()
print(resp.status, resp.reason, resp.read())
conn.request("GET", "/missing-method", headers={"User-Agent": "again"})
print(conn.getresponse().read()[:20])
conn.request("PUT", "/nope")
resp = conn.getresponse()
print(resp.status, resp.reason)
resp.read()
conn.close()

server.shutdown()
t.join()
server.server_close()
print("server stopped")
