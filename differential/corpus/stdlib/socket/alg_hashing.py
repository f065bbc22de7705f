# The kernel's crypto API through AF_ALG sockets: sha256 and an HMAC computed by the kernel and
# compared with hashlib/hmac, AES-CBC encryption through sendmsg_afalg and back. What kernels offer
# differs between machines, so the program prints only whether the kernel's answers agree with
# Python's (without AF_ALG: whether socket() failed as it should). sendmsg_afalg's argument
# checks are shown on a socket object of family AF_ALG over another descriptor (they come before
# any system call).
import errno
import hashlib
import hmac
import os
import socket

print(socket.AF_ALG, socket.SOL_ALG, socket.ALG_SET_KEY, socket.ALG_SET_IV, socket.ALG_SET_OP,
      socket.ALG_OP_ENCRYPT, socket.ALG_OP_DECRYPT, socket.ALG_SET_AEAD_ASSOCLEN)


def kernel_digest(algorithm, data, key=None):
    with socket.socket(socket.AF_ALG, socket.SOCK_SEQPACKET, 0) as algo:
        algo.bind(("hash", algorithm))
        agree.append(algo.getsockname() == ("hash", algorithm))
        if key is not None:
            algo.setsockopt(socket.SOL_ALG, socket.ALG_SET_KEY, key)
        op, _ = algo.accept()
        with op:
            op.sendall(data)
            return op.recv(64)


def kernel_cipher(key, iv, data, operation):
    with socket.socket(socket.AF_ALG, socket.SOCK_SEQPACKET, 0) as algo:
        algo.bind(("skcipher", "cbc(aes)"))
        algo.setsockopt(socket.SOL_ALG, socket.ALG_SET_KEY, key)
        op, _ = algo.accept()
        with op:
            op.sendmsg_afalg([data], op=operation, iv=iv)
            return op.recv(len(data))


agree = []
try:
    socket.socket(socket.AF_ALG, socket.SOCK_SEQPACKET, 0).close()
    available = True
except OSError as e:
    # EAFNOSUPPORT without the family; a sandbox may refuse it with EPERM or EACCES
    agree.append(e.errno in (errno.EAFNOSUPPORT, errno.EPERM, errno.EACCES))
    available = False

if available:
    data = b"The quick brown fox jumps over the lazy dog" * 10
    try:
        agree.append(kernel_digest("sha256", data) == hashlib.sha256(data).digest())
        key = b"secret key"
        agree.append(kernel_digest("hmac(sha256)", data, key)
                     == hmac.new(key, data, "sha256").digest())
        key, iv = bytes(range(16)), bytes(range(16, 32))
        plain = b"sixteen byte blk" * 4
        secret = kernel_cipher(key, iv, plain, socket.ALG_OP_ENCRYPT)
        agree.append(len(secret) == len(plain) and secret != plain)
        agree.append(kernel_cipher(key, iv, secret, socket.ALG_OP_DECRYPT) == plain)
    except FileNotFoundError:
        pass  # the kernel lacks one of these algorithms (bind: ENOENT)
print("the kernel's answers agree:", all(agree), len(agree) > 0)

# argument checks, on an AF_ALG socket object whose descriptor is a datagram socket pair's end
left, right = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
fake = socket.socket(socket.AF_ALG, socket.SOCK_SEQPACKET, 0, fileno=os.dup(left.fileno()))
for kwargs in [{}, {"op": "x"}, {"op": -1}, {"op": 2**40}, {"op": 0, "assoclen": -1},
               {"op": 0, "assoclen": "x"}, {"op": 0, "iv": "x"}, {"op": 0, "flags": "x"},
               {"op": 0, "msg": 5}, {"op": 0, "msg": ["x"]}]:
    try:
        fake.sendmsg_afalg(**kwargs)
        print(kwargs, "-> sent")
    except (TypeError, ValueError, OverflowError, OSError) as e:
        print(kwargs, "->", type(e).__name__, e)
# the control messages reach a Unix socket, which ignores levels other than SOL_SOCKET
print(fake.sendmsg_afalg([b"ab", b"cd"], op=socket.ALG_OP_ENCRYPT, iv=b"12345",
                         assoclen=2), right.recv(10))
print(fake.sendmsg_afalg(msg=[b"xyz"], op=1, iv=b"12345678"), right.recv(10))
try:
    left.sendmsg_afalg([b"x"], op=0)
except OSError as e:
    print("not AF_ALG:", e)
for address in ["hash", ("hash",), ("hash", 1), (b"hash", "sha256"), ("x" * 14, "sha256"),
                ("hash", "y" * 64), ("ha\0sh", "sha256"), ("hash", "sha256", 1, 2, 3)]:
    try:
        fake.bind(address)
    except (TypeError, ValueError) as e:
        print(repr(address)[:30], "->", type(e).__name__, e)
for s in (fake, left, right):
    s.close()
