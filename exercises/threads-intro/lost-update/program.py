import threading

counter = 0


def worker(name):
    global counter
    value = counter
    counter = value + 1
    print(name, counter)


a = threading.Thread(target=worker, args=("A",))
b = threading.Thread(target=worker, args=("B",))
a.start()
b.start()
a.join()
b.join()
print("total", counter)
