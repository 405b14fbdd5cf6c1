import { h, svg } from './dom';
import { pct } from './style';

export interface Bar {
  label: string;
  value: number;
  /** Optional class for colouring (e.g. covered / uncovered). */
  kind?: string;
}

/** Horizontal bars of shares (0..1), labelled; plain SVG, sized in the viewBox so CSS scales it. */
export function barChart(title: string, bars: Bar[], name: string): HTMLElement {
  const rowHeight = 20;
  const labelWidth = 170;
  const width = 460;
  const height = bars.length * rowHeight + 4;
  const chart = svg('svg', { class: 'bar-chart', viewBox: `0 0 ${width} ${height}`, 'data-chart': name });
  bars.forEach((bar, i) => {
    const y = i * rowHeight + 2;
    const w = Math.max(1, (width - labelWidth - 50) * Math.min(1, Math.max(0, bar.value)));
    chart.append(
      svg('text', { x: labelWidth - 6, y: y + 13, 'text-anchor': 'end', class: 'bar-label' }, bar.label.slice(0, 28)),
      svg('rect', {
        x: labelWidth,
        y: y + 2,
        width: w.toFixed(1),
        height: rowHeight - 5,
        class: `bar ${bar.kind ?? ''}`,
      }),
      svg('text', { x: labelWidth + w + 4, y: y + 13, class: 'bar-value' }, pct(bar.value)),
    );
  });
  return h('figure', { class: 'chart' }, h('figcaption', {}, title), chart);
}
