import { describe, expect, it } from 'vitest';
import { exerciseManifest } from './exercise-manifest.js';
import { policy } from './policy.js';
import { policyFromManifest } from './policy-from-manifest.js';
import { issuePaths } from './test-support.js';

const boundedBuffer = exerciseManifest.parse({
  id: 'condition/bounded-buffer',
  section: 'condition',
  title: { ru: 'Ограниченный буфер', en: 'Bounded buffer' },
  difficulty: 2,
  points: 20,
  imports: { forbidden: ['queue', 'multiprocessing', 'asyncio'] },
  forbiddenNames: ['threading.Barrier'],
  variants: [{ file: 'variants/if_wait.py', expect: 'assertion', description: 'if, not while' }],
});

describe('policyFromManifest', () => {
  it('gives the policy.json of docs/grader-protocol.md for its example', () => {
    expect(policyFromManifest(boundedBuffer)).toEqual({
      exercise: 'condition/bounded-buffer',
      allowedImports: [
        'threading',
        'time',
        'random',
        'logging',
        'collections',
        'dataclasses',
        'typing',
        'functools',
        'itertools',
        'math',
        'contextlib',
        'abc',
        'enum',
      ],
      forbiddenImports: ['queue', 'multiprocessing', 'asyncio'],
      forbiddenNames: ['threading.Barrier'],
      maxThreads: 64,
      outputLimitBytes: 262144,
    });
  });

  it('follows the manifest limits', () => {
    const manifest = {
      ...boundedBuffer,
      limits: { ...boundedBuffer.limits, outputKb: 8, maxThreads: 9 },
    };
    const derived = policyFromManifest(manifest);
    expect(derived.outputLimitBytes).toBe(8192);
    expect(derived.maxThreads).toBe(9);
  });

  it('produces a valid policy that shares no list with the manifest', () => {
    const derived = policyFromManifest(boundedBuffer);
    expect(issuePaths(policy, derived)).toEqual([]);
    derived.forbiddenNames.push('threading.Timer');
    expect(boundedBuffer.forbiddenNames).toEqual(['threading.Barrier']);
  });
});

describe('policy', () => {
  const valid = policyFromManifest(boundedBuffer);

  it.each([
    ['a bad exercise id', { ...valid, exercise: '../x' }, 'exercise'],
    ['no thread limit', { ...valid, maxThreads: 0 }, 'maxThreads'],
    ['a fractional output limit', { ...valid, outputLimitBytes: 1.5 }, 'outputLimitBytes'],
    [
      'a forbidden import that is no module name',
      { ...valid, forbiddenImports: [''] },
      'forbiddenImports.0',
    ],
  ])('rejects %s', (_name, value, path) => {
    expect(issuePaths(policy, value)).toEqual([path]);
  });
});
