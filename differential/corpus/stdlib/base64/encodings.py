# base64 and friends: standard, URL-safe, base32, base16, ascii85/base85, and errors.
import base64
import binascii

data = bytes(range(0, 256, 7)) + b"hello world"
for enc, dec in [(base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                 (base64.b32encode, base64.b32decode), (base64.b16encode, base64.b16decode),
                 (base64.a85encode, base64.a85decode), (base64.b85encode, base64.b85decode),
                 (base64.b32hexencode, base64.b32hexdecode)]:
    e = enc(data)
    print(enc.__name__, e, dec(e) == data)
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.standard_b64decode("aGk="))
print(base64.encodebytes(b"x" * 80), base64.decodebytes(b"eHh4\n"))
print(base64.a85encode(b"abcd" * 5, wrapcol=10, adobe=True), base64.a85encode(b"    \0\0\0\0", foldspaces=True))
print(base64.b32decode("my======", casefold=True), base64.b16decode("ff", casefold=True))
for bad in ["abc", "a===", "!!!!"]:
    try:
        print(base64.b64decode(bad, validate=True))
    except binascii.Error as e:
        print("binascii.Error", e)
print(base64.b64decode("YW Jj\nZA=="), base64.b64decode(b"YWJjZA"[:4]))
try:
    base64.b32decode("A")
except binascii.Error as e:
    print("binascii.Error", e)
try:
    base64.b64encode("text")
except TypeError as e:
    print("TypeError", e)
