# coding: utf-8
s = 'café' 1
