class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"
class Cat(Animal):
    sound = "meow"
    def __init__(self, name, indoor):
        super().__init__(name)
        self.indoor = indoor
for a in [Animal("x"), Dog("rex"), Puppy("bit"), Cat("tom", True)]:
    print(a.speak(), type(a).__name__, isinstance(a, Dog), isinstance(a, Animal))
print(Puppy.__mro__, Puppy.__bases__, Dog.__subclasses__(), Animal.__subclasses__())
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Cat, (Dog, Animal)))
print(vars(Cat("c", False)), Puppy.mro())
try:
    isinstance(1, 2)
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
