import { describe, expect, it } from 'vitest';
import { absoluteUrl, href, paths, RESERVED_SEGMENTS, sitePath, SOURCE_LINES_PER_PAGE } from '../../../src/lib/urls.ts';
import { sourcePages } from '../../../src/lib/source-pages.ts';
import { normaliseBase, normaliseSite, siteSettings } from '../../../src/lib/settings.ts';

const hualien = { branch: { id: 'hualien' }, year: { roc: 111 }, kind: 'report' };

describe('paths', () => {
  it('builds documents and rows from source keys', () => {
    expect(paths.document(hualien)).toBe('/hualien/111/report/');
    expect(paths.row(hualien, 'd1-s2-m3-i2')).toBe('/hualien/111/report/d1-s2-m3-i2/');
    expect(paths.documentSource(hualien, 12)).toBe('/hualien/111/report/source/#L12');
    expect(paths.dimension('gsp-2017', 1)).toBe('/dimensions/gsp-2017/1/');
    expect(paths.practice('phone-courtesy')).toBe('/practices/phone-courtesy/');
    expect(paths.year(111)).toBe('/years/111/');
    expect(paths.sourceFile('hualien-111-report')).toBe('/sources/hualien-111-report.txt');
    expect(paths.dataFile('strategies.csv')).toBe('/data/strategies.csv');
  });

  it('puts a source line on the page of its range, page 1 at …/source/, later pages at …/source/<n>/', () => {
    expect(paths.documentSource(hualien)).toBe('/hualien/111/report/source/');
    expect(paths.documentSource(hualien, SOURCE_LINES_PER_PAGE)).toBe(`/hualien/111/report/source/#L${SOURCE_LINES_PER_PAGE}`);
    expect(paths.documentSource(hualien, SOURCE_LINES_PER_PAGE + 1)).toBe(`/hualien/111/report/source/2/#L${SOURCE_LINES_PER_PAGE + 1}`);
    expect(paths.documentSource(hualien, 3 * SOURCE_LINES_PER_PAGE + 1)).toBe(`/hualien/111/report/source/4/#L${3 * SOURCE_LINES_PER_PAGE + 1}`);
    expect(paths.documentSourcePage(hualien, 1)).toBe('/hualien/111/report/source/');
    expect(() => paths.documentSource(hualien, 0)).toThrow();
    const pages = sourcePages(hualien, 2 * SOURCE_LINES_PER_PAGE + 3);
    expect(pages.map((p) => [p.path, p.from, p.to])).toEqual([
      ['/hualien/111/report/source/', 1, SOURCE_LINES_PER_PAGE],
      ['/hualien/111/report/source/2/', SOURCE_LINES_PER_PAGE + 1, 2 * SOURCE_LINES_PER_PAGE],
      ['/hualien/111/report/source/3/', 2 * SOURCE_LINES_PER_PAGE + 1, 2 * SOURCE_LINES_PER_PAGE + 3],
    ]);
    for (const line of [1, SOURCE_LINES_PER_PAGE, SOURCE_LINES_PER_PAGE + 1, 2 * SOURCE_LINES_PER_PAGE + 3]) {
      const page = pages.find((p) => p.from <= line && line <= p.to)!;
      expect(paths.documentSource(hualien, line)).toBe(`${page.path}#L${line}`);
    }
  });

  it('builds the sources listing under /about/sources/', () => {
    expect(paths.aboutSources()).toBe('/about/sources/');
    expect(paths.aboutSourcesYear(111)).toBe('/about/sources/111/');
  });

  it('builds listing pages: page 1 is the listing, later pages under page/<n>/', () => {
    expect(paths.practiceBranch('phone-courtesy', 'kaohsiung')).toBe('/practices/phone-courtesy/kaohsiung/');
    expect(paths.practiceBranch('phone-courtesy', 'kaohsiung', 3)).toBe('/practices/phone-courtesy/kaohsiung/page/3/');
    expect(paths.practiceForDocument('phone-courtesy', 'kaohsiung', 2, 'kaohsiung-109-plan')).toBe('/practices/phone-courtesy/kaohsiung/page/2/#kaohsiung-109-plan');
    expect(paths.dimensionItem('gsp-2017', 1, 's2-m3')).toBe('/dimensions/gsp-2017/1/s2-m3/');
    expect(paths.dimensionItem('gsp-2017', 1, 's2-m3', 2)).toBe('/dimensions/gsp-2017/1/s2-m3/page/2/');
    expect(() => paths.practiceBranch('phone-courtesy', 'kaohsiung', 0)).toThrow();
    expect(() => paths.practiceBranch('phone-courtesy', 'data')).toThrow();
  });

  it('refuses segments that are not readable ASCII', () => {
    expect(() => paths.practice('電話禮貌')).toThrow(/readable ASCII/);
    expect(() => paths.row(hualien, 'D1 S2')).toThrow(/readable ASCII/);
    expect(() => paths.dataFile('../x.json')).toThrow();
  });

  it('never lets a branch id take a site section’s name', () => {
    for (const reserved of RESERVED_SEGMENTS) {
      expect(() => paths.document({ ...hualien, branch: { id: reserved } })).toThrow();
    }
  });
});

describe('base and site', () => {
  it('adds the base path and the origin', () => {
    expect(href('/years/', '/')).toBe('/years/');
    expect(href('/years/', '/reports/')).toBe('/reports/years/');
    expect(absoluteUrl('/years/111/', 'https://example.org', '/reports/')).toBe('https://example.org/reports/years/111/');
    expect(() => href('years/', '/')).toThrow();
  });

  it('strips the base from server paths', () => {
    expect(sitePath('/reports/years/', '/reports/')).toBe('/years/');
    expect(sitePath('/reports', '/reports/')).toBe('/');
    expect(sitePath('/other/', '/reports/')).toBeNull();
    expect(sitePath('/years/', '/')).toBe('/years/');
  });

  it('normalises BASE_PATH and SITE_URL from the environment', () => {
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('reports')).toBe('/reports/');
    expect(normaliseBase('/a/b/')).toBe('/a/b/');
    expect(() => normaliseBase('/a b/')).toThrow();
    expect(normaliseSite('https://example.org/')).toBe('https://example.org');
    expect(() => normaliseSite('https://example.org/reports/')).toThrow(/BASE_PATH/);
    expect(siteSettings({}).site).toBe('http://localhost:4321');
  });
});
