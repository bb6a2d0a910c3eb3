import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { Check } from '../../api/checks';
import { Badge, SeverityBadge } from '../../components/Badge';
import { ExternalLink } from '../../components/ExternalLink';
import { Markdown } from '../../components/Markdown';
import styles from './Checks.module.css';

/** One check: a summary line that expands into why it matters and how to fix it. */
export function CheckItem({ check }: { check: Check }) {
  const [open, setOpen] = useState(false);
  const bodyId = `check-${check.id}-body`;
  const peers = Object.entries(check.peers ?? {});

  return (
    <li className={styles.check} data-testid="check-row" data-check-id={check.id}>
      <button type="button" className={styles.summary} aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
        <SeverityBadge severity={check.severity} />
        <span>
          <span className={styles.title}>{check.title}</span>
          <br />
          <span className={styles.requirement}>{check.requirement}</span>
        </span>
        <span className={styles.counts}>
          <Badge tone={check.failing > 0 ? 'bad' : 'neutral'} title="Open findings in the fleet">
            {check.failing} failing
          </Badge>
          <Badge tone={check.passing > 0 ? 'good' : 'neutral'} title="Objects that pass, fleet-wide">
            {check.passing} passing
          </Badge>
        </span>
      </button>
      {open && (
        <div id={bodyId} className={styles.body}>
          <p>
            <code>{check.id}</code>
            {check.failing > 0 && (
              <>
                {' · '}
                <Link to={`/findings?check=${encodeURIComponent(check.id)}`}>See its open findings</Link>
              </>
            )}
          </p>
          <h3>Why it matters</h3>
          <Markdown source={check.rationale} />
          <h3>How to fix it</h3>
          <Markdown source={check.remediation} />
          {peers.length > 0 && (
            <p>
              Also known as:{' '}
              {peers.map(([tool, id], i) => (
                <span key={tool}>
                  {i > 0 ? ', ' : ''}
                  {tool} <code>{id}</code>
                </span>
              ))}
            </p>
          )}
          {check.references?.length > 0 && (
            <ul>
              {check.references.map((url) => (
                <li key={url}>
                  <ExternalLink href={url} />
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </li>
  );
}
