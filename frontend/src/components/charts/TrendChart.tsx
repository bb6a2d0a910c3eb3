import { useMemo } from 'react';
import type { TrendDay } from '../../api/fleet';
import styles from './Chart.module.css';
import { EChart } from './EChart';
import type { EChartsCoreOption } from './echarts';

interface TrendChartProps {
  days: TrendDay[];
  /** e.g. "Fleet, last 30 days". */
  caption: string;
}

function trendOption(days: TrendDay[]): EChartsCoreOption {
  return {
    aria: { enabled: true },
    animation: false,
    grid: { left: 48, right: 48, top: 36, bottom: 32 },
    legend: { top: 0, data: ['Open findings', 'Score'] },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: days.map((d) => d.day.slice(5)), boundaryGap: false },
    yAxis: [
      { type: 'value', name: 'Open', minInterval: 1 },
      { type: 'value', name: 'Score', min: 0, max: 100, splitLine: { show: false } },
    ],
    series: [
      { name: 'Open findings', type: 'line', data: days.map((d) => d.open), color: '#b91c1c', showSymbol: false },
      {
        name: 'Score',
        type: 'line',
        yAxisIndex: 1,
        // A day without a score is a gap, not a zero and not a hundred.
        data: days.map((d) => d.score),
        connectNulls: false,
        color: '#1d4ed8',
        showSymbol: false,
      },
    ],
  };
}

function summary(days: TrendDay[]): string {
  const last = days[days.length - 1];
  const score = last.score === null ? 'no score yet' : `score ${Math.round(last.score)}`;
  return `Open findings and score per day from ${days[0].day} to ${last.day}; on ${last.day}: ${last.open} open, ${score}.`;
}

/** Open findings and score, one point per day; the numbers are also there as a table. */
export function TrendChart({ days, caption }: TrendChartProps) {
  const option = useMemo(() => trendOption(days), [days]);

  return (
    <figure className={styles.figure} data-testid="trend-chart">
      <figcaption className={styles.caption}>{caption}</figcaption>
      {days.length === 0 ? (
        <p className={styles.empty}>No history yet: the trend starts with the first scan.</p>
      ) : (
        <>
          <EChart option={option} label={summary(days)} />
          <details className={styles.data}>
            <summary>Show the numbers</summary>
            <table>
              <thead>
                <tr>
                  <th scope="col">Day</th>
                  <th scope="col">Open</th>
                  <th scope="col">Opened</th>
                  <th scope="col">Resolved</th>
                  <th scope="col">Score</th>
                </tr>
              </thead>
              <tbody>
                {days.map((d) => (
                  <tr key={d.day}>
                    <td>{d.day}</td>
                    <td>{d.open}</td>
                    <td>{d.opened}</td>
                    <td>{d.resolved}</td>
                    <td>{d.score === null ? '—' : Math.round(d.score)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </figure>
  );
}
