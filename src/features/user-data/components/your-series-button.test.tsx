// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openSeriesDb, type NewSeries } from '../store/series-db';
import { createUserSeriesStore, type UserSeriesStore } from '../store/user-series-store';
import { openWithFailingWrites, freshSeriesDbPerTest } from './series-test-kit';
import { YourSeriesButton } from './your-series-button';

function series(name: string, n: number, resolution: NewSeries['resolution'] = 'daily'): NewSeries {
  const instants = new Float64Array(n).map((_, i) => Date.UTC(2024, 0, 2 + i));
  const values = new Float64Array(n).map((_, i) => 1300 + i);
  return { name, unit: 'KRW per 1 USD', color: 'teal', resolution, fix: { zone: 'Asia/Seoul', time: '23:59' }, instants, values };
}

let store: UserSeriesStore;
async function setup(stored: NewSeries[], shownIds: string[] = [], open = openSeriesDb) {
  const seeded = await openSeriesDb();
  if (!seeded.ok) throw new Error(seeded.code);
  for (const s of stored) await seeded.value.save(s, new Date('2026-12-01T00:00:00Z'));
  seeded.value.close();
  store = createUserSeriesStore(open);
  await store.getState().load();
  const onToggleShown = vi.fn();
  render(<YourSeriesButton shownIds={shownIds} onToggleShown={onToggleShown} useStore={store} />);
  const button = screen.getByRole('button', { name: `Your series (${stored.length})` });
  await userEvent.click(button);
  const dialog = screen.getByRole('dialog', { name: 'Your series' });
  // The rows load with the dialog (a lazy chunk): wait for the first one.
  if (stored.length) await within(dialog).findAllByRole('listitem');
  return { onToggleShown, button, dialog };
}
const names = () => store.getState().series.map((s) => s.meta.name);

freshSeriesDbPerTest(() => store);

