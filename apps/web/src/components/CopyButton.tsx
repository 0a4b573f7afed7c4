'use client';

import { useState } from 'react';

/** Copies a text (a replay token, a command) and says so for a moment. */
export function CopyButton({
  text,
  label,
  doneLabel,
}: {
  text: string;
  label: string;
  doneLabel: string;
}) {
  const [done, setDone] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setDone(true);
      setTimeout(() => setDone(false), 1500);
    } catch {
      // No clipboard (an insecure origin, a denied permission): the text stays selectable.
    }
  };
  return (
    <button type="button" className="button small ghost" onClick={() => void copy()}>
      {done ? doneLabel : label}
    </button>
  );
}
