import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TagDictionary } from '../../../../app/text/tag-dictionary';
import { requireDatabase } from '../../data/database-store';
import { ErrorLine } from '../../shared/ErrorLine';
import { useAction } from '../../shared/use-action';
import { loadTagDictionary, saveTagDictionary } from './member-service';

const toText = (dictionary: TagDictionary) =>
  dictionary.map((rule) => `${rule.tag}: ${rule.keywords.join(', ')}`).join('\n');

/** "tag: keyword, keyword" per line; full-width colons and commas are accepted, as owners type them. */
export function parseDictionaryText(text: string): TagDictionary {
  return text
    .split('\n')
    .map((line) => line.split(/[:：]/))
    .filter((parts): parts is [string, string] => parts.length === 2 && (parts[0]?.trim() ?? '') !== '')
    .map(([tag, keywords]) => ({
      tag: tag.trim(),
      keywords: keywords
        .split(/[,，、]/)
        .map((word) => word.trim())
        .filter(Boolean),
    }));
}

export function TagDictionaryEditor() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [saved, setSaved] = useState(false);
  const { run, error } = useAction();
  useEffect(() => {
    void loadTagDictionary(requireDatabase()).then((dictionary) => setText(toText(dictionary)));
  }, []);
  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(false);
        void run(async () => {
          await saveTagDictionary(requireDatabase(), parseDictionaryText(text));
          setSaved(true);
        });
      }}
    >
      <p className="muted">{t('members.dictionary.help')}</p>
      <textarea
        rows={8}
        value={text}
        onChange={(event) => setText(event.target.value)}
        data-testid="tag-dictionary"
      />
      <button type="submit" className="primary" data-testid="save-dictionary">
        {t('members.dictionary.save')}
      </button>
      {saved && <span role="status">{t('members.dictionary.saved')}</span>}
      <ErrorLine message={error} />
    </form>
  );
}
