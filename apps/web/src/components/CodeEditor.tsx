'use client';

import { python } from '@codemirror/lang-python';
import CodeMirror from '@uiw/react-codemirror';
import type { ExerciseKind } from '@threadlab/contracts';

// Made once: a new extension array on every render would rebuild the editor's state.
const PYTHON = [python()];

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
  return (
    <div className="code-editor" data-testid="code-editor">
      <CodeMirror
        value={value}
        onChange={onChange}
        extensions={PYTHON}
        readOnly={readOnly}
        aria-label={label}
        minHeight="18rem"
        maxHeight="36rem"
        basicSetup={{ foldGutter: false, highlightActiveLineGutter: true, autocompletion: false }}
      />
    </div>
  );
}
