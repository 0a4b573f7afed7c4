import { availableParallelism } from 'node:os';

/**
 * Which CPU each running grading gets. threadcheck pins itself to one CPU (a hand-off
 * between logical threads is several times cheaper there), and inside the sandbox's pid
 * namespace every run has the same pid, so it cannot spread out on its own: the grader
 * hands each run the CPU with the fewest runs of this process on it. Runs of other grader
 * processes on the same machine are not seen: ties are broken starting from a CPU picked by
 * this process's pid, so two single-grading worker processes usually start on different
 * CPUs.
 */
export class CpuSlots {
  private readonly running: number[];
  private readonly first: number;

  constructor(cpus: number = availableParallelism(), first: number = process.pid) {
    this.running = Array.from({ length: Math.max(1, cpus) }, () => 0);
    this.first = first % this.running.length;
  }

  /** The least used CPU (an index into the sandbox's allowed CPUs) and how to give it back. */
  take(): { cpu: number; release: () => void } {
    const least = Math.min(...this.running);
    const order = this.running.map((_, i) => (this.first + i) % this.running.length);
    const cpu = order.find((i) => this.running[i] === least) ?? 0;
    this.running[cpu] = least + 1;
    let released = false;
    return {
      cpu,
      release: () => {
        if (released) return;
        released = true;
        this.running[cpu] = (this.running[cpu] ?? 1) - 1;
      },
    };
  }
}

/** One table per grader process: gradings in it share the machine's CPUs. */
export const cpuSlots = new CpuSlots();
