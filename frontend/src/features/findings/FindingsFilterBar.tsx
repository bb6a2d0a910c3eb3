import { useEffect, useState, type FormEvent } from 'react';
import { useChecks } from '../../api/checks';
import { ENVIRONMENTS, useClusters } from '../../api/clusters';
import { AREAS, FINDING_STATUSES, SEVERITIES, type FindingFilters } from '../../api/findings';
import { AREA_LABELS } from '../fleet/ClusterScoresTable';
import styles from './Findings.module.css';
import { ANY_STATUS, type FilterName } from './findingFilters';

interface FilterBarProps {
  filters: FindingFilters;
  statusParam: string;
  setFilter: (name: FilterName, value: string) => void;
}

interface ChoiceProps {
  name: FilterName;
  label: string;
  value: string;
  anyLabel?: string;
  options: readonly { value: string; label: string }[];
  onChange: (name: FilterName, value: string) => void;
  testId?: string;
}

function Choice({ name, label, value, anyLabel = 'Any', options, onChange, testId }: ChoiceProps) {
  const id = `filter-${name}`;
  // A value from a shared link stays selectable before (or without) the list it comes from.
  const shown = value && !options.some((o) => o.value === value) ? [...options, { value, label: value }] : options;
  return (
    <div className={styles.filter}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(name, event.target.value)} data-testid={testId}>
        {anyLabel && <option value="">{anyLabel}</option>}
        {shown.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A text filter applied on Enter or when leaving the field, not on every key. */
function TextFilter({ name, label, value, onChange }: { name: FilterName; label: string; value: string; onChange: (name: FilterName, value: string) => void }) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const id = `filter-${name}`;
  const apply = () => {
    if (draft.trim() !== value) onChange(name, draft.trim());
  };
  return (
    <form
      className={styles.filter}
      role="search"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        apply();
      }}
    >
      <label htmlFor={id}>{label}</label>
      <input id={id} type="search" value={draft} onChange={(event) => setDraft(event.target.value)} onBlur={apply} data-testid={`findings-filter-${name}`} />
    </form>
  );
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();

export function FindingsFilterBar({ filters, statusParam, setFilter }: FilterBarProps) {
  const clusters = useClusters();
  const checks = useChecks();

  return (
    <div className={styles.filters} aria-label="Filter findings" role="group">
      <Choice
        name="status"
        label="Status"
        value={statusParam}
        anyLabel=""
        options={[...FINDING_STATUSES.map((s) => ({ value: s, label: capitalised(s) })), { value: ANY_STATUS, label: 'Any status' }]}
        onChange={setFilter}
        testId="findings-filter-status"
      />
      <Choice
        name="severity"
        label="Severity"
        value={filters.severity ?? ''}
        options={SEVERITIES.map((s) => ({ value: s, label: capitalised(s) }))}
        onChange={setFilter}
        testId="findings-filter-severity"
      />
      <Choice
        name="area"
        label="Area"
        value={filters.area ?? ''}
        options={AREAS.map((a) => ({ value: a, label: AREA_LABELS[a] }))}
        onChange={setFilter}
        testId="findings-filter-area"
      />
      <Choice
        name="cluster"
        label="Cluster"
        value={filters.cluster ?? ''}
        options={(clusters.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
        onChange={setFilter}
        testId="findings-filter-cluster"
      />
      <Choice
        name="environment"
        label="Environment"
        value={filters.environment ?? ''}
        options={ENVIRONMENTS.map((e) => ({ value: e, label: e }))}
        onChange={setFilter}
        testId="findings-filter-environment"
      />
      <Choice
        name="check"
        label="Check"
        value={filters.check ?? ''}
        options={(checks.data ?? []).map((c) => ({ value: c.id, label: c.title }))}
        onChange={setFilter}
        testId="findings-filter-check"
      />
      <TextFilter name="namespace" label="Namespace" value={filters.namespace ?? ''} onChange={setFilter} />
      <TextFilter name="q" label="Text" value={filters.q ?? ''} onChange={setFilter} />
    </div>
  );
}
