/**
 * Remembers the last `max` answers of a pure function of a string. Bulk work (an import)
 * asks the same slow questions over and over: a row's phone number is parsed by the schema's
 * refinement, its transform and the store; a file has few distinct country names.
 * Answers are shared between callers: do not change them.
 */
export function recentAnswers<V>(
  compute: (key: string) => V,
  max: number,
  /** Another question with the same answer, likely to be asked next (a value's normal form). */
  sameAnswerFor: (answer: V) => string | null = () => null,
): (key: string) => V {
  const answers = new Map<string, V>();
  const remember = (key: string, answer: V) => {
    // Oldest first, by insertion order.
    if (answers.size >= max) answers.delete(answers.keys().next().value as string);
    answers.set(key, answer);
  };
  return (key) => {
    if (answers.has(key)) return answers.get(key) as V;
    const answer = compute(key);
    remember(key, answer);
    const alias = sameAnswerFor(answer);
    if (alias !== null && alias !== key) remember(alias, answer);
    return answer;
  };
}
