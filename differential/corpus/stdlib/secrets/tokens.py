# secrets and hmac.compare_digest: what can be checked deterministically about random tokens.
import secrets
import string

tok = secrets.token_hex(16)
print(len(tok), all(c in string.hexdigits for c in tok))
print(len(secrets.token_bytes(10)), len(secrets.token_urlsafe(32)) >= 32)
alphabet = string.ascii_letters + string.digits
pw = "".join(secrets.choice(alphabet) for _ in range(20))
print(len(pw), set(pw) <= set(alphabet))
print(0 <= secrets.randbelow(10) < 10, secrets.randbits(8) < 256, secrets.compare_digest("a", "a"))
try:
    secrets.randbelow(0)
except ValueError as e:
    print("ValueError", e)
