class C(
