print("broken: starting")
value = {"a": 1}["b"]
