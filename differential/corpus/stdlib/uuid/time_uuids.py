# Version-1 UUIDs made through libuuid (the _uuid accelerator): their fields, ordering and
# uniqueness; the values themselves depend on the clock and the machine.
import uuid

import _uuid

print(_uuid.has_uuid_generate_time_safe, uuid._generate_time_safe is _uuid.generate_time_safe)
raw, safe = _uuid.generate_time_safe()
print(type(raw).__name__, len(raw), safe in (0, -1), uuid.UUID(bytes=raw).version)
made = [uuid.uuid1() for _ in range(50)]
print(all(u.version == 1 and u.variant == uuid.RFC_4122 for u in made))
print(len(set(made)) == len(made), len({u.node for u in made}) == 1)
print(all(a.time <= b.time for a, b in zip(made, made[1:])))
fixed = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(fixed.node == 0x123456789abc, fixed.clock_seq == 0x1234, str(fixed)[-17:])
