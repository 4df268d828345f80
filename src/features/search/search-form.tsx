import { useEffect, useState, type FormEvent } from 'react';
import './search.css';
import type { Capabilities } from '../../adapters/contract';
import { printQuery } from '../../query-lang/print';
import { useOperations, useServices } from '../../state/server/search-query';
import { formToQuery, type FormField, type QueryFormFields } from '../../state/url/query-form';
import { LOOKBACK_PRESETS, MAX_LIMIT, type SearchUrlState } from '../../state/url/search-codec';
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

export type SearchWindowDraft = Pick<SearchUrlState, 'lookback' | 'startUs' | 'endUs' | 'limit'>;

interface SearchFormProps {
  readonly sourceId: string;
  readonly capabilities: Capabilities;
  /** The query as form fields; null when the form cannot show it (see `lockedReason`). */
  readonly fields: QueryFormFields | null;
  /** Why the fields are read-only ("query too complex for the form"…), or null. */
  readonly lockedReason: string | null;
  /** Called with fields that make a valid query (the page rewrites the query box from them). */
  readonly onFieldsChange: (fields: QueryFormFields) => void;
  readonly window: SearchWindowDraft;
  readonly onWindowChange: (patch: Partial<SearchWindowDraft>) => void;
  /** Why the last "Find traces" did not search (a query error, a missing service…). */
  readonly problem: string | null;
  readonly onSubmit: () => void;
}

const EMPTY_TEXT = { tags: '', minDuration: '', maxDuration: '' };
type FieldTexts = typeof EMPTY_TEXT;

const printed = (f: QueryFormFields): string | null => {
  const r = formToQuery(f);
  return r.ok ? printQuery(r.query) : null;
};

/**
 * The search form (Jaeger UI's fields), one view of the query in the query box: editing a
 * field rewrites the query, and a query the form can say fills the fields. The free-text
 * fields keep what is typed until it reads (a half-typed `100` is not yet a duration).
 */
