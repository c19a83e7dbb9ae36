/**
 * Remembers a function's answers for the texts a file repeats on every row (fund names,
 * programme names): the same text is worked out once. At most `limit` answers are kept.
 */
export function memoise<T>(compute: (text: string) => T, limit = 10_000): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    const known = answers.get(text);
    if (known !== undefined || answers.has(text)) return known as T;
    const answer = compute(text);
    if (answers.size >= limit) answers.clear();
    answers.set(text, answer);
    return answer;
  };
}