describe('YourSeriesButton', () => {
  it('lists each series with its swatch, name, id, unit, resolution, count and UTC range', async () => {
    const { dialog } = await setup([series('My NDF', 3), series('Spot 1m', 2, 'intraday')], ['csv:spot-1m']);
    const items = within(within(dialog).getByRole('list', { name: 'Your series' })).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('My NDF csv:my-ndf');
    expect(items[0]).toHaveTextContent('KRW per 1 USD · daily · 3 rows · 2024-01-02T00:00Z – 2024-01-04T00:00Z');
    expect(items[1]).toHaveTextContent('KRW per 1 USD · intraday · 2 rows · 2024-01-02T00:00Z – 2024-01-03T00:00Z');
    expect(items[0]!.querySelector('.series-swatch')).toHaveStyle({ background: 'var(--series-teal)' });
    expect(within(dialog).getByRole('checkbox', { name: 'Show My NDF' })).not.toBeChecked();
    expect(within(dialog).getByRole('checkbox', { name: 'Show Spot 1m' })).toBeChecked();
    expect(within(dialog).getByRole('button', { name: 'Close' })).toBeInTheDocument();
  });

  it('shows or hides a series with its Show box', async () => {
    const { dialog, onToggleShown } = await setup([series('My NDF', 3), series('Spot', 2)], ['csv:spot']);
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Show My NDF' }));
    expect(onToggleShown).toHaveBeenLastCalledWith('csv:my-ndf', true);
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Show Spot' }));
    expect(onToggleShown).toHaveBeenLastCalledWith('csv:spot', false);
  });

  it('renames inline with the import checks: an empty or long name is refused, the id stays', async () => {
    const { dialog } = await setup([series('My NDF', 3)]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Rename My NDF' }));
    const field = within(dialog).getByRole('textbox', { name: 'New name for My NDF' });
    expect(field).toHaveFocus();
    expect(field).toHaveValue('My NDF');
    await userEvent.clear(field);
    await userEvent.type(field, '   {Enter}');
    expect(within(dialog).getByText('Name is required.')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    await userEvent.clear(field);
    await userEvent.type(field, 'n'.repeat(81));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByText('Name is longer than 80 characters.')).toBeInTheDocument();
    expect(names()).toEqual(['My NDF']);
    await userEvent.clear(field);
    await userEvent.type(field, 'Offshore NDF{Enter}');
    await waitFor(() => expect(names()).toEqual(['Offshore NDF']));
    expect(store.getState().series[0]!.meta.id).toBe('csv:my-ndf');
    expect(await within(dialog).findByRole('button', { name: 'Rename Offshore NDF' })).toHaveFocus();
    expect(within(dialog).queryByRole('textbox')).toBeNull();
  });

  it('Esc in the rename field closes the field only', async () => {
    const { dialog } = await setup([series('My NDF', 3)]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Rename My NDF' }));
    await userEvent.keyboard('{Escape}');
    expect(within(dialog).queryByRole('textbox')).toBeNull();
    expect(screen.getByRole('dialog', { name: 'Your series' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Rename My NDF' })).toHaveFocus();
  });

  it('recolours with the colour select', async () => {
    const { dialog } = await setup([series('My NDF', 3)]);
    const select = within(dialog).getByRole('combobox', { name: 'Colour of My NDF' });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Teal', 'Violet', 'Amber', 'Rose', 'Lime', 'Sky', 'Slate', 'Fuchsia']);
    await userEvent.selectOptions(select, 'amber');
    await waitFor(() => expect(store.getState().series[0]!.meta.color).toBe('amber'));
    expect(select).toHaveValue('amber');
    expect(dialog.querySelector('.series-swatch')).toHaveStyle({ background: 'var(--series-amber)' });
  });

  it('asks before deleting, with the name and count; Cancel keeps the series, Confirm deletes it', async () => {
    const { dialog, onToggleShown } = await setup([series('My NDF', 1234), series('Spot', 2)], ['csv:my-ndf']);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete My NDF' }));
    const ask = within(dialog).getByRole('group', { name: 'Delete My NDF?' });
    expect(ask).toHaveTextContent('Delete My NDF (1,234 rows) from this browser? This cannot be undone.');
    expect(within(ask).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.click(within(ask).getByRole('button', { name: 'Cancel' }));
    expect(within(dialog).queryByRole('group')).toBeNull();
    expect(names()).toEqual(['My NDF', 'Spot']);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete My NDF' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirm delete' }));
    await waitFor(() => expect(names()).toEqual(['Spot']));
    expect(onToggleShown).toHaveBeenCalledWith('csv:my-ndf', false);
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Your series (1)' })).toBeInTheDocument();
    // Stored: a fresh store no longer finds it.
    const again = createUserSeriesStore();
    await again.getState().load();
    expect(again.getState().series.map((s) => s.meta.id)).toEqual(['csv:spot']);
    again.getState().reset();
  });

  it('says when a change could not be stored and keeps the series as it was', async () => {
    const { dialog } = await setup([series('My NDF', 3)], [], openWithFailingWrites('db.quota'));
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Colour of My NDF' }), 'rose');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      "My NDF was not recoloured: this browser's storage for the site is full (delete a series you no longer need, or free space). It is kept as it was.",
    );
    expect(within(dialog).getByRole('combobox', { name: 'Colour of My NDF' })).toHaveValue('teal');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete My NDF' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirm delete' }));
    expect(await within(dialog).findByText(/^My NDF was not deleted:/)).toBeInTheDocument();
    expect(names()).toEqual(['My NDF']);
  });

  it('closes on Esc and focus returns to the button', async () => {
    const { button } = await setup([series('My NDF', 3)]);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button).toHaveFocus();
  });

  it('says when there are no series yet', async () => {
    const { dialog } = await setup([]);
    expect(dialog).toHaveTextContent('No series yet: Import series adds one from a CSV file.');
  });
});
