x = 1
while True:
