/** The currencies asked of Frankfurter against USD (base=USD): the pairs' and EUR for the cross rates. */
export const ECB_SYMBOLS = ['KRW', 'JPY', 'CNY', 'EUR'] as const;
export type EcbSymbol = (typeof ECB_SYMBOLS)[number];
