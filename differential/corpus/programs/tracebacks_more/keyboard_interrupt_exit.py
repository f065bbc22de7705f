# An uncaught KeyboardInterrupt is printed and ends the process as SIGINT does (status 130).
def loop():
    for i in range(3):
        if i == 2:
            raise KeyboardInterrupt
        print("tick", i)
loop()
