class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    @property
    def owner(self):
        return self._owner
    @owner.setter
    def owner(self, value):
        if not isinstance(value, str) or not value.strip():
            raise ValueError("owner must be a non-empty string")
        self._owner = value.strip().title()
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError(f"balance cannot be negative: {value}")
        self._balance = round(value, 2)
    @property
    def summary(self):
        return f"{self.owner}: {self.balance:.2f}"
a = Account("  ann lee ", 10.555)
print(a.summary, a.owner, a.balance, sorted(vars(a)))
for bad in [("", 0), (5, 0), ("bob", -1)]:
    try:
        Account(*bad)
    except ValueError as e:
        print(e)
a.balance += 5
print(a.summary)
