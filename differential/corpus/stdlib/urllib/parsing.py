# urllib.parse: splitting, joining, quoting and query strings.
from urllib.parse import (urlparse, urlsplit, urlunparse, urljoin, urldefrag, quote, quote_plus,
                          unquote, unquote_plus, urlencode, parse_qs, parse_qsl, urlunsplit)

u = urlparse("https://user:pw@Example.com:8443/a/b;params?q=1&r=two#frag")
print(u)
print(u.scheme, u.netloc, u.hostname, u.port, u.username, u.password, u.path, u.params, u.query, u.fragment)
print(u.geturl(), u._replace(scheme="http", fragment="").geturl())
print(urlsplit("//host/path?x"), urlsplit("mailto:someone@example.com"), urlsplit("/just/a/path"))
print(urlunparse(("http", "h", "/p", "", "a=1", "")), urlunsplit(("ftp", "f.org", "/x", "", "")))
for rel in ["c", "../c", "/c", "//other/c", "?y", "#s", "g;x?y#s", "../../../g", "http://abs/x"]:
    print(rel, "->", urljoin("http://a/b/c/d;p?q", rel))
print(urldefrag("http://x/y#z"), quote("a b/c?d=é"), quote("a b/c", safe=""), quote_plus("a b&c=d"))
print(unquote("%E2%82%AC%20x"), unquote_plus("a+b%2Bc"), unquote("%zz"), quote(b"\xff"))
q = urlencode({"name": "Ann Lee", "tags": ["a", "b"], "n": 3}, doseq=True)
print(q, parse_qs(q), parse_qsl("a=1&a=2&b=&c", keep_blank_values=True))
print(parse_qs("x=1;y=2", separator=";"), urlencode([("k", "v w"), ("z", "é")]))
try:
    urlparse("http://[::1").hostname
except ValueError as e:
    print("ValueError", e)
try:
    urlparse("http://h:99999").port
except ValueError as e:
    print("ValueError", e)
print(urlparse("http://[::1]:80/").hostname, urlparse("HTTP://H/").scheme)
