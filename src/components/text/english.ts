// The components generated MDX uses for a plan's text on English pages: paragraphs and headings
// in English (the Chinese inside them is the original), the rest as on Chinese pages.
export { default as Para } from './en/EnPara.astro';
export { default as Heading } from './en/EnHeading.astro';
export { default as Lead } from './Lead.astro';
export { default as Fig } from './Fig.astro';
export { default as Act } from './Act.astro';
export { default as Venue } from './Venue.astro';