export function SearchForm(props: SearchFormProps) {
  const { sourceId, capabilities, fields, lockedReason, onFieldsChange, window, onWindowChange, problem, onSubmit } = props;
  const locked = fields === null;
  const shown = fields ?? { service: null, operation: null, ...EMPTY_TEXT };
  const [texts, setTexts] = useState<FieldTexts>({ tags: shown.tags, minDuration: shown.minDuration, maxDuration: shown.maxDuration });
  const [fieldProblem, setFieldProblem] = useState<{ field: FormField; error: string } | null>(null);
  const services = useServices(sourceId);
  const operations = useOperations(sourceId, capabilities.operations ? shown.service : null);

  // The query changed elsewhere (the box): show it, unless the typed texts already say it.
  useEffect(() => {
    if (!fields) return;
    setTexts((current) => {
      const mine = printed({ ...fields, ...current });
      const theirs = printed(fields);
      return mine !== null && mine === theirs ? current : { tags: fields.tags, minDuration: fields.minDuration, maxDuration: fields.maxDuration };
    });
  }, [fields]);

  const change = (patch: Partial<QueryFormFields>) => {
    const nextTexts = { ...texts, ...pickTexts(patch) };
    setTexts(nextTexts);
    const next: QueryFormFields = { ...shown, ...nextTexts, ...patch };
    const r = formToQuery(next);
    if (!r.ok) {
      setFieldProblem({ field: r.field, error: r.error });
      return;
    }
    setFieldProblem(null);
    onFieldsChange(next);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (fieldProblem) return;
    onSubmit();
  };

  const lookbacks: string[] = [...LOOKBACK_PRESETS];
  if (!lookbacks.includes(window.lookback) && window.lookback !== 'custom') lookbacks.push(window.lookback);
  lookbacks.push('custom');
  const invalid = (field: FormField) => fieldProblem?.field === field;
  const serviceNames = services.data ?? [];
  const shownProblem = fieldProblem?.error ?? problem;

  return (
    <form className="search-form" onSubmit={submit} data-testid="search-form" noValidate>
      <SourcePicker />
      <fieldset className="search-form__fields" disabled={locked} data-testid="form-fields">
        {lockedReason ? (
          <p className="search-form__locked" data-testid="form-locked">
            {lockedReason}
          </p>
        ) : null}
        <label className="field">
          <span className="field__label">Service</span>
          <select
            className="select"
            value={shown.service ?? ''}
            data-testid="service-select"
            onChange={(e) => change({ service: e.target.value || null, operation: null })}
          >
            <option value="">{services.isPending ? 'Loading services…' : 'All services'}</option>
            {serviceNames.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
            {shown.service && !serviceNames.includes(shown.service) ? <option value={shown.service}>{shown.service}</option> : null}
          </select>
          {services.isError ? <span className="field__note field__note--error">Could not load services</span> : null}
        </label>
        {capabilities.operations ? (
          <label className="field">
            <span className="field__label">Operation</span>
            <select
              className="select"
              value={shown.operation ?? ''}
              disabled={!shown.service && !shown.operation}
              data-testid="operation-select"
              onChange={(e) => change({ operation: e.target.value || null })}
            >
              <option value="">{shown.service ? 'All operations' : 'Pick a service first'}</option>
              {(operations.data ?? []).map((o) => (
                <option key={o.name} value={o.name}>
                  {o.name}
                </option>
              ))}
              {shown.operation && !(operations.data ?? []).some((o) => o.name === shown.operation) ? (
                <option value={shown.operation}>{shown.operation}</option>
              ) : null}
            </select>
          </label>
        ) : null}
        {capabilities.tagFilters ? (
          <label className="field">
            <span className="field__label">Attributes</span>
            <input
              className="input mono"
              value={locked ? '' : texts.tags}
              placeholder="http.status_code=500 error=true"
              aria-invalid={invalid('tags')}
              data-testid="tags-input"
              onChange={(e) => change({ tags: e.target.value })}
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
                value={locked ? '' : texts.minDuration}
                placeholder="e.g. 100ms"
                aria-invalid={invalid('minDuration')}
                data-testid="min-duration-input"
                onChange={(e) => change({ minDuration: e.target.value })}
              />
            </label>
            <label className="field">
              <span className="field__label">Max duration</span>
              <input
                className="input"
                value={locked ? '' : texts.maxDuration}
                placeholder="e.g. 1.5s"
                aria-invalid={invalid('maxDuration')}
                data-testid="max-duration-input"
                onChange={(e) => change({ maxDuration: e.target.value })}
              />
            </label>
          </div>
        ) : null}
      </fieldset>
      <label className="field">
        <span className="field__label">Time range</span>
        <select
          className="select"
          value={window.lookback}
          data-testid="lookback-select"
          onChange={(e) => {
            const lookback = e.target.value;
            if (lookback !== 'custom') return onWindowChange({ lookback });
            // Start a custom range from the window last searched, or the last hour.
            const end = window.endUs ?? Date.now() * 1000;
            onWindowChange({ lookback, endUs: end, startUs: window.startUs ?? end - 3600e6 });
          }}
        >
          {lookbacks.map((l) => (
            <option key={l} value={l}>
              {LOOKBACK_LABELS[l] ?? `Last ${l}`}
            </option>
          ))}
        </select>
      </label>
      {window.lookback === 'custom' ? (
        <div className="field-stack">
          <label className="field">
            <span className="field__label">Start</span>
            <input
              className="input"
              type="datetime-local"
              value={microsToLocalInput(window.startUs)}
              data-testid="start-input"
              onChange={(e) => onWindowChange({ startUs: localInputToMicros(e.target.value) })}
            />
          </label>
          <label className="field">
            <span className="field__label">End</span>
            <input
              className="input"
              type="datetime-local"
              value={microsToLocalInput(window.endUs)}
              data-testid="end-input"
              onChange={(e) => onWindowChange({ endUs: localInputToMicros(e.target.value) })}
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
          value={window.limit}
          data-testid="limit-input"
          onChange={(e) => onWindowChange({ limit: Math.min(MAX_LIMIT, Math.max(1, Number(e.target.value) || 1)) })}
        />
      </label>
      {shownProblem ? (
        <p className="search-form__problem" role="alert" data-testid="form-problem">
          {shownProblem}
        </p>
      ) : null}
      <button type="submit" className="button button--primary search-form__submit" disabled={!capabilities.search} data-testid="find-traces">
        Find traces
      </button>
      {!capabilities.search ? <p className="field__note">This source cannot search; open a trace by id.</p> : null}
    </form>
  );
}

function pickTexts(patch: Partial<QueryFormFields>): Partial<FieldTexts> {
  const out: { -readonly [K in keyof FieldTexts]?: string } = {};
  if (patch.tags !== undefined) out.tags = patch.tags;
  if (patch.minDuration !== undefined) out.minDuration = patch.minDuration;
  if (patch.maxDuration !== undefined) out.maxDuration = patch.maxDuration;
  return out;
}
