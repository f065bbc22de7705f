from os import path as p as q
