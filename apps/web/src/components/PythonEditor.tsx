'use client';

import { python } from '@codemirror/lang-python';
import CodeMirror from '@uiw/react-codemirror';

// Made once: a new extension array on every render would rebuild the editor's state.
const PYTHON = [python()];

/** CodeMirror with Python highlighting; loaded on demand by CodeEditor (it is most of the page's JS). */
export default function PythonEditor({
  value,
  onChange,
  label,
  readOnly,
}: {
  value: string;
  onChange: (value: string) => void;
  label: string;
  readOnly: boolean;
}) {
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
