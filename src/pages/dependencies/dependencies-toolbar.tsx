import { useEffect, useState, type FormEvent, type KeyboardEvent } from 'react';
import { LOOKBACK_PRESETS } from '../../state/url/search-codec';
import { MAX_HOPS, SAMPLE_SIZES, type DependenciesUrlState, type GraphLayout } from '../../state/url/dependencies-codec';

interface ToolbarProps {
  readonly state: DependenciesUrlState;
  readonly derive: boolean;
  /** The source has a dependency API, so "derive from traces" is a choice. */
  readonly canUseBackend: boolean;
  readonly services: readonly string[];
  readonly onChange: (next: Partial<DependenciesUrlState>) => void;
  readonly onRefresh: () => void;
  readonly onFind: (service: string) => void;
}

/** Time range, data source, layout, focus and find: everything the URL keeps, plus find. */
export function DependenciesToolbar({ state, derive: fromUrl, canUseBackend, services, onChange, onRefresh, onFind }: ToolbarProps) {
  // The URL is written in a transition; show the click at once and follow the URL after.
  const [derive, setDerive] = useState(fromUrl);
  useEffect(() => setDerive(fromUrl), [fromUrl]);
  const [focusText, setFocusText] = useState(state.focus ?? '');
  const [findText, setFindText] = useState('');
  const lookbacks: string[] = [...LOOKBACK_PRESETS];
  if (!lookbacks.includes(state.lookback)) lookbacks.push(state.lookback);

  const submitFocus = (event: FormEvent | KeyboardEvent) => {
    event.preventDefault();
    onChange({ focus: focusText.trim() || null });
  };
  const submitFind = (event: FormEvent | KeyboardEvent) => {
    event.preventDefault();
    if (findText.trim()) onFind(findText.trim());
  };

  return (
    <div className="deps-toolbar" role="toolbar" aria-label="Graph controls">
      <label className="deps-field">
        <span>Time</span>
        <select
          className="select"
          data-testid="deps-lookback"
          value={state.lookback}
          onChange={(e) => onChange({ lookback: e.target.value, startUs: null, endUs: null })}
        >
          {lookbacks.map((l) => (
            <option key={l} value={l}>
              {l === 'custom' ? 'custom range' : `last ${l}`}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button" onClick={onRefresh} title="Fetch again, up to now">
        Refresh
      </button>

      <fieldset className="deps-segment">
        <legend className="visually-hidden">Data</legend>
        {canUseBackend ? (
          <label title="Derive the graph in the browser from a sample of traces (adds latency and databases, queues, external peers)">
            <input
              type="checkbox"
              data-testid="deps-derive"
              checked={derive}
              onChange={(e) => {
                setDerive(e.target.checked);
                onChange({ derive: e.target.checked });
              }}
            />{' '}
            Derive from traces
          </label>
        ) : null}
        {derive ? (
          <label className="deps-field">
            <span>Sample</span>
            <select
              className="select"
              data-testid="deps-sample"
              value={state.sample}
              onChange={(e) => onChange({ sample: Number(e.target.value) })}
            >
              {[...new Set([...SAMPLE_SIZES, state.sample])].sort((a, b) => a - b).map((n) => (
                <option key={n} value={n}>
                  {n} traces
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </fieldset>

      <fieldset className="deps-segment" data-testid="deps-layout">
        <legend className="visually-hidden">Layout</legend>
        {(['force', 'layered'] as GraphLayout[]).map((l) => (
          <label key={l} className={`deps-radio ${state.layout === l ? 'deps-radio--on' : ''}`}>
            <input type="radio" name="deps-layout" value={l} checked={state.layout === l} onChange={() => onChange({ layout: l })} />
            {l === 'force' ? 'Force' : 'Layered'}
          </label>
        ))}
      </fieldset>

      <form className="deps-segment" onSubmit={submitFocus} aria-label="Focus">
        <label className="deps-field">
          <span>Focus</span>
          <input
            className="input deps-service-input"
            data-testid="deps-focus"
            list="deps-services"
            placeholder="service"
            value={focusText}
            onChange={(e) => {
              setFocusText(e.target.value);
              // Picking a suggestion (or typing a whole name) applies it at once.
              if (services.includes(e.target.value.trim())) onChange({ focus: e.target.value.trim() });
            }}
            // Enter on an input with a datalist picks a suggestion instead of submitting.
            onKeyDown={(e) => e.key === 'Enter' && submitFocus(e)}
            onBlur={() => (focusText.trim() || null) !== state.focus && onChange({ focus: focusText.trim() || null })}
          />
        </label>
        <label className="deps-field" title="Hops of callers to show">
          <span>Up</span>
          <input
            className="input deps-hops"
            type="number"
            min={0}
            max={MAX_HOPS}
            data-testid="deps-up"
            value={state.up}
            disabled={!state.focus}
            onChange={(e) => onChange({ up: clampHops(e.target.value) })}
          />
        </label>
        <label className="deps-field" title="Hops of callees to show">
          <span>Down</span>
          <input
            className="input deps-hops"
            type="number"
            min={0}
            max={MAX_HOPS}
            data-testid="deps-down"
            value={state.down}
            disabled={!state.focus}
            onChange={(e) => onChange({ down: clampHops(e.target.value) })}
          />
        </label>
        {state.focus ? (
          <button
            type="button"
            className="button button--ghost"
            onClick={() => {
              setFocusText('');
              onChange({ focus: null });
            }}
          >
            Clear
          </button>
        ) : null}
      </form>

      <form className="deps-segment" onSubmit={submitFind} role="search" aria-label="Find a service">
        <input
          className="input deps-service-input"
          data-testid="deps-find"
          list="deps-services"
          placeholder="Find service…"
          value={findText}
          onChange={(e) => setFindText(e.target.value)}
        />
      </form>
      <datalist id="deps-services">
        {services.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
    </div>
  );
}

function clampHops(raw: string): number {
  const n = Math.floor(Number(raw));
  return Number.isFinite(n) ? Math.max(0, Math.min(MAX_HOPS, n)) : 0;
}
