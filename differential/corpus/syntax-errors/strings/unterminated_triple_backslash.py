s = '''abc
\\
