import { formatCount, formatMoney } from '@/utils/i18n/format';
import type { Money, Settings } from '@/utils/model';
import { budgetOf } from '@/utils/money';
import { useLanguage, useMessages } from '../hooks/i18n-context';

const rupiah = (amount: number) => formatMoney({ amount, currency: 'IDR' });

/** "Total Rp2.750.000 · Saldo Rp3.500.000 · sisa Rp750.000" */
export function BudgetSummary({ prices, settings }: { prices: (Money | undefined)[]; settings: Settings }) {
  const t = useMessages();
  const language = useLanguage();
  const budget = budgetOf(prices, settings);
  const share = budget.balance > 0 ? Math.min(100, (budget.total / budget.balance) * 100) : 100;
  return (
    <div class="budget" data-testid="budget">
      <p>
        <span>
          {t.total} <strong>{rupiah(budget.total)}</strong>
        </span>{' '}
        · {t.balance} {rupiah(budget.balance)} ·{' '}
        <strong class={budget.remaining < 0 ? 'over' : 'left'}>
          {budget.remaining < 0 ? t.over(rupiah(-budget.remaining)) : t.remaining(rupiah(budget.remaining))}
        </strong>
      </p>
      <div class="meter" role="img" aria-label={`${Math.round(share)}%`}>
        <div class={budget.remaining < 0 ? 'fill over' : 'fill'} style={{ width: `${share}%` }} />
      </div>
      {budget.uncounted > 0 && <p class="muted">{t.uncounted(formatCount(budget.uncounted, language))}</p>}
    </div>
  );
}
