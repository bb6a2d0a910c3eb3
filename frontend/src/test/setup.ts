import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { clearCookies } from './fakeApi';

afterEach(() => {
  cleanup();
  clearCookies();
  document.title = 'Fleetward';
});
