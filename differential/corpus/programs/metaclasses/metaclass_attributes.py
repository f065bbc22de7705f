class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns.setdefault("created_by", "Meta")
        upper = {k.upper(): v for k, v in ns.items() if not k.startswith("__") and not callable(v)}
        ns.update(upper)
        return super().__new__(mcls, name, bases, ns)
    @property
    def describe(cls):
        return f"<{cls.__name__} fields={sorted(k for k in vars(cls) if k.isupper())}>"
class Settings(metaclass=Meta):
    debug = True
    level = 3
print(Settings.DEBUG, Settings.LEVEL, Settings.CREATED_BY, Settings.describe)
try:
    Settings().describe
except AttributeError as e:
    print(e)
print(type(Settings), type(Settings).__mro__, Settings.__class__.__class__)
class Child(Settings):
    extra = "x"
print(Child.EXTRA, Child.describe, Child.created_by)
print(isinstance(Child, Meta), isinstance(Child(), Meta), Settings.__subclasses__())
