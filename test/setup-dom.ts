// Only for the test files that run in jsdom (`// @vitest-environment jsdom`), after setup.ts.
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// A loaded 2-core machine can take more than the default second to load and render the dashboard.
configure({ asyncUtilTimeout: 5000 });
