def _(p:{r:j,"""
"""h\: