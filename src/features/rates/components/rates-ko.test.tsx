// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { messages as en } from '../../../i18n/catalog-en';
import { activateLang } from '../../../i18n/i18n';
import { MSW_SCENARIOS, MswScenarioSwitcher } from './msw-scenario-switcher';
import { CompareToggle, PairPicker } from './pair-picker';
import { SourceLine } from './source-line';

describe('the rates controls in Korean', () => {
  beforeAll(() => activateLang('ko'));
  afterAll(() => activateLang('en'));

  it('writes the source line with the source, its fix and a Korean date', () => {
    render(<SourceLine source="snapshot" asOf="2024-11-29" compared={{ source: 'ecb', asOf: '2024-09-26' }} cached />);
    expect(screen.getByTestId('source-line')).toHaveTextContent(
      '출처: 미 연준 H.10(뉴욕 정오), 저장된 데이터, 2024.11.29 기준; 점선: ECB 기준환율(프랑크푸르트 14:15), 2024.09.26 기준',
    );
  });

  it('names the pairs in Korean, with their units', () => {
    render(<PairPicker pairs={['USDKRW']} onChange={() => undefined} />);
    expect(screen.getByRole('group', { name: '통화쌍' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: '원/달러 (1달러당 원)' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: '원/100엔 (100엔당 원)' })).not.toBeChecked();
  });

  it('labels the comparison of sources', () => {
    render(<CompareToggle on={false} onChange={() => undefined} />);
    expect(screen.getByRole('checkbox', { name: '출처 비교 (H.10과 ECB)' })).not.toBeChecked();
  });

  it('labels the mock API switcher, every scenario included', () => {
    render(<MswScenarioSwitcher navigate={() => undefined} />);
    expect(screen.getByRole('combobox', { name: '모의 Frankfurter 시나리오' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: '네트워크 없음' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '저장된 ECB 환율 삭제' })).toBeInTheDocument();
    // The scenario names are computed ids: each is in the catalog.
    expect(MSW_SCENARIOS.filter((s) => !(`rates.msw.scenario.${s}` in en))).toEqual([]);
  });
});
