z = complex(3, -4)
print(z.real, z.imag, type(z.real).__name__, z.conjugate(), abs(z), z.__abs__(), z.__neg__())
print(complex.__add__(z, 1), z.__mul__(2), z.__rmul__(2), z.__truediv__(2), z.__rtruediv__(1))
print(z.__eq__(complex(3, -4)), z.__eq__(3), z.__ne__(0), z.__bool__(), (0j).__bool__())
print(z.__pow__(2), z.__rpow__(2), z.__hash__() == hash(z), z.__repr__(), z.__str__(), z.__format__(".1f"))
print(z.__lt__(1), z.__le__(1), z.__gt__(1), z.__ge__(1))
print(complex.__mro__, isinstance(1j, complex), isinstance(1, complex), issubclass(complex, object))
class C(complex):
    def __repr__(self):
        return f"C({self.real}, {self.imag})"
c = C(1, 2)
print(c, c + 1, type(c + 1).__name__, -c, type(-c).__name__, c == 1 + 2j, c.conjugate())
print([complex(n, -n) for n in range(3)], sum(complex(n, n) for n in range(4)))
print(sorted([1 + 1j, -2j, 3], key=lambda v: (abs(v), v.real)), max([1j, -3, 2 + 2j], key=abs))
