import { describe, expect, it } from 'vitest';
import { CpuSlots } from './cpu-slots.js';

describe('CpuSlots', () => {
  it('spreads concurrent runs over the CPUs, least used first', () => {
    const slots = new CpuSlots(2);
    const first = slots.take();
    const second = slots.take();
    const third = slots.take();
    expect([first.cpu, second.cpu, third.cpu]).toEqual([0, 1, 0]);

    second.release();
    expect(slots.take().cpu).toBe(1);
  });

  it('counts a release once, however often it is called', () => {
    const slots = new CpuSlots(2);
    const first = slots.take();
    slots.take();
    first.release();
    first.release();
    expect([slots.take().cpu, slots.take().cpu]).toEqual([0, 0]);
  });
});
