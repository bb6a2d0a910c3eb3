import type { ReactNode } from 'react';
import type { ClusterHealth, CoverageState, ScanOutcome } from '../api/clusters';
import type { FindingStatus, Severity } from '../api/findings';
import type { Grade } from '../api/fleet';
import styles from './Badge.module.css';

export type Tone = 'neutral' | 'good' | 'warning' | 'bad' | 'critical' | 'info' | 'unknown';

interface BadgeProps {
  tone?: Tone;
  title?: string;
  className?: string;
  testId?: string;
  children: ReactNode;
}

export function Badge({ tone = 'neutral', title, className, testId, children }: BadgeProps) {
  const toneClass = tone === 'neutral' ? '' : styles[tone];
  return (
    <span className={[styles.badge, toneClass, className].filter(Boolean).join(' ')} title={title} data-testid={testId}>
      {children}
    </span>
  );
}

const severityTones: Record<Severity, Tone> = {
  critical: 'critical',
  high: 'bad',
  medium: 'warning',
  low: 'info',
  info: 'neutral',
};

export function SeverityBadge({ severity }: { severity: Severity }) {
  return (
    <Badge tone={severityTones[severity] ?? 'neutral'} testId="severity-badge">
      {severity}
    </Badge>
  );
}

const healthTones: Record<ClusterHealth, Tone> = {
  NEW: 'info',
  HEALTHY: 'good',
  PARTIAL: 'warning',
  FAILING: 'bad',
  STALE: 'unknown',
};

const healthHints: Record<ClusterHealth, string> = {
  NEW: 'Not scanned yet',
  HEALTHY: 'The last scan read everything',
  PARTIAL: 'The last scan could not read some kinds',
  FAILING: 'Recent scans failed',
  STALE: 'No complete scan for a while',
};

export function HealthBadge({ health }: { health: ClusterHealth }) {
  return (
    <Badge tone={healthTones[health] ?? 'neutral'} title={healthHints[health]} testId="health-badge">
      {health.charAt(0) + health.slice(1).toLowerCase()}
    </Badge>
  );
}

const statusTones: Record<FindingStatus, Tone> = {
  OPEN: 'bad',
  RESOLVED: 'good',
  EXEMPTED: 'info',
  RETIRED: 'neutral',
};

export function StatusBadge({ status }: { status: FindingStatus }) {
  return <Badge tone={statusTones[status] ?? 'neutral'}>{status.charAt(0) + status.slice(1).toLowerCase()}</Badge>;
}

const outcomeTones: Record<ScanOutcome, Tone> = {
  RUNNING: 'info',
  SUCCEEDED: 'good',
  PARTIAL: 'warning',
  FAILED: 'bad',
};

export function OutcomeBadge({ outcome }: { outcome: ScanOutcome }) {
  return <Badge tone={outcomeTones[outcome] ?? 'neutral'}>{outcome.charAt(0) + outcome.slice(1).toLowerCase()}</Badge>;
}

const coverageTones: Record<CoverageState, Tone> = {
  COMPLETE: 'good',
  FORBIDDEN: 'bad',
  NOT_FOUND: 'neutral',
  FAILED: 'unknown',
};

export function CoverageBadge({ state }: { state: CoverageState }) {
  return <Badge tone={coverageTones[state] ?? 'neutral'}>{state.replace('_', ' ').toLowerCase()}</Badge>;
}

const gradeTones: Record<Grade, Tone> = { A: 'good', B: 'good', C: 'warning', D: 'warning', E: 'bad', F: 'bad' };

/** A grade, or "—" when nothing was judged yet: N/A is never shown as a perfect score. */
export function GradeBadge({ grade, score }: { grade: Grade | null; score: number | null }) {
  if (grade === null || score === null) {
    return (
      <span title="N/A: nothing judged yet" data-testid="grade-na">
        —<span className="visually-hidden"> (not judged yet)</span>
      </span>
    );
  }
  const rounded = Math.round(score);
  return (
    <Badge tone={gradeTones[grade] ?? 'neutral'} className={styles.grade} title={`Score ${rounded} of 100`}>
      {grade}
      <span className="visually-hidden"> ({rounded} of 100)</span>
    </Badge>
  );
}
