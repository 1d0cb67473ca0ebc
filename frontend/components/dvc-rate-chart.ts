import { LitElement, html, css, PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import {
  Chart,
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Legend,
  Tooltip,
  type ChartConfiguration,
  type ChartDataset,
  type LegendItem,
  type Plugin,
} from 'chart.js';
import { drawPoint } from 'chart.js/helpers';

// Only what these two chart kinds draw, so the bundle carries no other controllers, scales or plugins.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale,
  Legend, Tooltip);

/** What the server sends (RateChart.java): percents 0..100, null where a place or month has no data. */
interface RateSeries {
  name: string;
  percents: (number | null)[];
}

interface RateData {
  labels: string[];
  series: RateSeries[];
  target: number | null;
  targetLabel: string | null;
}

const BELOW_TARGET = '#b3261e';
const AT_TARGET = '#1b6e3a';
const NO_DATA = '#757575';
const TARGET_LINE = '#202124';
const TEXT = '#1f1f1f';
const GRID = '#d0d0d0';
// Dark enough on white (at least 4.5:1), far apart in hue, and none of them the red/green that mean below/at target.
const SERIES_COLOURS = ['#0b57d0', '#a04c00', '#7b1fa2', '#00695c', '#3c4043', '#ad1457'];
// A second cue beside colour for residents and leaders who do not tell the colours apart.
const POINT_STYLES = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot', 'star'] as const;
const BAR_ROW_PX = 36;
const BAR_CHROME_PX = 120; // axis, legend and padding around the bars

/**
 * The target as a dashed line across the whole plot: a line dataset would stop at the centres of the first and
 * last bars. The target dataset itself has no points and only gives the legend its dashed entry.
 */
const targetLinePlugin: Plugin<'bar' | 'line'> = {
  id: 'dvcTargetLine',
  afterDatasetsDraw(chart) {
    const index = chart.data.datasets.findIndex((d) => (d as { dvcTarget?: number }).dvcTarget !== undefined);
    if (index < 0 || !chart.isDatasetVisible(index)) {
      return;
    }
    const target = (chart.data.datasets[index] as { dvcTarget?: number }).dvcTarget!;
    const horizontalBars = chart.options.indexAxis === 'y';
    const area = chart.chartArea;
    const ctx = chart.ctx;
    ctx.save();
    ctx.strokeStyle = TARGET_LINE;
    ctx.lineWidth = 3;
    ctx.setLineDash([10, 6]);
    ctx.beginPath();
    if (horizontalBars) {
      const x = chart.scales.x.getPixelForValue(target);
      ctx.moveTo(x, area.top);
      ctx.lineTo(x, area.bottom);
    } else {
      const y = chart.scales.y.getPixelForValue(target);
      ctx.moveTo(area.left, y);
      ctx.lineTo(area.right, y);
    }
    ctx.stroke();
    ctx.restore();
  },
};

/**
 * A chart of rates in percent (on-time dossiers, satisfaction) for the leader dashboard, on Chart.js: BAR ranks
 * places with horizontal bars, dark red below the target and dark green at or above it; LINE follows months, one line
 * per series. The target is a dashed line. All texts come from the server; the page also shows the figures as a
 * table, so the canvas is one image with a name.
 */
@customElement('dvc-rate-chart')
export class DvcRateChart extends LitElement {
  @property() kind: 'bar' | 'line' = 'bar';
  @property({ attribute: false }) chartData?: RateData;
  @property({ attribute: false }) accessibleName = '';
  @query('canvas') private canvas!: HTMLCanvasElement;

  /** The drawn chart; the browser tests read it. */
  chart?: Chart<'bar' | 'line', (number | null)[], string>;

  static styles = css`
    :host { display: block; width: 100%; }
    .chart { position: relative; width: 100%; }
    .chart.line { height: 100%; min-height: 360px; }
  `;

