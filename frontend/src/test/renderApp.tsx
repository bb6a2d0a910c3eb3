import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { createQueryClient } from '../api/queryClient';
import { AppRoutes } from '../app/AppRoutes';

function CurrentPath() {
  const location = useLocation();
  return <div data-testid="current-path">{location.pathname}</div>;
}

/** Renders the whole app at a path, as the browser would, with the real query client setup. */
export function renderApp(path = '/', queryClient: QueryClient = createQueryClient()) {
  const user = userEvent.setup();
  const result = render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
        <CurrentPath />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return { ...result, user, queryClient };
}

export function currentPath(): string {
  return screen.getByTestId('current-path').textContent ?? '';
}

export async function signInWith(user: ReturnType<typeof userEvent.setup>, username: string, password: string) {
  await user.type(await screen.findByTestId('login-username'), username);
  await user.type(screen.getByTestId('login-password'), password);
  await user.click(screen.getByTestId('login-submit'));
}
