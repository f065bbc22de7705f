# uuid: parsing, formatting, name-based uuid3/uuid5 (deterministic), fields and comparisons.
import uuid

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.bytes, u.urn, u.version, u.variant)
print(u.fields, u.time_low, u.node, uuid.UUID(bytes=u.bytes) == u, uuid.UUID(int=1))
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/x"))
print(uuid.UUID("{12345678-1234-5678-1234-567812345678}") == u, uuid.UUID("urn:uuid:12345678123456781234567812345678") == u)
print(sorted([uuid.UUID(int=5), uuid.UUID(int=2)]), uuid.uuid4().version, len(str(uuid.uuid4())))
for bad in ["nope", "12345678-1234-5678-1234-56781234567"]:
    try:
        uuid.UUID(bad)
    except ValueError as e:
        print("ValueError", e)
print(uuid.UUID(fields=(1, 2, 3, 4, 5, 6)), uuid.UUID(bytes_le=u.bytes_le) == u)
