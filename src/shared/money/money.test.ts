import { describe, expect, it } from 'vitest';
import { currencyOf, currencies } from './currencies';
import { convert, formatMoney, majorText, money, parseMajor, shareOf } from './money';

describe('money', () => {
  it('knows the minor units of ISO 4217 and of the crypto assets', () => {
    expect(currencyOf('USD')?.digits).toBe(2);
    expect(currencyOf('JPY')?.digits).toBe(0);
    expect(currencyOf('KWD')?.digits).toBe(3);
    expect(currencyOf('BTC')?.digits).toBe(8);
    expect(currencyOf('ETH')?.digits).toBe(18);
    expect(currencyOf('USDT')?.digits).toBe(6);
    expect(currencyOf('XAU')).toBeUndefined();
    expect(new Set(currencies.map((c) => c.code)).size).toBe(currencies.length);
  });

  it('reads amounts as people and spreadsheets write them, exactly', () => {
    expect(parseMajor('1 234,50', 'EUR')).toEqual({ amount: '123450' });
    expect(parseMajor('1.234,50', 'EUR')).toEqual({ amount: '123450' });
    expect(parseMajor('1,234.50', 'USD')).toEqual({ amount: '123450' });
    expect(parseMajor('1,234', 'USD')).toEqual({ amount: '123400' });
    expect(parseMajor("1'234.5", 'CHF')).toEqual({ amount: '123450' });
    expect(parseMajor('12.345', 'KWD')).toEqual({ amount: '12345' });
    expect(parseMajor('0.00012', 'BTC')).toEqual({ amount: '12000' });
    expect(parseMajor('.5', 'USD')).toEqual({ amount: '50' });
    expect(parseMajor('1.000000000000000001', 'ETH')).toEqual({ amount: '1000000000000000001' });
    // One separator before three digits groups thousands, unless the currency has three decimals.
    expect(parseMajor('12.345', 'USD')).toEqual({ amount: '1234500' });
    expect(parseMajor('1.2345', 'USD')).toEqual({ error: 'USD has at most 2 decimals' });
    expect(parseMajor('1.5', 'JPY')).toEqual({ error: 'JPY has no decimals' });
    for (const bad of ['', 'abc', '-5', '1e3', '1.2.3,4,5', '12 USD']) {
      expect(parseMajor(bad, 'USD'), bad).toHaveProperty('error');
    }
  });

  it('writes minor units back as the exact decimal and formats them with Intl', () => {
    expect(majorText('123450', 'EUR')).toBe('1234.50');
    expect(majorText('-5', 'USD')).toBe('-0.05');
    expect(majorText('1000000000000000001', 'ETH')).toBe('1.000000000000000001');
    expect(formatMoney({ amount: '123450', currency: 'USD' }, 'en-US')).toBe('$1,234.50');
    expect(formatMoney({ amount: '123450', currency: 'EUR' }, 'de-DE')).toBe('1.234,50\u00A0€');
    expect(formatMoney({ amount: '12000', currency: 'BTC' }, 'en-US')).toBe('0.00012 BTC');
    expect(formatMoney({ amount: '1000000000000000001', currency: 'ETH' }, 'en-US')).toBe('1.000000000000000001 ETH');
    expect(formatMoney({ amount: '-150000', currency: 'JPY' }, 'en-US')).toBe('-¥150,000');
  });

  it('converts and takes shares in exact integer arithmetic, rounding down to a minor unit', () => {
    expect(convert({ amount: '300', currency: 'EUR' }, '1.08', 'USD')).toEqual({ amount: '324', currency: 'USD' });
    expect(convert({ amount: '100000000', currency: 'BTC' }, '67012.34', 'USD')).toEqual({
      amount: '6701234',
      currency: 'USD',
    });
    expect(convert({ amount: '1', currency: 'USD' }, '0.5', 'USD')).toEqual({ amount: '0', currency: 'USD' });
    expect(shareOf({ amount: '324', currency: 'USD' }, 1234)).toEqual({ amount: '39', currency: 'USD' });
    expect(shareOf({ amount: '10000', currency: 'USD' }, 10_000)).toEqual({ amount: '10000', currency: 'USD' });
  });

  it('accepts only whole minor units of a known currency', () => {
    expect(money.safeParse({ amount: '100', currency: 'USD' }).success).toBe(true);
    for (const bad of [
      { amount: 100, currency: 'USD' },
      { amount: '1.5', currency: 'USD' },
      { amount: '01', currency: 'USD' },
      { amount: '1', currency: 'usd' },
    ]) {
      expect(money.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
