import { useState, type FormEvent } from 'react';
import './search.css';
import type { Capabilities } from '../../adapters/contract';
import { useOperations, useServices } from '../../state/server/search-query';
import {
  LOOKBACK_PRESETS,
  MAX_LIMIT,
  toSearchQuery,
  withTimeWindow,
  type SearchUrlState,
} from '../../state/url/search-codec';
import { localInputToMicros, microsToLocalInput } from './time-input';
import { SourcePicker } from './source-picker';

const LOOKBACK_LABELS: Readonly<Record<string, string>> = {
  '15m': 'Last 15 minutes',
  '1h': 'Last hour',
  '6h': 'Last 6 hours',
  '24h': 'Last 24 hours',
  '2d': 'Last 2 days',
  '7d': 'Last 7 days',
  custom: 'Custom range',
};

interface SearchFormProps {
  readonly sourceId: string;
  readonly capabilities: Capabilities;
  /** Jaeger's query API searches one service at a time (as Jaeger UI's form requires). */
  readonly serviceRequired: boolean;
  /** The state in the URL; the form edits a draft of it until submitted. */
  readonly initial: SearchUrlState;
  readonly onSubmit: (state: SearchUrlState) => void;
}

/** The search form (Jaeger UI's fields), showing only what the source can filter on. */
export function SearchForm({ sourceId, capabilities, serviceRequired, initial, onSubmit }: SearchFormProps) {
  const [draft, setDraft] = useState<SearchUrlState>(initial);
  const [problem, setProblem] = useState<{ field: string; error: string } | null>(null);
  const services = useServices(sourceId);
  const operations = useOperations(sourceId, capabilities.operations ? draft.service : null);
  const set = (patch: Partial<SearchUrlState>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setProblem(null);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (serviceRequired && !draft.service) {
      setProblem({ field: 'service', error: 'Pick a service: this source searches one service at a time.' });
      return;
    }
    const fixed = withTimeWindow(draft, Date.now() * 1000);
    const checked = toSearchQuery(fixed);
    if (!checked.ok) {
      setProblem({ field: checked.field, error: checked.error });
      return;
    }
    onSubmit(fixed);
  };

  const lookbacks: string[] = [...LOOKBACK_PRESETS];
  if (!lookbacks.includes(draft.lookback) && draft.lookback !== 'custom') lookbacks.push(draft.lookback);
  lookbacks.push('custom');
  const invalid = (field: string) => problem?.field === field;
  const serviceNames = services.data ?? [];

  return (
    <form className="search-form" onSubmit={submit} data-testid="search-form" noValidate>
      <SourcePicker />
      <label className="field">
        <span className="field__label">Service</span>
        <select
          className="select"
          value={draft.service ?? ''}
          aria-invalid={invalid('service')}
          data-testid="service-select"
          onChange={(e) => set({ service: e.target.value || null, operation: null })}
        >
          <option value="">{services.isPending ? 'Loading services…' : serviceRequired ? 'Pick a service' : 'All services'}</option>
          {serviceNames.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
          {draft.service && !serviceNames.includes(draft.service) ? (
            <option value={draft.service}>{draft.service}</option>
          ) : null}
        </select>
        {services.isError ? <span className="field__note field__note--error">Could not load services</span> : null}
      </label>
      {capabilities.operations ? (
        <label className="field">
          <span className="field__label">Operation</span>
          <select
            className="select"
            value={draft.operation ?? ''}
            disabled={!draft.service}
            data-testid="operation-select"
            onChange={(e) => set({ operation: e.target.value || null })}
          >
            <option value="">{draft.service ? 'All operations' : 'Pick a service first'}</option>
            {(operations.data ?? []).map((o) => (
              <option key={o.name} value={o.name}>
                {o.name}
              </option>
            ))}
            {draft.operation && !(operations.data ?? []).some((o) => o.name === draft.operation) ? (
              <option value={draft.operation}>{draft.operation}</option>
            ) : null}
          </select>
        </label>
      ) : null}
      {capabilities.tagFilters ? (
        <label className="field">
          <span className="field__label">Attributes</span>
          <input
            className="input mono"
            value={draft.tags}
            placeholder='http.status_code=500 error=true'
            aria-invalid={invalid('tags')}
            data-testid="tags-input"
            onChange={(e) => set({ tags: e.target.value })}
          />
          <span className="field__note">logfmt: key=value, quote values with spaces</span>
        </label>
      ) : null}
      {capabilities.durationFilters ? (
        <div className="field-row">
          <label className="field">
            <span className="field__label">Min duration</span>
            <input
              className="input"
              value={draft.minDuration}
              placeholder="e.g. 100ms"
              aria-invalid={invalid('minDuration')}
              data-testid="min-duration-input"
              onChange={(e) => set({ minDuration: e.target.value })}
            />
          </label>
          <label className="field">
            <span className="field__label">Max duration</span>
            <input
              className="input"
              value={draft.maxDuration}
              placeholder="e.g. 1.5s"
              aria-invalid={invalid('maxDuration')}
              data-testid="max-duration-input"
              onChange={(e) => set({ maxDuration: e.target.value })}
            />
          </label>
        </div>
      ) : null}
      <label className="field">
        <span className="field__label">Time range</span>
        <select
          className="select"
          value={draft.lookback}
          data-testid="lookback-select"
          onChange={(e) => {
            const lookback = e.target.value;
            if (lookback !== 'custom') return set({ lookback });
            // Start a custom range from the window last searched, or the last hour.
            const end = draft.endUs ?? Date.now() * 1000;
            set({ lookback, endUs: end, startUs: draft.startUs ?? end - 3600e6 });
          }}
        >
          {lookbacks.map((l) => (
            <option key={l} value={l}>
              {LOOKBACK_LABELS[l] ?? `Last ${l}`}
            </option>
          ))}
        </select>
      </label>
      {draft.lookback === 'custom' ? (
        <div className="field-stack">
          <label className="field">
            <span className="field__label">Start</span>
            <input
              className="input"
              type="datetime-local"
              value={microsToLocalInput(draft.startUs)}
              aria-invalid={invalid('startUs')}
              data-testid="start-input"
              onChange={(e) => set({ startUs: localInputToMicros(e.target.value) })}
            />
          </label>
          <label className="field">
            <span className="field__label">End</span>
            <input
              className="input"
              type="datetime-local"
              value={microsToLocalInput(draft.endUs)}
              aria-invalid={invalid('endUs')}
              data-testid="end-input"
              onChange={(e) => set({ endUs: localInputToMicros(e.target.value) })}
            />
          </label>
        </div>
      ) : null}
      <label className="field field--narrow">
        <span className="field__label">Limit</span>
        <input
          className="input"
          type="number"
          min={1}
          max={MAX_LIMIT}
          value={draft.limit}
          data-testid="limit-input"
          onChange={(e) => set({ limit: Math.min(MAX_LIMIT, Math.max(1, Number(e.target.value) || 1)) })}
        />
      </label>
      {problem ? (
        <p className="search-form__problem" role="alert" data-testid="form-problem">
          {problem.error}
        </p>
      ) : null}
      <button type="submit" className="button button--primary search-form__submit" disabled={!capabilities.search} data-testid="find-traces">
        Find traces
      </button>
      {!capabilities.search ? <p className="field__note">This source cannot search; open a trace by id.</p> : null}
    </form>
  );
}
