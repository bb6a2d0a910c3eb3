import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The Spring Boot backend; `npm run dev` forwards API, sign-in and docs calls to it.
const backend = 'http://localhost:8080';

export default defineConfig({
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // ECharts (~520 kB) is its own chunk, loaded only with the first chart.
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: {
      '/api': backend,
      '/auth': backend,
      '/actuator': backend,
      '/v3': backend,
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});
