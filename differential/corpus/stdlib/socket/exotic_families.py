# Linux's other socket families: the address forms each parses, with CPython's errors for wrong
# shapes and types, and what the kernel says to the well-formed ones. Which families a machine
# can create depends on its kernel and privileges, so the checks run on socket objects of those
# families over a UDP descriptor (socket(family, type, proto, fileno=...)): address parsing
# depends only on the socket object's family and protocol and comes before any system call.
import errno
import os
import socket

S = socket
print(S.AF_PACKET, S.PF_PACKET, S.AF_CAN, S.PF_CAN, S.AF_TIPC, S.AF_VSOCK, S.AF_QIPCRTR,
      S.AF_RDS, S.PF_RDS, S.AF_BRIDGE, S.AF_KEY, S.AF_X25)
print(S.CAN_RAW, S.CAN_BCM, S.CAN_ISOTP, S.CAN_J1939, S.CAN_EFF_FLAG, S.CAN_SFF_MASK,
      S.J1939_NO_NAME, S.J1939_NO_PGN, S.J1939_PGN_MAX, S.TIPC_ADDR_NAME, S.TIPC_WAIT_FOREVER,
      S.VMADDR_CID_ANY, S.VMADDR_PORT_ANY, S.VMADDR_CID_HOST, S.PACKET_HOST, S.PACKET_OUTGOING,
      S.SOL_TIPC, S.SOL_CAN_RAW, S.SO_VM_SOCKETS_BUFFER_SIZE)

# the address forms, on socket objects of each family
def fake(family, type_, proto):
    base = S.socket(S.AF_INET, S.SOCK_DGRAM)
    s = S.socket(family, type_, proto, fileno=os.dup(base.fileno()))
    base.close()
    return s


cases = [
    ("AF_PACKET", S.SOCK_RAW, 0,
     ["lo", ("lo",), (1, 2), ("lo", "x"), ("lo", 70000), ("lo", -1), ("lo", 2**31),
      ("lo", 0, 2**31), ("lo", 0, 1, 2, b"123456789"), ("lo", 0, 1, 2, "ab"),
      ("lo", 0, 1, 2, b"", 5), ("nosuchif0", 0), ("lo\0x", 0)]),
    ("AF_VSOCK", S.SOCK_STREAM, 0, ["x", (1,), ("a", 1), (1, 2, 3)]),
    ("AF_QIPCRTR", S.SOCK_DGRAM, 0, ["x", (1,), ("a", 1), (1, 2, 3)]),
    ("AF_TIPC", S.SOCK_RDM, 0,
     ["x", (1, 2, 3), (9, 1, 2, 3), (1, 2, 3, 4, 5, 6), (S.TIPC_ADDR_NAME, "a", 1, 1)]),
    ("AF_CAN", S.SOCK_RAW, S.CAN_RAW,
     ["vcan0", (), ("x" * 16,), (1,), ("nosuchif0",), ("a", "b"), (b"ab\0",)]),
    ("AF_CAN", S.SOCK_DGRAM, S.CAN_ISOTP,
     ["vcan0", ("vcan0",), ("vcan0", 1), ("x" * 16, 1, 2), ("vcan0", "a", 2),
      ("nosuchif0", 1, 2)]),
    ("AF_CAN", S.SOCK_DGRAM, S.CAN_J1939,
     ["vcan0", ("vcan0", 1, 2), ("x" * 16, 1, 2, 3), ("vcan0", 1.0, 2, 3),
      ("nosuchif0", 1, 2, 300)]),
    ("AF_CAN", S.SOCK_DGRAM, 99, [("vcan0",)]),
    ("AF_RDS", S.SOCK_SEQPACKET, 0, ["x", ("127.0.0.1",), ("127.0.0.1", 70000)]),
    ("AF_APPLETALK", S.SOCK_DGRAM, 0, [("x", 1)]),
]
for name, type_, proto, addresses in cases:
    print(name, proto)
    with fake(getattr(S, name), type_, proto) as s:
        for address in addresses:
            try:
                s.connect(address)
                print(" ", repr(address), "-> connected")
            except (TypeError, ValueError, OverflowError, SystemError) as e:
                print(" ", repr(address), "->", type(e).__name__, e)
            except OSError as e:
                print(" ", repr(address), "->", type(e).__name__,
                      errno.errorcode[e.errno] if e.errno else e)

# sethostname's argument checks (what the kernel says depends on the privileges)
for name in [1, None, 2.5]:
    try:
        S.sethostname(name)
    except (TypeError, OSError) as e:
        print("sethostname", repr(name)[:12], "->", type(e).__name__,
              errno.errorcode[e.errno] if isinstance(e, OSError) else e)
