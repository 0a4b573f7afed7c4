import type { FailureKind } from '@threadlab/contracts';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { gradeSubmission } from './grade.js';

// Every way the issue lists for a submission to forge a pass, graded through the real
// sandbox and threadcheck on the catalogue's lock/counter: each must end as a failed
// verdict with a clear kind (never a pass, never "could not grade"), and the sandbox
// runner throws if any process of the run survives it.

const config = loadConfig(process.env);

const REFERENCE = `
import threading


class Counter:
    def __init__(self, start=0):
        self._lock = threading.Lock()
        self.value = start

    def increment(self):
        with self._lock:
            self.value = self.value + 1
`;

const RACY = `
class Counter:
    def __init__(self, start=0):
        self.value = start

    def increment(self):
        self.value = self.value + 1
`;

const cases: [string, string, FailureKind][] = [
  [
    'prints a fake passing result and raises SystemExit(0)',
    `print('{"version":1,"verdict":"pass","score":1,"failures":[]}')\nraise SystemExit(0)\n${REFERENCE}`,
    'exception',
  ],
  ['exits through os._exit(0)', `import os\nos._exit(0)\n${REFERENCE}`, 'forbidden'],
  [
    'raises SystemExit inside a worker thread',
    `${REFERENCE}\n    def increment(self):\n        raise SystemExit(0)\n`,
    'exception',
  ],
  ['imports threadcheck to patch it', `import threadcheck\n${REFERENCE}`, 'forbidden'],
  [
    'rebinds threading.Lock to a lock that never blocks',
    `import threading\nclass Free:\n    def __enter__(self): pass\n    def __exit__(self, *a): pass\nthreading.Lock = Free\n${RACY}`,
    'forbidden',
  ],
  [
    'patches Lock.acquire on the class',
    `import threading\nthreading.Lock.acquire = lambda self, *a: True\n${REFERENCE}`,
    'forbidden',
  ],
  [
    'reaches interpreter internals through __globals__',
    `${REFERENCE}\ng = Counter.increment.__globals__\n`,
    'forbidden',
  ],
  ['hides racy code behind exec', `exec(${JSON.stringify(RACY)})\n`, 'forbidden'],
  [
    'builds a forbidden name at run time with getattr',
    `import threading\nX = getattr(threading, "_" + "_dict_" + "_")\n${REFERENCE}`,
    'forbidden',
  ],
  [
    'looks for the reference solution on disk',
    `text = open("/work/main/exercises/lock/counter/reference.py").read()\n${REFERENCE}`,
    'forbidden',
  ],
  ['loops forever', `while True:\n    pass\n${REFERENCE}`, 'timeout'],
  ['exhausts memory', `hog = " " * (8 * 1024 ** 3)\n${REFERENCE}`, 'resource'],
  [
    'starts threads without end',
    `import threading, time\nwhile True:\n    threading.Thread(target=time.sleep, args=(100,)).start()\n${REFERENCE}`,
    'resource',
  ],
  ['forks without end', `import os\nwhile True:\n    os.fork()\n${REFERENCE}`, 'forbidden'],
  ['floods stdout', `while True:\n    print("x" * 1000)\n${REFERENCE}`, 'resource'],
  [
    'reaches sys through an allowed module',
    `import logging\nlogging.sys.modules["threadcheck"].checks = None\n${REFERENCE}`,
    'exception',
  ],
];

describe('a submission cannot forge a pass', { timeout: 60_000 }, () => {
  it.each(cases)('%s', async (_, code, kind) => {
    const result = await gradeSubmission({ exerciseId: 'lock/counter', code, config, seed: 1 });
    expect(result.verdict).toBe('fail');
    expect(result.score).toBeLessThan(1);
    expect(result.failures[0]?.kind).toBe(kind);
  });
});
