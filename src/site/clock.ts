/**
 * Today in Beijing, as YYYY-MM-DD. `KEPU_TODAY` freezes it (tests, reproducible builds); otherwise
 * the build's date decides which deadlines have passed and which activity days come next.
 */
export function today(): string {
  const frozen = process.env['KEPU_TODAY'];
  if (frozen && /^\d{4}-\d{2}-\d{2}$/u.test(frozen)) return frozen;
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

export function thisYear(): number {
  return Number(today().slice(0, 4));
}
