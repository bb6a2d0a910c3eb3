import { describe, expect, it } from 'vitest';
import { readKubeconfigContexts } from './kubeconfigContexts';

describe('readKubeconfigContexts', () => {
  it('reads the context names kubectl writes, not the cluster or user names inside them', () => {
    const kubeconfig = [
      'apiVersion: v1',
      'clusters:',
      '- cluster:',
      '    server: https://prod.example:6443',
      '  name: prod-cluster',
      'contexts:',
      '- context:',
      '    cluster: prod-cluster',
      '    user: reader',
      '    namespace: default',
      '  name: prod',
      '- name: "staging" # quoted, name first',
      '  context:',
      '    cluster: staging-cluster',
      '    user: reader',
      'current-context: staging',
      'users:',
      '- name: reader',
      '  user:',
      '    token: abc',
    ].join('\n');

    expect(readKubeconfigContexts(kubeconfig)).toEqual({ names: ['prod', 'staging'], current: 'staging' });
  });

  it('copes with indented lists and JSON kubeconfigs', () => {
    const indented = 'contexts:\n  - context:\n      cluster: a\n    name: one\n  - name: two\n';
    expect(readKubeconfigContexts(indented).names).toEqual(['one', 'two']);

    const json = JSON.stringify({ contexts: [{ name: 'j1', context: {} }], 'current-context': 'j1' });
    expect(readKubeconfigContexts(json)).toEqual({ names: ['j1'], current: 'j1' });
  });

  it('finds nothing in text that is not a kubeconfig', () => {
    expect(readKubeconfigContexts('hello: world')).toEqual({ names: [], current: undefined });
    expect(readKubeconfigContexts('')).toEqual({ names: [], current: undefined });
  });
});
