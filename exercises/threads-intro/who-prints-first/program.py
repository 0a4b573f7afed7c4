import threading


def say(word):
    print(word)


a = threading.Thread(target=say, args=("ping",))
b = threading.Thread(target=say, args=("pong",))
a.start()
b.start()
a.join()
print("done")
b.join()
