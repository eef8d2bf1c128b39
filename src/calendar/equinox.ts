/**
 * The September equinox (秋分), which dates the Chinese Farmers' Harvest Festival. Algorithm from
 * Jean Meeus, Astronomical Algorithms (2nd ed.), chapter 27: a mean instant from a polynomial, then a
 * correction from 24 periodic terms. Accurate to about a minute for 1000–3000, which matters only
 * when the equinox falls near Beijing midnight (2025: 02:19 Beijing, still 22 September in UTC).
 */

/** Table 27.C: amplitude A, phase B (degrees) and rate C (degrees per Julian century). */
const PERIODIC_TERMS: ReadonlyArray<readonly [number, number, number]> = [
  [485, 324.96, 1934.136],
  [203, 337.23, 32964.467],
  [199, 342.08, 20.186],
  [182, 27.85, 445267.112],
  [156, 73.14, 45036.886],
  [136, 171.52, 22518.443],
  [77, 222.54, 65928.934],
  [74, 296.72, 3034.906],
  [70, 243.58, 9037.513],
  [58, 119.81, 33718.147],
  [52, 297.17, 150.678],
  [50, 21.02, 2281.226],
  [45, 247.54, 29929.562],
  [44, 325.15, 31555.956],
  [29, 60.93, 4443.417],
  [18, 155.12, 67555.328],
  [17, 288.79, 4562.452],
  [16, 198.04, 62894.029],
  [14, 199.76, 31436.921],
  [12, 95.39, 14577.848],
  [12, 287.11, 31931.756],
  [12, 320.81, 34777.259],
  [9, 227.73, 1222.114],
  [8, 15.45, 16859.074],
];

const J2000 = 2451545.0;
const UNIX_EPOCH_JD = 2440587.5;
const DAY_MS = 86_400_000;
const BEIJING_OFFSET_MS = 8 * 3_600_000;

function cosDeg(degrees: number): number {
  return Math.cos((degrees * Math.PI) / 180);
}

/**
 * ΔT = TD − UT in seconds (Espenak & Meeus polynomials). The equinox comes out in dynamical time,
 * about 69 s ahead of clocks in the 2020s; small, but it keeps the minute right.
 */
function deltaTSeconds(year: number): number {
  if (year >= 2005 && year < 2050) {
    const t = year - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t * t;
  }
  const u = (year - 1820) / 100;
  return -20 + 32 * u * u;
}

/** Julian Ephemeris Day of the September equinox (Meeus 27.1–27.2, table 27.B for years 1000–3000). */
function septemberEquinoxJde(year: number): number {
  const y = (year - 2000) / 1000;
  const jde0 = 2451810.21715 + 365242.01767 * y - 0.11575 * y ** 2 + 0.00337 * y ** 3 + 0.00078 * y ** 4;
  const t = (jde0 - J2000) / 36525;
  const w = 35999.373 * t - 2.47;
  const deltaLambda = 1 + 0.0334 * cosDeg(w) + 0.0007 * cosDeg(2 * w);
  const s = PERIODIC_TERMS.reduce((sum, [a, b, c]) => sum + a * cosDeg(b + c * t), 0);
  return jde0 + (0.00001 * s) / deltaLambda;
}

/**
 * The instant of the September equinox, in UTC.
 * @example septemberEquinox(2025).toISOString().slice(0, 16) // => '2025-09-22T18:19'
 */
export function septemberEquinox(year: number): Date {
  const utcMs = (septemberEquinoxJde(year) - UNIX_EPOCH_JD) * DAY_MS - deltaTSeconds(year) * 1000;
  return new Date(Math.round(utcMs));
}

/**
 * The Beijing (UTC+8) calendar date of the September equinox: the 中国农民丰收节.
 * @example septemberEquinoxBeijingDate(2025) // => '2025-09-23' (the UTC date is still 22 September)
 */
export function septemberEquinoxBeijingDate(year: number): string {
  // Shift the instant by +8 h and read it as UTC: that is the wall-clock date in Beijing.
  return new Date(septemberEquinox(year).getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}
