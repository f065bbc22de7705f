x = """a
b""" \ y
