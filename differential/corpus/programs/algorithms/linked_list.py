class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value, self.next = value, next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in reversed(list(items)):
            self.push(item)
    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __len__(self):
        return self.size
    def __repr__(self):
        return " -> ".join(map(repr, self)) or "empty"
    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
    def remove(self, value):
        prev, node = None, self.head
        while node and node.value != value:
            prev, node = node, node.next
        if node is None:
            raise ValueError(f"{value!r} not in list")
        if prev:
            prev.next = node.next
        else:
            self.head = node.next
        self.size -= 1
l = LinkedList([1, 2, 3, 4])
print(l, len(l), list(l), 3 in l)
l.reverse()
print(l)
l.remove(4); l.remove(1)
print(l, len(l))
try:
    l.remove(99)
except ValueError as e:
    print(e)
print(LinkedList(), sum(LinkedList(range(101))), max(LinkedList("hello")))
