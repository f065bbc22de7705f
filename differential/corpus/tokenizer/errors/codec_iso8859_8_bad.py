# coding: iso-8859-8
x = "¿"
