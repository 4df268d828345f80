import { memo, useMemo } from 'react';
import { attrText } from '../../model/attributes';
import type { Attribute } from '../../model/types';
import { CopyButton } from './copy-button';

/** Attributes sorted by key, values as text (typed: the type is shown, never markup). */
export const AttributeTable = memo(function AttributeTable({
  attributes,
  testId,
}: {
  attributes: readonly Attribute[];
  testId?: string;
}) {
  const sorted = useMemo(
    () =>
      attributes
        .map((a) => ({ key: a.key, type: a.value.type, text: attrText(a.value) }))
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    [attributes],
  );
  if (sorted.length === 0) return <p className="sd-empty">None</p>;
  return (
    <table className="sd-attrs" data-testid={testId}>
      <tbody>
        {sorted.map((a, i) => (
          <tr key={`${a.key}\u0000${i}`}>
            <th scope="row" title={a.key}>
              {a.key}
            </th>
            <td>
              <span className={`sd-value sd-value-${a.type}`}>{a.text}</span>
              {a.type !== 'string' && <span className="sd-type">{a.type}</span>}
              <CopyButton text={a.text} label={`Copy the value of ${a.key}`} className="sd-attr-copy" />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
});
