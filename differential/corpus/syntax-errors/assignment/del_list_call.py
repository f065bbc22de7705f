del [a, f()]
