x = f"""abc
def {a +
 €}"""
