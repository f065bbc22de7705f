résumé = données = 1 + 2 = 3
