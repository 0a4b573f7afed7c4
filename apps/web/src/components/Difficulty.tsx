import type { Lang } from '../lib/i18n/lang';
import { messagesFor } from '../lib/i18n/messages';

/** One to three filled dots, with the word for screen readers and a tooltip. */
export function Difficulty({ level, lang }: { level: number; lang: Lang }) {
  const t = messagesFor(lang);
  const label = `${t.difficulty}: ${t.difficultyName(level)}`;
  return (
    <span className="difficulty" title={label} aria-label={label} data-level={level}>
      {[1, 2, 3].map((dot) => (
        <span key={dot} className={dot <= level ? 'dot on' : 'dot'} aria-hidden="true" />
      ))}
    </span>
  );
}
