import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RundownItem } from '../../../../app/db/schemas/live-sessions';
import { requireDatabase } from '../../data/database-store';
import { ErrorLine } from '../../shared/ErrorLine';
import { OptionSelect } from '../../shared/OptionSelect';
import { Card } from '../../shared/ui';
import { useAction } from '../../shared/use-action';
import { useLiveStore } from './live-store';
import { createLiveSession } from './rundown-service';

const blankLine = (): RundownItem => ({ productId: '', plannedMinutes: 5 });

/** Plans a live: a title and the products in order, each with its planned minutes. */
export function RundownPlanner() {
  const { t } = useTranslation();
  const products = useLiveStore((state) => state.products);
  const [title, setTitle] = useState('');
  const [lines, setLines] = useState<RundownItem[]>([blankLine()]);
  const { run, error, busy } = useAction();
  const options = products.map((product) => ({ value: product.id, label: product.name }));
  const total = lines.reduce((sum, line) => sum + line.plannedMinutes, 0);

  const update = (index: number, patch: Partial<RundownItem>) =>
    setLines((current) => current.map((line, at) => (at === index ? { ...line, ...patch } : line)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const chosen = lines.filter((line) => line.productId !== '');
      await createLiveSession(requireDatabase(), title.trim() || t('live.rundown.untitled'), chosen);
      setTitle('');
      setLines([blankLine()]);
    });
  };

  return (
    <Card title={t('live.rundown.plan')}>
      <form onSubmit={submit} data-testid="rundown-planner">
        <div className="row">
          <input
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            placeholder={t('live.rundown.titlePlaceholder')}
            aria-label={t('live.rundown.title')}
            data-testid="rundown-title"
            maxLength={100}
          />
        </div>
        {lines.map((line, index) => (
          <div className="row" key={index}>
            <span className="num">{index + 1}号</span>
            <OptionSelect
              value={line.productId}
              onChange={(productId) => update(index, { productId })}
              options={options}
              none={t('live.rundown.pickProduct')}
              label={t('live.rundown.product')}
              testId={`rundown-product-${index}`}
            />
            <label>
              <input
                type="number"
                min={1}
                max={180}
                value={line.plannedMinutes}
                onChange={(event) => update(index, { plannedMinutes: Number(event.target.value) })}
                style={{ width: 64 }}
                data-testid={`rundown-minutes-${index}`}
              />{' '}
              {t('live.rundown.minutes')}
            </label>
            <button
              type="button"
              onClick={() => setLines((current) => current.filter((_, at) => at !== index))}
              disabled={lines.length === 1}
            >
              {t('live.rundown.remove')}
            </button>
          </div>
        ))}
        <div className="row">
          <button
            type="button"
            onClick={() => setLines((current) => [...current, blankLine()])}
            data-testid="rundown-add"
          >
            {t('live.rundown.add')}
          </button>
          <span className="muted">{t('live.rundown.total', { minutes: total })}</span>
          <button className="primary" disabled={busy} data-testid="rundown-create">
            {t('live.rundown.create')}
          </button>
        </div>
        <ErrorLine message={error} />
      </form>
    </Card>
  );
}
