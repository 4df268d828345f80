import { expect, type Page } from '@playwright/test';

// The service graph as the dependencies page draws it: its host element says when the layout
// is done and how many nodes and edges it holds.

export const host = (page: Page) => page.locator('.sg__host');

/** A node's shape (what a click or hover hits). */
export const node = (page: Page, id: string) => page.locator(`[data-testid=graph-node][data-id="${id}"] .sg-node__shape`);

export async function graphReady(page: Page, timeout = 30_000): Promise<void> {
  await expect(host(page)).toHaveAttribute('data-layout-state', 'done', { timeout });
}

export async function counts(page: Page): Promise<{ nodes: number; edges: number }> {
  const h = host(page);
  return { nodes: Number(await h.getAttribute('data-nodes')), edges: Number(await h.getAttribute('data-edges')) };
}