  disconnectedCallback() {
    super.disconnectedCallback();
    this.chart?.destroy();
    this.chart = undefined;
  }

  connectedCallback() {
    super.connectedCallback();
    // back in the page (e.g. a tab shown again): draw again what was destroyed when it left
    if (this.hasUpdated && !this.chart) {
      this.draw();
    }
  }

  updated(changed: PropertyValues) {
    if (changed.has('kind') || changed.has('chartData')) {
      this.draw();
    }
  }

  private barHeight(): number {
    const rows = this.chartData?.labels.length ?? 0;
    const series = Math.max(1, this.chartData?.series.length ?? 1);
    return rows * BAR_ROW_PX * series + BAR_CHROME_PX;
  }

  private draw() {
    this.chart?.destroy();
    this.chart = undefined;
    if (!this.chartData || !this.canvas) {
      return;
    }
    // no animation: kiosks and tablets are slow, screenshots must show the final picture, and motion distracts
    this.chart = new Chart(this.canvas, this.kind === 'line' ? this.lineConfig(this.chartData)
      : this.barConfig(this.chartData)) as Chart<'bar' | 'line', (number | null)[], string>;
  }

  private barConfig(data: RateData): ChartConfiguration<'bar' | 'line', (number | null)[], string> {
    const coloured = data.series.length === 1 && data.target !== null;
    const datasets: ChartDataset<'bar' | 'line', (number | null)[]>[] = data.series.map((s, i) => {
      const colour = coloured ? s.percents.map((v) => this.colourFor(v, data.target!))
        : SERIES_COLOURS[i % SERIES_COLOURS.length];
      return {
        type: 'bar' as const,
        label: s.name,
        data: s.percents,
        backgroundColor: colour,
        borderColor: colour,
        borderWidth: 0,
        maxBarThickness: 28,
      };
    });
    this.addTarget(datasets, data);
    // the legend cannot show one colour for bars that are red or green by the target: it shows both halves
    const swatches = coloured ? [this.twoColourSwatch()] : [];
    return {
      type: 'bar',
      data: { labels: data.labels, datasets },
      options: this.commonOptions('y', swatches),
      plugins: [targetLinePlugin],
    };
  }

  private lineConfig(data: RateData): ChartConfiguration<'bar' | 'line', (number | null)[], string> {
    const datasets: ChartDataset<'bar' | 'line', (number | null)[]>[] = data.series.map((s, i) => ({
      type: 'line' as const,
      label: s.name,
      data: s.percents,
      borderColor: SERIES_COLOURS[i % SERIES_COLOURS.length],
      backgroundColor: SERIES_COLOURS[i % SERIES_COLOURS.length],
      borderWidth: 4,
      pointStyle: POINT_STYLES[i % POINT_STYLES.length],
      pointRadius: 7,
      pointHoverRadius: 9,
      // a month without data is a gap, not a fall to zero
      spanGaps: false,
      // the first and last months sit on the plot's edges: draw their markers whole
      clip: false,
    }));
    this.addTarget(datasets, data);
    const swatches = data.series.map((_, i) => this.lineSwatch(i));
    return {
      type: 'line',
      data: { labels: data.labels, datasets },
      options: this.commonOptions('x', swatches),
      plugins: [targetLinePlugin],
    };
  }

  /** The target's legend entry; the line itself is drawn by targetLinePlugin. */
  private addTarget(datasets: ChartDataset<'bar' | 'line', (number | null)[]>[], data: RateData) {
    if (data.target === null) {
      return;
    }
    datasets.push({
      type: 'line' as const,
      label: data.targetLabel ?? '',
      data: [],
      borderColor: TARGET_LINE,
      backgroundColor: TARGET_LINE,
      borderWidth: 3,
      borderDash: [10, 6],
      pointStyle: 'line',
      dvcTarget: data.target,
    } as ChartDataset<'line', (number | null)[]>);
  }

