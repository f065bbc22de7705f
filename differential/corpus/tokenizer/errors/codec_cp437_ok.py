# coding: cp437
x = "€"
