const currency = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});

/** Whole-unit money, as budgets are planned. */
export const money = (amount: number) => currency.format(amount);
