# A TypeError from an operator between unsupported types, inside nested data access:
# the markers show which operator failed.
config = {"limits": {"max": "100", "min": 5}}
print("min doubled", config["limits"]["min"] * 2)
print("keys", sorted(config["limits"]))
print("max as int", int(config["limits"]["max"]) + 1)
print(type(config["limits"]["max"]).__name__)
print("max repeated", config["limits"]["max"] * 2)
span = config["limits"]["max"] - config["limits"]["min"]
print(span)
