'use client';

import dynamic from 'next/dynamic';
import type { ExerciseKind } from '@threadlab/contracts';

/**
 * CodeMirror is fetched after the page shows (about half of the exercise page's
 * JavaScript): until then the code stands read-only in the editor's place, so a phone on a
 * slow network reads the statement and the starter at once.
 */
const PythonEditor = dynamic(() => import('./PythonEditor'), {
  ssr: false,
  loading: () => <div className="code-editor code-editor-loading" aria-busy="true" />,
});

/**
 * The solution editor: CodeMirror with Python highlighting for code exercises, a plain text
 * area for possible-outputs answers (lines of program output, nothing to highlight).
 */
export function CodeEditor({
  kind,
  value,
  onChange,
  label,
  readOnly = false,
}: {
  kind: ExerciseKind;
  value: string;
  onChange: (value: string) => void;
  label: string;
  readOnly?: boolean;
}) {
  if (kind === 'possible-outputs') {
    return (
      <textarea
        className="answer-editor"
        data-testid="code-editor"
        aria-label={label}
        value={value}
        spellCheck={false}
        readOnly={readOnly}
        rows={12}
        onChange={(event) => onChange(event.target.value)}
      />
    );
  }
  return <PythonEditor value={value} onChange={onChange} label={label} readOnly={readOnly} />;
}
