import { describe, expect, it } from 'vitest';
import { recentAnswers } from './recent-answers';

describe('recent answers', () => {
  it('computes a question once while it is recent, and answers its normal form too', () => {
    const asked: string[] = [];
    const normal = recentAnswers(
      (text) => {
        asked.push(text);
        return text.replace(/\s/g, '');
      },
      4,
      (answer) => answer,
    );
    expect(normal(' 12 34')).toBe('1234');
    expect(normal('1234')).toBe('1234');
    expect(normal(' 12 34')).toBe('1234');
    expect(asked).toEqual([' 12 34']);
  });

  it('forgets the oldest answers beyond its size', () => {
    const asked: string[] = [];
    const upper = recentAnswers((text) => {
      asked.push(text);
      return text.toUpperCase();
    }, 2);
    for (const text of ['a', 'b', 'c', 'a']) upper(text);
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });
});
