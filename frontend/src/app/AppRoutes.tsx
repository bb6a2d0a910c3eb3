import { Navigate, Route, Routes } from 'react-router-dom';
import { EmptyState } from '../components/EmptyState';
import { Page } from '../components/Page';
import { LoginPage } from '../features/login/LoginPage';
import { AppShell } from './AppShell';
import { RequireSession } from './RequireSession';
import { HOME_PATH, shellPages } from './shellPages';

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route element={<RequireSession>{(user) => <AppShell user={user} />}</RequireSession>}>
        <Route index element={<Navigate to={HOME_PATH} replace />} />
        {shellPages.map(({ path, Component, children = [] }) => [
          <Route key={path} path={path} element={<Component />} />,
          ...children.map((child) => (
            <Route key={`${path}/${child.path}`} path={`${path}/${child.path}`} element={<child.Component />} />
          )),
        ])}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

function NotFoundPage() {
  return (
    <Page title="Page not found">
      <EmptyState message="There is no page at this address." />
    </Page>
  );
}
