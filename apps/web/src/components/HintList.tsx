import type { ExerciseHint } from '@threadlab/contracts';
import type { Lang } from '../lib/i18n/lang';
import { messagesFor } from '../lib/i18n/messages';
import { Markdown } from './Markdown';

/** Hints, folded until asked for; each names the lecture heading it comes from. */
export function HintList({ hints, lang }: { hints: readonly ExerciseHint[]; lang: Lang }) {
  const t = messagesFor(lang);
  if (hints.length === 0) return null;
  return (
    <section className="hints">
      <h2>{t.hints}</h2>
      {hints.map((hint, index) => (
        <details key={index} className="hint" data-testid="hint">
          <summary>
            {t.hint(index + 1)} <span className="muted small">· «{hint.lecture}»</span>
          </summary>
          <Markdown source={hint[lang]} />
          <p className="muted small">
            {t.lecture}: «{hint.lecture}»
          </p>
        </details>
      ))}
    </section>
  );
}
