/** One figure of the trace header's stats row (inside its `<dl>`). */
export function HeaderStat(props: { label: string; value: string; tone?: 'danger' | undefined; testId?: string }) {
  return (
    <div className={`th-stat${props.tone ? ` is-${props.tone}` : ''}`}>
      <dt>{props.label}</dt>
      <dd data-testid={props.testId}>{props.value}</dd>
    </div>
  );
}
