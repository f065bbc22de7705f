path = r'C:\temp\'
