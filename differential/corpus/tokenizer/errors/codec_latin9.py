# coding: latin9
x = "€"
