import { describe, expect, it } from 'vitest';
import { CpuSlots } from './cpu-slots.js';

describe('CpuSlots', () => {
  it('spreads concurrent runs over the CPUs, least used first', () => {
    const slots = new CpuSlots(2, 0);
    const first = slots.take();
    const second = slots.take();
    const third = slots.take();
    expect([first.cpu, second.cpu, third.cpu]).toEqual([0, 1, 0]);

    second.release();
    expect(slots.take().cpu).toBe(1);
  });

  it('starts from a CPU of its own, so separate worker processes spread out too', () => {
    expect(new CpuSlots(2, 7).take().cpu).toBe(1);
    expect(new CpuSlots(2, 8).take().cpu).toBe(0);
    const slots = new CpuSlots(4, 6);
    expect([slots.take().cpu, slots.take().cpu, slots.take().cpu]).toEqual([2, 3, 0]);
  });

  it('counts a release once, however often it is called', () => {
    const slots = new CpuSlots(2, 0);
    const first = slots.take();
    slots.take();
    first.release();
    first.release();
    expect([slots.take().cpu, slots.take().cpu]).toEqual([0, 0]);
  });
});
