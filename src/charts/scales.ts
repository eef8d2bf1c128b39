// The two scales every chart here uses: a linear value scale from zero (bars must start at zero
// to be read as lengths) and a band scale for the categories.
import { max } from 'd3-array';
import { scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3-scale';

/**
 * A linear scale from 0 to the largest value (rounded up to a nice number) onto [0, length].
 * @example valueScale([12000, 20000], 400)(10000) // => 200
 */
export function valueScale(values: readonly number[], length: number): ScaleLinear<number, number> {
  const top = max(values) ?? 0;
  return scaleLinear()
    .domain([0, top > 0 ? top : 1])
    .nice()
    .range([0, length]);
}

/**
 * One band per key, in order, over [start, end], with room between bands.
 * @example bandScale(['a', 'b'], 0, 60).bandwidth() // => 21
 */
export function bandScale(keys: readonly string[], start: number, end: number, padding = 0.3): ScaleBand<string> {
  return scaleBand<string>().domain(keys).range([start, end]).paddingInner(padding).paddingOuter(padding / 2);
}
