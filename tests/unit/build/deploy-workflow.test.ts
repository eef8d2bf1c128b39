// The deploy workflow (.github/workflows/deploy.yml), read as GitHub reads it: what must hold for a
// failed build never to replace the published site, and for the site to carry its public address.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../../..', import.meta.url));
type Step = { run?: string; uses?: string; env?: Record<string, string>; with?: Record<string, unknown> };
const workflow = parse(readFileSync(`${root}.github/workflows/deploy.yml`, 'utf8')) as {
  on: { push: { branches: string[]; paths: string[] } };
  jobs: { build: { steps: Step[] }; deploy: { needs: string; steps: Step[] } };
};

describe('.github/workflows/deploy.yml', () => {
  it('runs on every push to main that touches seeds, content or code', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.on.push.paths).toEqual(expect.arrayContaining(['seeds/**', 'content/**', 'src/**', 'scripts/**', 'package-lock.json']));
  });

  it('tests, then builds with SITE_URL and REPO_URL from the repository settings, then uploads dist/', () => {
    const steps = workflow.jobs.build.steps;
    const at = (match: (s: Step) => boolean) => steps.findIndex(match);
    const test = at((s) => s.run === 'bash .ci/run');
    const build = at((s) => s.run?.includes('npm run build') ?? false);
    const upload = at((s) => s.uses?.startsWith('actions/upload-pages-artifact') ?? false);
    expect(test).toBeGreaterThanOrEqual(0);
    expect(build).toBeGreaterThan(test);
    expect(upload).toBeGreaterThan(build);
    expect(steps[build]?.env?.['SITE_URL']).toContain('vars.SITE_URL');
    expect(steps[build]?.env?.['REPO_URL']).toContain('vars.REPO_URL');
    expect(steps[upload]?.with?.['path']).toBe('dist');
  });

  it('deploys only after the build job succeeded', () => {
    expect(workflow.jobs.deploy.needs).toBe('build');
    expect(workflow.jobs.deploy.steps.some((s) => s.uses?.startsWith('actions/deploy-pages'))).toBe(true);
  });
});
