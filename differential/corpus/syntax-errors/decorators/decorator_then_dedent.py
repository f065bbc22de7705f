@foo.bar()
@
