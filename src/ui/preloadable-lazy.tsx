import { lazy, useState, type ComponentType } from 'react';

export interface PreloadableLazy<P extends object> {
  /** The component: rendered directly once its code has loaded, else through React.lazy. */
  readonly View: ComponentType<P>;
  /** Starts loading its code (once); resolves when it is ready. */
  readonly preload: () => Promise<unknown>;
}

/**
 * React.lazy with a preload. A lazy component suspends on its first render even when its
 * code is already here, and React then holds the Suspense fallback for ~300 ms before
 * revealing the content (its reveal throttle): every first open of a view showed a spinner
 * that long. Once `preload` has finished, the component renders at once, without suspending.
 */
export function preloadableLazy<P extends object>(load: () => Promise<ComponentType<P>>): PreloadableLazy<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = (): Promise<ComponentType<P>> =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined; // a failed chunk load can be tried again (the next render)
        throw error;
      },
    ));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function View(props: P) {
    // Chosen once per mount: switching from Lazy to the loaded component on a later render
    // would be another element type there, and React would remount the view (its state lost).
    const [Chosen] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Chosen {...props} />;
  }
  return { View, preload };
}
