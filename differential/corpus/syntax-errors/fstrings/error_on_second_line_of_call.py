print(1,
      f'{a b}')
