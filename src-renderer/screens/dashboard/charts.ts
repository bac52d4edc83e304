/**
 * Chart.js set up for the dashboard: only the pieces it uses are registered (tree-shaken), no
 * animation, and colors read from the app's CSS variables so charts follow light and dark.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import type { DayActivity, ForecastDay, QuizPoint } from '../../../src-main/contract';
import { shortDate } from './dashboard-view';

let registered = false;
export function registerCharts(): void {
  if (registered) return;
  Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip, Legend, Filler);
  registered = true;
}

export interface ThemeColors {
  readonly text: string;
  readonly muted: string;
  readonly rule: string;
  readonly accent: string;
  readonly accentSoft: string;
  readonly ok: string;
  readonly warn: string;
  readonly danger: string;
}

export function themeColors(element: Element): ThemeColors {
  // The variables hold light-dark() pairs, which a canvas cannot read: each is resolved by a probe
  // element's computed colour, which is always a plain rgb() for the scheme in force.
  const probe = document.createElement('span');
  probe.hidden = true;
  element.appendChild(probe);
  const read = (name: string): string => {
    probe.style.color = `var(${name})`;
    return getComputedStyle(probe).color || '#888';
  };
  try {
    return readColors(read);
  } finally {
    probe.remove();
  }
}

function readColors(read: (name: string) => string): ThemeColors {
  return {
    text: read('--text'),
    muted: read('--muted'),
    rule: read('--rule'),
    accent: read('--accent'),
    accentSoft: read('--accent-rule'),
    ok: read('--ok-text'),
    warn: read('--warn-rule'),
    danger: read('--danger-text'),
  };
}

function axes(colors: ThemeColors, stacked: boolean, yMax?: number) {
  return {
    x: { stacked, grid: { display: false }, ticks: { color: colors.muted, maxRotation: 0, autoSkipPadding: 12 }, border: { color: colors.rule } },
    y: { stacked, beginAtZero: true, ...(yMax === undefined ? {} : { max: yMax }), grid: { color: colors.rule }, ticks: { color: colors.muted, precision: 0 }, border: { display: false } },
  };
}

const base = { animation: false, responsive: true, maintainAspectRatio: false } as const;

export function activityChart(days: readonly DayActivity[], colors: ThemeColors): ChartConfiguration<'bar'> {
  const series = (label: string, pick: (day: DayActivity) => number, color: string) => ({ label, data: days.map(pick), backgroundColor: color, borderWidth: 0, barPercentage: 0.9, categoryPercentage: 0.9 });
  return {
    type: 'bar',
    data: {
      labels: days.map((day) => shortDate(day.date)),
      datasets: [
        series('New', (day) => day.new, colors.accent),
        series('Learning', (day) => day.learning, colors.warn),
        series('Young', (day) => day.young, colors.accentSoft),
        series('Mature', (day) => day.mature, colors.ok),
      ],
    },
    options: { ...base, scales: axes(colors, true), plugins: { legend: { labels: { color: colors.text, boxWidth: 12 } } } },
  };
}

export function forecastChart(days: readonly ForecastDay[], colors: ThemeColors): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: days.map((day) => (day.inDays === 0 ? 'Today' : shortDate(day.date))),
      datasets: [
        { label: 'Reviews', data: days.map((day) => day.reviews), backgroundColor: colors.accent, borderWidth: 0 },
        { label: 'Learning', data: days.map((day) => day.learning), backgroundColor: colors.warn, borderWidth: 0 },
      ],
    },
    options: { ...base, scales: axes(colors, true), plugins: { legend: { labels: { color: colors.text, boxWidth: 12 } } } },
  };
}

export function quizChart(points: readonly QuizPoint[], colors: ThemeColors): ChartConfiguration<'line'> {
  return {
    type: 'line',
    data: {
      labels: points.map((point) => shortDate(point.date)),
      datasets: [
        {
          label: 'Score (%)',
          data: points.map((point) => Math.round(point.score * 100)),
          borderColor: colors.accent,
          backgroundColor: colors.accent,
          pointRadius: 4,
          tension: 0.2,
        },
      ],
    },
    options: { ...base, scales: axes(colors, false, 100), plugins: { legend: { display: false } } },
  };
}
