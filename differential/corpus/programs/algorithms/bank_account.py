class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed, self.available = needed, available
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        self.id = Account._next_id
        Account._next_id += 1
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def transfer(self, other, amount):
        self.withdraw(amount)
        other.deposit(amount)
    def __repr__(self):
        return f"Account#{self.id}({self.owner!r}, {self.balance})"
alice, bob = Account("alice", 100), Account("bob")
alice.deposit(50).withdraw(30)
alice.transfer(bob, 70)
print(alice, bob, alice.history, bob.history)
for action in [lambda: bob.withdraw(100), lambda: alice.deposit(-5), lambda: bob.transfer(alice, 1000)]:
    try:
        action()
    except InsufficientFunds as e:
        print("insufficient:", e, e.needed - e.available)
    except ValueError as e:
        print("invalid:", e)
print(sorted([alice, bob], key=lambda a: a.balance), Account._next_id)
