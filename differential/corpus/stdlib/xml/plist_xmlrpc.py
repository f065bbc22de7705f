# plistlib and xmlrpc.client marshalling, both parsed by pyexpat.
import datetime
import plistlib
import xmlrpc.client

value = {
    "name": "Krait",
    "version": 3,
    "ratio": 0.5,
    "flags": [True, False],
    "data": b"\x00\x01binary",
    "when": datetime.datetime(2024, 1, 2, 3, 4, 5),
    "nested": {"empty": [], "text": "a < b & c"},
}
blob = plistlib.dumps(value)
print(blob.decode()[:200])
back = plistlib.loads(blob)
print(back == value, sorted(back))
print(plistlib.loads(plistlib.dumps([1, "two", {"three": 3.0}])))
try:
    plistlib.loads(b"<?xml version='1.0'?><plist><dict><key>a</key></plist>")
except Exception as e:
    print(type(e).__name__)

req = xmlrpc.client.dumps((1, "two", [3.5, True], {"k": None}), "method.name", allow_none=True)
print(req)
params, method = xmlrpc.client.loads(req)
print(method, params)
resp = xmlrpc.client.dumps(({"result": [1, 2, 3]},), methodresponse=True)
print(xmlrpc.client.loads(resp))
fault = xmlrpc.client.dumps(xmlrpc.client.Fault(4, "Too many parameters"))
try:
    xmlrpc.client.loads(fault)
except xmlrpc.client.Fault as f:
    print("Fault", f.faultCode, f.faultString)
(b, d), _ = xmlrpc.client.loads(xmlrpc.client.dumps((xmlrpc.client.Binary(b"\xff\x00"),
                                                    xmlrpc.client.DateTime("20240102T03:04:05"))))
print(type(b).__name__, b.data, type(d).__name__, d.value)
