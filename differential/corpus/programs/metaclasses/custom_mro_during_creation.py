# A metaclass's mro() runs before the class has an MRO (__mro__ is None then), and an mro()
# that leaves the class out of its own MRO makes the class statement fail where
# __init_subclass__ is looked up through super(cls, cls).


class Base:
    pass


calls = []


class Recording(type):
    def mro(cls):
        calls.append(cls.__mro__)
        if len(calls) == 1:
            cls.__bases__ += ()  # setting __bases__ computes the MRO again
        return type.mro(cls)


class A(metaclass=Recording):
    pass


print(calls, A.__mro__)


class Forgetful(type):
    def mro(cls):
        return (Base,)


try:
    class B(metaclass=Forgetful):
        pass
except TypeError as e:
    print('TypeError:', e)


class SelfDeleting(type):
    def mro(cls):
        del SelfDeleting.mro
        return (Base,)


try:
    class C(metaclass=SelfDeleting):
        pass
except TypeError as e:
    print('TypeError:', e)
print(hasattr(SelfDeleting, 'mro'), SelfDeleting.mro is type.mro)


class Fine(type):
    def mro(cls):
        return (cls, Base, object)


class D(metaclass=Fine):
    pass


print(D.__mro__, issubclass(D, Base))


class Extending(type):
    def mro(cls):
        if cls.__mro__ is None and cls.__name__ != 'X':
            try:
                class X(cls):
                    pass
            except TypeError as e:
                print('TypeError:', e)
        return type.mro(cls)


class E(metaclass=Extending):
    pass


print(E.__mro__)
