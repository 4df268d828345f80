import { expect, type Locator, type Page } from '@playwright/test';

/** The search page: form on the left, scatter plot and results on the right. */
export class SearchPageObject {
  readonly form: Locator;
  readonly service: Locator;
  readonly operation: Locator;
  readonly tags: Locator;
  readonly minDuration: Locator;
  readonly maxDuration: Locator;
  readonly lookback: Locator;
  readonly limit: Locator;
  readonly submit: Locator;
  readonly results: Locator;
  readonly resultCount: Locator;
  readonly sort: Locator;
  readonly dots: Locator;
  readonly empty: Locator;
  readonly errorPanel: Locator;
  readonly formProblem: Locator;
  readonly query: Locator;
  readonly querySubmit: Locator;
  readonly queryError: Locator;
  readonly suggestions: Locator;
  readonly notes: Locator;
  readonly nativeQuery: Locator;
  readonly formLocked: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByTestId('search-form');
    this.service = page.getByTestId('service-select');
    this.operation = page.getByTestId('operation-select');
    this.tags = page.getByTestId('tags-input');
    this.minDuration = page.getByTestId('min-duration-input');
    this.maxDuration = page.getByTestId('max-duration-input');
    this.lookback = page.getByTestId('lookback-select');
    this.limit = page.getByTestId('limit-input');
    this.submit = page.getByTestId('find-traces');
    this.results = page.getByTestId('trace-result');
    this.resultCount = page.getByTestId('result-count');
    this.sort = page.getByTestId('sort-select');
    this.dots = page.getByTestId('scatter-dot');
    this.empty = page.getByTestId('empty-state');
    this.errorPanel = page.getByTestId('error-panel');
    this.formProblem = page.getByTestId('form-problem');
    this.query = page.getByTestId('query-input');
    this.querySubmit = page.getByTestId('query-submit');
    this.queryError = page.getByTestId('query-error');
    this.suggestions = page.getByTestId('query-suggestion');
    this.notes = page.getByTestId('search-notes');
    this.nativeQuery = page.getByTestId('native-query');
    this.formLocked = page.getByTestId('form-locked');
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(`search${query ? `?${query}` : ''}`);
    await expect(this.form).toBeVisible();
  }

  /** Waits for the service list to hold `name`, then picks it. */
  async pickService(name: string): Promise<void> {
    await expect(this.service.locator('option', { hasText: name }).first()).toBeAttached();
    await this.service.selectOption(name);
  }

  /** Replaces the query box's text and runs the search with Enter (no suggestion picked). */
  async search(text: string): Promise<void> {
    await this.query.fill(text);
    await this.query.press('Escape');
    await this.query.press('Enter');
  }

  async find(): Promise<void> {
    await this.submit.click();
  }

  /** The durations shown in the list, in µs-free text form ("1.2s"). */
  async durations(): Promise<string[]> {
    return this.results.getByTestId('result-duration').allTextContents();
  }

  async durationsUs(): Promise<number[]> {
    return this.results.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-duration-us'))));
  }

  async traceIds(): Promise<string[]> {
    const ids = await this.results.evaluateAll((els) => els.map((e) => e.getAttribute('data-trace-id') ?? ''));
    return ids;
  }
}
