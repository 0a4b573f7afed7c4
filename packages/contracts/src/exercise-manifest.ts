import { z } from 'zod';
import { exerciseId } from './exercise-id.js';
import { failureKind } from './failure-kind.js';
import { lectureHeading } from './lecture-heading.js';
import { localizedShape } from './localized.js';
import { pythonName } from './python-name.js';
import { section } from './section.js';

/** What a solution may import unless its manifest says otherwise (docs/grader-protocol.md). */
export const DEFAULT_ALLOWED_IMPORTS: readonly string[] = [
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
];

// Manifests are written by hand, so objects are strict: a misspelt key ("forbidenNames")
// is an error rather than a setting that silently does nothing.

const limits = z.strictObject({
  wallTimeMs: z.int().min(1).default(20_000),
  cpuTimeS: z.int().min(1).default(20),
  memoryMb: z.int().min(1).default(512),
  processes: z.int().min(1).default(256),
  fileSizeKb: z.int().min(1).default(1024),
  outputKb: z.int().min(1).default(256),
  codeKb: z.int().min(1).default(64),
  // Logical threads the solution may start; policy.json's maxThreads.
  maxThreads: z.int().min(1).default(64),
});

const imports = z
  .strictObject({
    allowed: z.array(pythonName).default(() => [...DEFAULT_ALLOWED_IMPORTS]),
    forbidden: z.array(pythonName).default(() => []),
  })
  .superRefine((value, ctx) => {
    value.forbidden.forEach((name, index) => {
      if (value.allowed.includes(name)) {
        ctx.addIssue({
          code: 'custom',
          path: ['forbidden', index],
          message: `"${name}" is both allowed and forbidden`,
        });
      }
    });
  });

// `lecture`: the heading the hint belongs to, verbatim (lectureHeading lists them).
const hint = z.strictObject({ ...localizedShape, lecture: lectureHeading });

/** A path inside the exercise folder: relative and without `..`, as in "variants/no_lock.py". */
const relativePath = z
  .string()
  .min(1)
  .refine(
    (path) => !path.startsWith('/') && !path.includes('\\') && !path.split('/').includes('..'),
    'expected a relative path inside the exercise folder',
  );

const variant = z.strictObject({
  file: relativePath,
  // The kind of failure the validator expects this buggy variant to be rejected with.
  expect: failureKind,
  description: z.string().min(1),
});

const alternative = z.strictObject({
  file: relativePath,
  // What makes this correct solution differ from the reference (another primitive, style).
  description: z.string().min(1),
});

/** exercise.json, one in every `exercises/<section>/<slug>/` folder. */
export const exerciseManifest = z
  .strictObject({
    id: exerciseId,
    section,
    title: z.strictObject(localizedShape),
    difficulty: z.literal([1, 2, 3]),
    points: z.int().min(1),
    kind: z.enum(['code', 'possible-outputs']).default('code'),
    // prefault, not default: `{}` is parsed, so every limit gets its own default.
    limits: limits.prefault({}),
    imports: imports.prefault({}),
    forbiddenNames: z.array(pythonName).default(() => []),
    hints: z.array(hint).default(() => []),
    variants: z.array(variant).min(1),
    // Other correct solutions (alternatives/*.py): they must pass on every run too, so the
    // checks are proven not to demand the reference's particular style.
    alternatives: z.array(alternative).default(() => []),
  })
  .superRefine((manifest, ctx) => {
    // zod runs this even when `id` failed its own pattern; blame a bad id only once.
    const idIsWellFormed = exerciseId.safeParse(manifest.id).success;
    if (idIsWellFormed && !manifest.id.startsWith(`${manifest.section}/`)) {
      ctx.addIssue({
        code: 'custom',
        path: ['id'],
        message: `id must start with its section "${manifest.section}/"`,
      });
    }
  });
/** A manifest after parsing, defaults filled in. */
export type ExerciseManifest = z.infer<typeof exerciseManifest>;
/** A manifest as written in exercise.json, defaults optional. */
export type ExerciseManifestInput = z.input<typeof exerciseManifest>;