  private colourFor(value: number | null, target: number): string {
    if (value === null) {
      return NO_DATA;
    }
    return value < target ? BELOW_TARGET : AT_TARGET;
  }

  private twoColourSwatch(): HTMLCanvasElement {
    const swatch = document.createElement('canvas');
    swatch.width = 40;
    swatch.height = 18;
    const ctx = swatch.getContext('2d')!;
    ctx.fillStyle = BELOW_TARGET;
    ctx.fillRect(0, 0, 20, 18);
    ctx.fillStyle = AT_TARGET;
    ctx.fillRect(20, 0, 20, 18);
    return swatch;
  }

  /** A legend entry as the line looks: a stroke with the series' marker on it. */
  private lineSwatch(index: number): HTMLCanvasElement {
    const swatch = document.createElement('canvas');
    swatch.width = 40;
    swatch.height = 18;
    const ctx = swatch.getContext('2d')!;
    const colour = SERIES_COLOURS[index % SERIES_COLOURS.length];
    ctx.strokeStyle = colour;
    ctx.fillStyle = colour;
    ctx.lineWidth = 4;
    ctx.beginPath();
    ctx.moveTo(0, 9);
    ctx.lineTo(40, 9);
    ctx.stroke();
    drawPoint(ctx, { pointStyle: POINT_STYLES[index % POINT_STYLES.length], radius: 6, rotation: 0, borderWidth: 2 },
      20, 9);
    return swatch;
  }

  private commonOptions(indexAxis: 'x' | 'y', swatches: HTMLCanvasElement[]) {
    const font = { size: 18, family: getComputedStyle(this).fontFamily || undefined };
    // the page's language decides the decimal mark (Vietnamese writes 66,7)
    const number = new Intl.NumberFormat(document.documentElement.lang || undefined, { maximumFractionDigits: 1 });
    const percentAxis = {
      min: 0,
      max: 100,
      ticks: { stepSize: 10, color: TEXT, font, callback: (v: string | number) => `${v}%` },
      grid: { color: GRID },
      border: { color: TEXT },
    };
    const categoryAxis = {
      ticks: { color: TEXT, font, autoSkip: false },
      grid: { display: indexAxis === 'x', color: GRID },
      border: { color: TEXT },
    };
    return {
      indexAxis,
      responsive: true,
      maintainAspectRatio: false,
      animation: false as const,
      // room for the last tick label ("100%", the last month) and the edge markers inside the canvas
      layout: { padding: { left: 4, right: 28, top: 4, bottom: 4 } },
      scales: indexAxis === 'y' ? { x: percentAxis, y: categoryAxis } : { x: categoryAxis, y: percentAxis },
      plugins: {
        legend: {
          display: true,
          position: 'top' as const,
          // a tap on the legend would hide a series on a shared kiosk or tablet and confuse the next reader
          onClick: () => undefined,
          labels: {
            color: TEXT,
            font,
            usePointStyle: true,
            pointStyleWidth: 40,
            padding: 20,
            filter: (item: LegendItem) => item.text !== '',
            generateLabels: (chart: Chart) => Chart.defaults.plugins.legend.labels.generateLabels(chart)
              .map((item) => swatches[item.datasetIndex ?? -1] ? { ...item, pointStyle: swatches[item.datasetIndex!] }
                : item),
          },
        },
        tooltip: {
          titleFont: font,
          bodyFont: font,
          callbacks: {
            label: (c: { dataset: { label?: string }; raw: unknown }) =>
              `${c.dataset.label ?? ''}: ${typeof c.raw === 'number' ? `${number.format(c.raw)}%` : '–'}`,
          },
        },
      },
    };
  }

  render() {
    const style = this.kind === 'line' ? '' : `height: ${this.barHeight()}px`;
    return html`<div class="chart ${this.kind}" role="img" aria-label=${this.accessibleName} style=${style}>
      <canvas></canvas>
    </div>`;
  }
}
