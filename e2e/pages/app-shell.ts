import type { Locator, Page } from '@playwright/test';

/** The header every page shares: source picker, trace-id box, file picker. */
export class AppShell {
  readonly sourcePicker: Locator;
  readonly traceIdInput: Locator;
  readonly fileInput: Locator;
  readonly errorPanel: Locator;
  readonly fileError: Locator;

  constructor(readonly page: Page) {
    this.sourcePicker = page.getByTestId('header-source-picker');
    this.traceIdInput = page.getByTestId('trace-id-input');
    this.fileInput = page.getByTestId('file-input');
    this.errorPanel = page.getByTestId('error-panel');
    this.fileError = page.getByTestId('file-error');
  }

  async openTraceById(id: string): Promise<void> {
    await this.traceIdInput.fill(id);
    await this.traceIdInput.press('Enter');
  }

  /** Drops a file on the page the way a browser does: dragenter, dragover, drop on window. */
  async dropFile(name: string, content: string, mimeType = 'application/json'): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(
      ({ name, content, mimeType }) => {
        const dt = new DataTransfer();
        dt.items.add(new File([content], name, { type: mimeType }));
        return dt;
      },
      { name, content, mimeType },
    );
    const target = this.page.locator('main');
    await target.dispatchEvent('dragenter', { dataTransfer });
    await target.dispatchEvent('dragover', { dataTransfer });
    await target.dispatchEvent('drop', { dataTransfer });
  }
}
