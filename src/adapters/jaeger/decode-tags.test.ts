import { describe, expect, it } from 'vitest';
import { DecodeError } from '../../model/span-input';
import { decodeTags } from './decode-tags';

describe('decodeTags', () => {
  it('reads own fields only, whatever the prototype', () => {
    const bare = Object.assign(Object.create(null) as object, { key: 'a', type: 'int64', value: '7' });
    expect(decodeTags([bare, { key: 'b', value: true }], 'tags')).toEqual([
      { key: 'a', value: { type: 'int', value: 7 } },
      { key: 'b', value: { type: 'bool', value: true } },
    ]);
    const inherited = Object.create({ key: 'k', type: 'string', value: 'v' }) as object;
    expect(() => decodeTags([inherited], 'spans[0].tags')).toThrow(new DecodeError('missing "key"', 'spans[0].tags[0]'));
  });

  it('builds the path of a bad tag only when it reports it', () => {
    expect(() => decodeTags([{ key: 'a', value: 1 }, { key: 'b', value: {} }], 'data[0].spans[2].tags')).toThrow(
      'expected a tag value, found an object (at data[0].spans[2].tags[1].value)',
    );
    expect(() => decodeTags([{ key: 3 }], 't')).toThrow('expected a string, found a number (at t[0].key)');
    expect(() => decodeTags([null], 't')).toThrow('expected a tag {key, type, value}, found null (at t[0])');
  });
});
