#coding=cp1252
Ê(
8