// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { Suspense, useState, type ComponentType } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { preloadableLazy } from './preloadable-lazy';

const Hello = ({ name }: { name: string }) => <p>hello {name}</p>;

function page(View: ComponentType<{ name: string }>) {
  return (
    <Suspense fallback={<p>loading</p>}>
      <View name="ada" />
    </Suspense>
  );
}

describe('preloadableLazy', () => {
  afterEach(cleanup);

  it('renders at once, without the fallback, once preloaded', async () => {
    let loads = 0;
    const lazyHello = preloadableLazy(() => {
      loads++;
      return Promise.resolve(Hello);
    });
    await lazyHello.preload();
    await lazyHello.preload();
    render(page(lazyHello.View));
    expect(screen.getByText('hello ada')).toBeTruthy();
    expect(screen.queryByText('loading')).toBeNull();
    expect(loads).toBe(1);
  });

  it('suspends like React.lazy when not preloaded, then shows the component', async () => {
    let resolve: (c: typeof Hello) => void = () => undefined;
    const lazyHello = preloadableLazy(() => new Promise<typeof Hello>((r) => (resolve = r)));
    render(page(lazyHello.View));
    expect(screen.getByText('loading')).toBeTruthy();
    await act(async () => resolve(Hello));
    expect(await screen.findByText('hello ada')).toBeTruthy();
  });

  it('loads again after a failed load', async () => {
    let attempt = 0;
    const lazyHello = preloadableLazy(() => (++attempt === 1 ? Promise.reject(new Error('chunk failed')) : Promise.resolve(Hello)));
    await expect(lazyHello.preload()).rejects.toThrow('chunk failed');
    await lazyHello.preload();
    render(page(lazyHello.View));
    expect(screen.getByText('hello ada')).toBeTruthy();
  });

  it('keeps the view it mounted when its code arrives and the page renders again (no remount, no lost state)', async () => {
    let resolve: (c: typeof Counter) => void = () => undefined;
    let mounts = 0;
    function Counter({ name }: { name: string }) {
      const [id] = useState(() => ++mounts);
      return <p>{`${name} #${id}`}</p>;
    }
    const lazyCounter = preloadableLazy(() => new Promise<typeof Counter>((r) => (resolve = r)));
    const { rerender } = render(page(lazyCounter.View));
    await act(async () => resolve(Counter));
    expect(await screen.findByText('ada #1')).toBeTruthy();
    rerender(
      <Suspense fallback={<p>loading</p>}>
        <lazyCounter.View name="grace" />
      </Suspense>,
    );
    expect(screen.getByText('grace #1')).toBeTruthy();
    expect(mounts).toBe(1);
  });
});
