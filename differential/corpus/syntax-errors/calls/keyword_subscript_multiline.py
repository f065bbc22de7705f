result = compute(
    first,
    items[0]=1,
)
