def total(*parts):
    return sum(parts)
result = total(
    1,
    2,
) + total(
    3,
) / (len([]) *
     1)
print(result)
