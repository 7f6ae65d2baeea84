import { range, type Selection } from 'd3';

type Defs = Selection<SVGDefsElement, unknown, null, undefined>;

/**
 * A diagonal hatch: what the charts draw where nothing is recorded, so "no data" never looks
 * like the lightest colour of a scale.
 */
export function hatchPattern(defs: Defs, id: string, colours: { background: string; line: string; lineWidth: number }): void {
  const hatch = defs
    .append('pattern')
    .attr('id', id)
    .attr('patternUnits', 'userSpaceOnUse')
    .attr('width', 6)
    .attr('height', 6)
    .attr('patternTransform', 'rotate(45)');
  hatch.append('rect').attr('width', 6).attr('height', 6).attr('fill', colours.background);
  hatch.append('line').attr('x1', 0).attr('y1', 0).attr('x2', 0).attr('y2', 6).attr('stroke', colours.line).attr('stroke-width', colours.lineWidth);
}

/** A left-to-right gradient of a colour scale, sampled at eleven stops, for a legend's ramp. */
export function legendGradient(defs: Defs, id: string, colourAt: (t: number) => string): void {
  defs
    .append('linearGradient')
    .attr('id', id)
    .attr('x1', '0%')
    .attr('x2', '100%')
    .selectAll('stop')
    .data(range(0, 1.0001, 0.1))
    .join('stop')
    .attr('offset', (t) => `${Math.round(t * 100)}%`)
    .attr('stop-color', colourAt);
}

/**
 * A grid of dots: a second "no figure" fill beside the hatch, for a different reason to have none
 * (in the coverage heat map: the chain's segments are not recorded).
 */
export function dotPattern(defs: Defs, id: string, colours: { background: string; dot: string; radius: number }): void {
  const dots = defs.append('pattern').attr('id', id).attr('patternUnits', 'userSpaceOnUse').attr('width', 6).attr('height', 6);
  dots.append('rect').attr('width', 6).attr('height', 6).attr('fill', colours.background);
  dots.append('circle').attr('cx', 3).attr('cy', 3).attr('r', colours.radius).attr('fill', colours.dot);
}
