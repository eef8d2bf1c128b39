// html-validate's configuration for the built site: its recommended rules, with these exceptions,
// each for a reason of the site's own.
import type { ConfigData } from 'html-validate';

export const htmlValidateConfig: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // The calendar's month grid and bars are placed by their dates: grid-column, grid-row, left and
    // width are data, set per element at build time. Every other property belongs in a style sheet.
    'no-inline-style': ['error', { allowedProperties: ['grid-column', 'grid-row', 'left', 'width'] }],
    // Activity keys such as 119-xiaofangri (Fire Safety Day, 9 November) start with a digit, and so
    // do their anchors: HTML5 allows any id without spaces, and every link to them works.
    'valid-id': ['error', { relaxed: true }],
    // A wide table scrolls in a div with role="region" (TableRegion.astro): a box for scrolling,
    // not a section of the page's outline, which <section> would add to.
    'prefer-native-element': ['error', { exclude: ['region'] }],
    // A title names the page: a plan's or a department's official English name is often longer
    // than the 70 characters search engines show, and is not cut to fit.
    'long-title': 'off',
  },
};
