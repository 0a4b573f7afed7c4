# expect: deadlock — waiters wait "until the counter is reset to 0", but a fast thread already arrived in the next round and made it 1 again: the old waiter sleeps on, the new round never fills up
import threading


class Barrier:
    def __init__(self, parties):
        self.parties = parties
        self.count = 0
        self.cond = threading.Condition()

    def wait(self):
        with self.cond:
            index = self.count
            self.count += 1
            if self.count == self.parties:
                self.count = 0
                self.cond.notify_all()
            else:
                while self.count != 0:
                    self.cond.wait()
            return index
