x = '''a
b
