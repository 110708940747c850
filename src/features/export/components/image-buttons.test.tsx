// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ImageButtons } from './image-buttons';
import type { ChartImageMeta } from '../chart-image';

const meta = (): ChartImageMeta => ({ title: 'T', subtitle: 'S', legend: [], axisTitles: { left: 'L', right: null }, source: '', span: { from: 0, to: 1 }, events: [], notesHeading: '', unlistedNote: () => '' });

/** The timeline's chart as the buttons look for it. */
function mountChart() {
  const box = document.createElement('div');
  box.dataset.testid = 'timeline-chart';
  box.innerHTML = '<svg class="plot-surface" width="400" height="200" xmlns="http://www.w3.org/2000/svg"><g></g></svg>';
  document.body.append(box);
}

/** A browser with the async clipboard and ClipboardItem on a secure page; `write` as given. */
function withClipboard(write: (items: unknown[]) => Promise<void>) {
  vi.stubGlobal('ClipboardItem', class {
    constructor(readonly items: Record<string, Promise<Blob>>) {}
  });
  Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
  Object.defineProperty(navigator, 'clipboard', { value: { write: vi.fn(write) }, configurable: true });
  return navigator.clipboard.write as unknown as ReturnType<typeof vi.fn>;
}

describe('Copy image', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    Object.defineProperty(window, 'isSecureContext', { value: false, configurable: true });
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    document.body.innerHTML = '';
  });

  it('is disabled, and says why, in a browser without image clipboard support', () => {
    render(<ImageButtons getMeta={meta} fileBase="chart" />);
    const button = screen.getByRole('button', { name: 'Copy image' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(/cannot put an image on the clipboard here/);
  });

  it('writes one clipboard item holding a PNG, and says the image is copied', async () => {
    const write = withClipboard(async () => {});
    mountChart();
    render(<ImageButtons getMeta={meta} fileBase="chart" />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy image' }));
    expect(write).toHaveBeenCalledTimes(1);
    const [items] = write.mock.calls[0] as [{ items: Record<string, unknown> }[]];
    expect(items).toHaveLength(1);
    expect(Object.keys(items[0].items)).toEqual(['image/png']);
    expect(await screen.findByRole('status')).toHaveTextContent('Image copied');
  });

  it('says the browser refused when the clipboard write is not allowed', async () => {
    // A PNG still being drawn when the browser refuses (jsdom never loads the image).
    Object.assign(URL, { createObjectURL: () => 'blob:chart', revokeObjectURL: () => {} });
    withClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    mountChart();
    render(<ImageButtons getMeta={meta} fileBase="chart" />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy image' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The browser refused to write to the clipboard');
    delete (URL as { createObjectURL?: unknown }).createObjectURL;
  });

  it("reports the PNG's own failure rather than the clipboard's", async () => {
    // jsdom has no URL.createObjectURL: the PNG fails before the clipboard sees it.
    withClipboard((items) => (items[0] as { items: Record<string, Promise<Blob>> }).items['image/png'].then(() => {}));
    mountChart();
    render(<ImageButtons getMeta={meta} fileBase="chart" />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy image' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/^Could not copy the image: .*createObjectURL/);
  });
});

describe('Image theme', () => {
  it('offers light, dark and as the screen, as the screen by default', () => {
    render(<ImageButtons getMeta={meta} fileBase="chart" />);
    const select = screen.getByRole('combobox', { name: 'Image theme' });
    expect(select).toHaveValue('screen');
    expect([...(select as HTMLSelectElement).options].map((o) => o.text)).toEqual(['As screen', 'Light', 'Dark']);
  });
});
