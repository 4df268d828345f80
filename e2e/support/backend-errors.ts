import type { Page } from '@playwright/test';

/** The failure modes every backend adapter must explain. */
export type BackendFailure = 'refused' | 'not-found' | 'server' | 'garbage';

/** Answers every request to `backends/<id>/` with one kind of failure. */
export async function failBackend(page: Page, id: string, failure: BackendFailure): Promise<void> {
  await page.route(`**/backends/${id}/**`, (route) => {
    switch (failure) {
      case 'refused':
        return route.abort('connectionrefused');
      case 'not-found':
        return route.fulfill({ status: 404, contentType: 'text/plain', body: '404 page not found' });
      case 'server':
        return route.fulfill({ status: 500, contentType: 'text/plain', body: 'storage backend exploded: disk full' });
      case 'garbage':
        return route.fulfill({ status: 200, contentType: 'application/json', body: '<html><body>Sign in to continue</body></html>' });
    }
  });
}
