import type { FieldError } from '../../api/client';
import type { ClusterAccess, ClusterRegistration } from '../../api/clusters';

export type AccessMode = 'kubeconfig' | 'token';

export interface RegistrationForm {
  name: string;
  environment: string;
  team: string;
  mode: AccessMode;
  kubeconfig: string;
  context: string;
  server: string;
  certificateAuthority: string;
  token: string;
  insecureSkipTlsVerify: boolean;
  includeSecrets: boolean;
  scanIntervalMinutes: string;
}

export const emptyForm: RegistrationForm = {
  name: '',
  environment: 'prod',
  team: '',
  mode: 'kubeconfig',
  kubeconfig: '',
  context: '',
  server: '',
  certificateAuthority: '',
  token: '',
  insecureSkipTlsVerify: false,
  includeSecrets: false,
  scanIntervalMinutes: '',
};

const trimmed = (value: string) => value.trim() || undefined;

/** Only the fields of the chosen way in; the other way's leftovers are not sent. */
export function accessOf(form: RegistrationForm): ClusterAccess {
  const access: ClusterAccess =
    form.mode === 'kubeconfig'
      ? { kubeconfig: form.kubeconfig, context: trimmed(form.context) }
      : {
          server: trimmed(form.server),
          certificateAuthority: trimmed(form.certificateAuthority),
          token: form.token.trim() || undefined,
        };
  if (form.insecureSkipTlsVerify) access.insecureSkipTlsVerify = true;
  return access;
}

export function registrationOf(form: RegistrationForm): ClusterRegistration {
  const minutes = Number(form.scanIntervalMinutes);
  return {
    name: form.name.trim(),
    environment: form.environment,
    team: trimmed(form.team),
    ...accessOf(form),
    includeSecrets: form.includeSecrets,
    scanIntervalSeconds: form.scanIntervalMinutes.trim() && minutes > 0 ? Math.round(minutes * 60) : undefined,
  };
}

/** Request fields the form has a control for; the server's field names. */
const formFields = [
  'name',
  'environment',
  'team',
  'context',
  'server',
  'certificateAuthority',
  'token',
  'insecureSkipTlsVerify',
  'includeSecrets',
  'scanIntervalSeconds',
] as const;
export type FormField = (typeof formFields)[number];

export interface SortedErrors {
  byField: Partial<Record<FormField, string>>;
  /** Errors about the kubeconfig itself, with the path inside it, e.g. `users[0].user.exec`. */
  kubeconfig: FieldError[];
  /** Anything the form cannot place next to a control. */
  other: FieldError[];
}

/** Places each server field error next to the control it belongs to. */
export function sortFieldErrors(errors: FieldError[], mode: AccessMode): SortedErrors {
  const sorted: SortedErrors = { byField: {}, kubeconfig: [], other: [] };
  for (const error of errors) {
    const field = error.field as FormField;
    if (formFields.includes(field)) {
      sorted.byField[field] = sorted.byField[field] ? `${sorted.byField[field]} ${error.message}` : error.message;
    } else if (error.field === 'kubeconfig' || error.field.startsWith('kubeconfig.') || mode === 'kubeconfig') {
      sorted.kubeconfig.push(error);
    } else {
      sorted.other.push(error);
    }
  }
  return sorted;
}
