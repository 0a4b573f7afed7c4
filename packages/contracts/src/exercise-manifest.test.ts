import { describe, expect, it } from 'vitest';
import { DEFAULT_ALLOWED_IMPORTS, exerciseManifest } from './exercise-manifest.js';
import { issuePaths } from './test-support.js';

const minimal = {
  id: 'lock/counter',
  section: 'lock',
  title: { ru: 'Счётчик', en: 'Counter' },
  difficulty: 1,
  points: 10,
  variants: [{ file: 'variants/no_lock.py', expect: 'race', description: 'no lock at all' }],
};

describe('exerciseManifest', () => {
  it('fills in every default', () => {
    expect(exerciseManifest.parse(minimal)).toEqual({
      ...minimal,
      kind: 'code',
      limits: {
        wallTimeMs: 20_000,
        cpuTimeS: 20,
        memoryMb: 512,
        processes: 256,
        fileSizeKb: 1024,
        outputKb: 256,
        codeKb: 64,
        maxThreads: 64,
      },
      imports: { allowed: [...DEFAULT_ALLOWED_IMPORTS], forbidden: [] },
      forbiddenNames: [],
      hints: [],
      alternatives: [],
    });
  });

  it('keeps the defaults of the limits a manifest does not set', () => {
    const { limits } = exerciseManifest.parse({ ...minimal, limits: { wallTimeMs: 5000 } });
    expect(limits.wallTimeMs).toBe(5000);
    expect(limits.memoryMb).toBe(512);
  });

  it('gives every parse its own default lists', () => {
    const first = exerciseManifest.parse(minimal);
    first.imports.allowed.push('socket');
    first.forbiddenNames.push('threading.Barrier');
    const second = exerciseManifest.parse(minimal);
    expect(second.imports.allowed).toEqual([...DEFAULT_ALLOWED_IMPORTS]);
    expect(second.forbiddenNames).toEqual([]);
  });

  it('accepts a possible-outputs exercise with hints and an import policy', () => {
    const manifest = {
      ...minimal,
      id: 'threads-intro/worker-outputs',
      section: 'threads-intro',
      kind: 'possible-outputs',
      difficulty: 2,
      imports: { allowed: ['threading'], forbidden: ['queue'] },
      forbiddenNames: ['threading.Barrier'],
      hints: [{ ru: 'Подумайте о join', en: 'Think about join', lecture: 'Thread как обертка' }],
    };
    expect(issuePaths(exerciseManifest, manifest)).toEqual([]);
  });

  it.each([
    ['an id with capitals', { ...minimal, id: 'Lock/Counter' }, 'id'],
    ['an id without slug', { ...minimal, id: 'lock' }, 'id'],
    ['an id outside its section', { ...minimal, id: 'rlock/counter' }, 'id'],
    ['an unknown section', { ...minimal, id: 'locks/counter', section: 'locks' }, 'section'],
    ['a title without English', { ...minimal, title: { ru: 'Счётчик' } }, 'title.en'],
    ['an empty title', { ...minimal, title: { ru: '', en: 'Counter' } }, 'title.ru'],
    ['difficulty 4', { ...minimal, difficulty: 4 }, 'difficulty'],
    ['zero points', { ...minimal, points: 0 }, 'points'],
    ['an unknown kind', { ...minimal, kind: 'quiz' }, 'kind'],
    ['a fractional limit', { ...minimal, limits: { cpuTimeS: 1.5 } }, 'limits.cpuTimeS'],
    ['a zero limit', { ...minimal, limits: { memoryMb: 0 } }, 'limits.memoryMb'],
    ['no variants', { ...minimal, variants: [] }, 'variants'],
    [
      'a variant outside the folder',
      { ...minimal, variants: [{ ...minimal.variants[0], file: '../lock/reference.py' }] },
      'variants.0.file',
    ],
    [
      'a variant at an absolute path',
      { ...minimal, variants: [{ ...minimal.variants[0], file: '/etc/passwd' }] },
      'variants.0.file',
    ],
    [
      'a variant of unknown kind',
      { ...minimal, variants: [{ ...minimal.variants[0], expect: 'wrong' }] },
      'variants.0.expect',
    ],
    ['a hint without lecture', { ...minimal, hints: [{ ru: 'а', en: 'a' }] }, 'hints.0.lecture'],
    [
      'a hint citing a heading the lecture does not have',
      { ...minimal, hints: [{ ru: 'а', en: 'a', lecture: 'Синхронизация через Condition' }] },
      'hints.0.lecture',
    ],
    [
      'an alternative solution outside the folder',
      { ...minimal, alternatives: [{ file: '../other/reference.py', description: 'x' }] },
      'alternatives.0.file',
    ],
    [
      'an import that is no module name',
      { ...minimal, imports: { allowed: ['os; rm'] } },
      'imports.allowed.0',
    ],
    [
      'an import both allowed and forbidden',
      { ...minimal, imports: { forbidden: ['time'] } },
      'imports.forbidden.0',
    ],
    [
      'a forbidden name with a space',
      { ...minimal, forbiddenNames: ['threading Barrier'] },
      'forbiddenNames.0',
    ],
  ])('rejects %s', (_name, value, path) => {
    expect(issuePaths(exerciseManifest, value)).toEqual([path]);
  });

  it.each([
    ['at the top', { ...minimal, forbidenNames: [] }, ''],
    ['in the limits', { ...minimal, limits: { wallTimeMS: 1 } }, 'limits'],
    [
      'in a variant',
      { ...minimal, variants: [{ ...minimal.variants[0], expects: 'race' }] },
      'variants.0',
    ],
  ])('rejects a misspelt key %s', (_where, value, path) => {
    expect(issuePaths(exerciseManifest, value)).toEqual([path]);
  });
});
