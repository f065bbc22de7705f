# An object-heavy task scheduler in the style of Richards: many small classes, attribute reads
# and writes, method calls and linked lists of packets. An idle task wakes two workers, the
# workers send packets to two handlers, and the handlers pass them to two devices.

SIZE = 330  # quick: 1

IDLE, WORKER_A, WORKER_B, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(7)
TASK_COUNT = 7


class Packet:
    def __init__(self, link, destination, kind):
        self.link = link
        self.destination = destination
        self.kind = kind
        self.count = 0
        self.data = [0, 0, 0, 0]

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Task:
    """A task: a priority, an input queue of packets, and three state bits."""

    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = queue is None
        self.held = False
        self.suspended = False
        scheduler.tasks[ident] = self

    def runnable(self):
        return not self.held and not self.suspended and (not self.waiting or self.queue is not None)

    def take_packet(self):
        packet = self.queue
        if packet is not None:
            self.queue = packet.link
            self.waiting = False
        return packet

    def receive(self, packet):
        """Queues a packet; True when this task should preempt the current one."""
        was_empty = self.queue is None
        self.queue = packet.append_to(self.queue)
        if was_empty and self.waiting:
            self.waiting = False
            return self.priority > self.scheduler.current.priority
        return False


class IdleTask(Task):
    def __init__(self, scheduler, count):
        super().__init__(scheduler, IDLE, 0, None)
        self.waiting = False
        self.control = 1
        self.count = count

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.scheduler.hold_current()
        if self.control & 1 == 0:
            self.control >>= 1
            return self.scheduler.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.scheduler.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, ident, queue):
        super().__init__(scheduler, ident, 1000, queue)
        self.destination = HANDLER_A
        self.letter = 0

    def step(self, packet):
        if packet is None:
            return self.scheduler.wait()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.destination = self.destination
        packet.count = 0
        for i in range(4):
            self.letter = self.letter + 1 if self.letter < 26 else 1
            packet.data[i] = self.letter
        return self.scheduler.send(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, queue):
        super().__init__(scheduler, ident, 2000 + ident, queue)
        self.work = None
        self.devices = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == "work":
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is not None:
            if work.count < 4:
                device = self.devices
                if device is not None:
                    self.devices = device.link
                    device.count = work.data[work.count]
                    work.count += 1
                    return self.scheduler.send(device)
            else:
                self.work = work.link
                return self.scheduler.send(work)
        return self.scheduler.wait()


class DeviceTask(Task):
    def __init__(self, scheduler, ident):
        super().__init__(scheduler, ident, 4000 + ident, None)
        self.pending = None

    def step(self, packet):
        if packet is None:
            if self.pending is None:
                return self.scheduler.wait()
            pending, self.pending = self.pending, None
            return self.scheduler.send(pending)
        self.pending = packet
        self.scheduler.checksum += packet.count
        return self.scheduler.hold_current()


class Scheduler:
    def __init__(self):
        self.tasks = [None] * TASK_COUNT
        self.current = None
        self.hold_count = 0
        self.send_count = 0
        self.checksum = 0

    def by_priority(self):
        return sorted(self.tasks, key=lambda t: -t.priority)

    def run(self):
        order = self.by_priority()
        while True:
            for task in order:
                if task.runnable():
                    break
            else:
                return
            self.current = task
            next_task = task.step(task.take_packet())
            while next_task is not None and next_task.runnable():
                self.current = next_task
                next_task = next_task.step(next_task.take_packet())

    def hold_current(self):
        self.hold_count += 1
        self.current.held = True
        return None

    def wait(self):
        self.current.waiting = True
        return None

    def release(self, ident):
        task = self.tasks[ident]
        task.held = False
        return task if task.priority > self.current.priority else self.current

    def send(self, packet):
        self.send_count += 1
        target = self.tasks[packet.destination]
        packet.destination = self.current.ident
        if target.receive(packet):
            return target
        return self.current


def run_once(count):
    scheduler = Scheduler()
    IdleTask(scheduler, count)
    work = Packet(None, WORKER_A, "work")
    work = Packet(work, WORKER_A, "work")
    WorkerTask(scheduler, WORKER_A, work)
    work = Packet(None, WORKER_B, "work")
    work = Packet(work, WORKER_B, "work")
    WorkerTask(scheduler, WORKER_B, work)
    devices = Packet(None, DEVICE_A, "device")
    devices = Packet(devices, DEVICE_A, "device")
    devices = Packet(devices, DEVICE_A, "device")
    HandlerTask(scheduler, HANDLER_A, devices)
    devices = Packet(None, DEVICE_B, "device")
    devices = Packet(devices, DEVICE_B, "device")
    devices = Packet(devices, DEVICE_B, "device")
    HandlerTask(scheduler, HANDLER_B, devices)
    DeviceTask(scheduler, DEVICE_A)
    DeviceTask(scheduler, DEVICE_B)
    scheduler.run()
    return scheduler.hold_count, scheduler.send_count, scheduler.checksum


results = [run_once(1000 + 37 * (i % 20)) for i in range(SIZE)]
print(sum(h for h, _, _ in results), sum(s for _, s, _ in results), sum(c for _, _, c in results))
