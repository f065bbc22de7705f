[c or
'\\slash'0x1ed]