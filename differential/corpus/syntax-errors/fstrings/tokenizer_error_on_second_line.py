x = f"""abc
{€}"""
