import currencyCodes from 'currency-codes';

/** A currency the desk can hold amounts in: its code, name and minor-unit digits. */
export interface Currency {
  code: string;
  name: string;
  /** Digits after the decimal point of one minor unit: USD 2 (cents), JPY 0, BTC 8 (satoshi). */
  digits: number;
  crypto: boolean;
}

/**
 * The crypto assets an exchanger trades, with the digits of their smallest on-chain unit. ISO
 * 4217 has no entry for them; this is the one table of them in the desk.
 */
const cryptoAssets: readonly Currency[] = [
  { code: 'BTC', name: 'Bitcoin', digits: 8, crypto: true },
  { code: 'ETH', name: 'Ether', digits: 18, crypto: true },
  { code: 'USDT', name: 'Tether USD', digits: 6, crypto: true },
  { code: 'USDC', name: 'USD Coin', digits: 6, crypto: true },
  { code: 'LTC', name: 'Litecoin', digits: 8, crypto: true },
  { code: 'XRP', name: 'XRP', digits: 6, crypto: true },
  { code: 'TRX', name: 'TRON', digits: 6, crypto: true },
  { code: 'SOL', name: 'Solana', digits: 9, crypto: true },
  { code: 'DOGE', name: 'Dogecoin', digits: 8, crypto: true },
  { code: 'BCH', name: 'Bitcoin Cash', digits: 8, crypto: true },
];

/** ISO 4217's units of account that no customer pays in: metals, bond units, SDR, test codes. */
const notMoney = new Set(['XAG', 'XAU', 'XBA', 'XBB', 'XBC', 'XBD', 'XDR', 'XPD', 'XPT', 'XSU', 'XTS', 'XUA', 'XXX']);

/** ISO 4217 (the currency-codes package's copy of the list), then the crypto assets. */
export const currencies: readonly Currency[] = [
  ...currencyCodes.data
    .filter((entry) => !notMoney.has(entry.code))
    .map((entry) => ({ code: entry.code, name: entry.currency, digits: entry.digits, crypto: false })),
  ...cryptoAssets,
];

const byCode = new Map(currencies.map((currency) => [currency.code, currency]));

export function currencyOf(code: string): Currency | undefined {
  return byCode.get(code);
}

export function isCurrencyCode(code: string): boolean {
  return byCode.has(code);
}

/**
 * Currencies a balance can be kept in: a ledger amount is a 64-bit integer of minor units, so a
 * base currency of 18 digits (ETH in wei) would cap every balance at about 9 ETH.
 */
export const maxBaseCurrencyDigits = 8;
