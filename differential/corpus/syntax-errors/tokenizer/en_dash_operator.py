total = price – discount
