# coding: ascii
s = 'café'
