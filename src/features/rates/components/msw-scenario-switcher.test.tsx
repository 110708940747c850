// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FRANKFURTER_SCENARIOS, MSW_SCENARIO_KEY } from '../../../../mocks/fixtures/frankfurter-responses.mjs';
import { ECB_CACHE_KEY } from '../api/ecb-cache';
import { MSW_SCENARIO_STORAGE_KEY, MSW_SCENARIOS, MswScenarioSwitcher } from './msw-scenario-switcher';

beforeEach(() => localStorage.clear());

describe('MswScenarioSwitcher', () => {
  it('offers exactly the scenarios the mocks know, under the same key', () => {
    expect([...MSW_SCENARIOS]).toEqual([...FRANKFURTER_SCENARIOS]);
    expect(MSW_SCENARIO_STORAGE_KEY).toBe(MSW_SCENARIO_KEY);
  });

  it('remembers the choice, forgets the ECB cache and reloads without ?msw=', async () => {
    localStorage.setItem(ECB_CACHE_KEY, '{}');
    window.history.replaceState(null, '', '/?source=ecb&msw=500');
    const navigate = vi.fn();
    render(<MswScenarioSwitcher navigate={navigate} />);
    const select = screen.getByRole('combobox', { name: 'Mock Frankfurter scenario' });
    expect(select).toHaveValue('500');
    await userEvent.selectOptions(select, '503');
    expect(localStorage.getItem(MSW_SCENARIO_KEY)).toBe('503');
    expect(localStorage.getItem(ECB_CACHE_KEY)).toBeNull();
    expect(navigate).toHaveBeenCalledWith('http://localhost:3000/?source=ecb');
  });
});
