from os import ()
